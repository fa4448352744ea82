using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Police.Integrations.Mixed;

public sealed class StationRelay
{
    private readonly HttpClient _http = new();
    private readonly string _host;

    public StationRelay(string host) => _host = host;

    public Task<HttpResponseMessage> PushAsync(string suspectName) =>
        _http.PostAsJsonAsync($"http://{_host}/api/suspects", new { suspectName }); // expect: DG1003

    public Task<HttpResponseMessage> PushSecureAsync(string suspectName) =>
        _http.PostAsJsonAsync($"https://{_host}/api/suspects", new { suspectName });

    public Task<HttpResponseMessage> TeamsAsync(string victimName) =>
        _http.PostAsJsonAsync("https://npa.webhook.office.com/webhookb2/abc/IncomingWebhook/def", new { text = "Victim " + victimName }); // expect: DG1005

    public Task<HttpResponseMessage> LineMulticastAsync(string[] userIds, string suspectName) =>
        _http.PostAsJsonAsync("https://api.line.me/v2/bot/message/multicast", new { to = userIds, messages = new[] { new { type = "text", text = suspectName } } }); // expect: DG1005

    public Task<HttpResponseMessage> LineShiftAsync(string[] userIds, string shift) =>
        _http.PostAsJsonAsync("https://api.line.me/v2/bot/message/multicast", new { to = userIds, messages = new[] { new { type = "text", text = shift } } });
}
