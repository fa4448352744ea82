using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace Police.Integrations.Legacy;

public sealed class PrecinctMainframeBridge
{
    private const string MainframeBase = "http://10.20.1.15:8080/cics/";
    private readonly HttpClient _http = new();

    public Task<HttpResponseMessage> PushSuspectAsync(string suspectName, string idNo)
    {
        var body = new StringContent($"name={suspectName}&id={idNo}", Encoding.UTF8, "application/x-www-form-urlencoded");
        return _http.PostAsync(MainframeBase + "suspects", body); // expect: DG1003
    }

    public Task<HttpResponseMessage> PingAsync() => _http.GetAsync(MainframeBase + "ping");

    public Task<HttpResponseMessage> PushStatsAsync(int arrests, int tickets)
    {
        var body = new StringContent($"arrests={arrests}&tickets={tickets}");
        return _http.PostAsync("http://10.20.1.15:8080/cics/stats", body);
    }

    public Task<string> LookupAsync(string plateNo) =>
        _http.GetStringAsync("http://10.20.1.15:8080/cics/plates/" + plateNo); // expect: DG1002, DG1003

    public Task<HttpResponseMessage> PushSecureAsync(string idNo) =>
        _http.PostAsync("https://gateway.police.internal/suspects", new StringContent(idNo));
}
