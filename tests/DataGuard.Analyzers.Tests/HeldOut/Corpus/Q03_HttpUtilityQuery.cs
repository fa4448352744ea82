using System;
using System.Net.Http;
using System.Threading.Tasks;
using System.Web;

namespace Police.Integrations.Health;

public sealed class NhiCardVerifier
{
    private readonly HttpClient _http = new();

    public Task<string> VerifyAsync(string nationalId, string cardSerial)
    {
        var query = HttpUtility.ParseQueryString(string.Empty);
        query["id"] = nationalId;
        query["serial"] = cardSerial;
        var builder = new UriBuilder("https://nhi-verify.example.gov.tw/api/cards") { Query = query.ToString() }; // expect: DG1002
        return _http.GetStringAsync(builder.Uri);
    }

    public Task<string> StatusAsync(string cardSerial)
    {
        var query = HttpUtility.ParseQueryString(string.Empty);
        query["serial"] = cardSerial;
        var builder = new UriBuilder("https://nhi-verify.example.gov.tw/api/status") { Query = query.ToString() };
        return _http.GetStringAsync(builder.Uri);
    }

    public Task<string> FormatAsync(string nationalId) =>
        _http.GetStringAsync(new Uri(string.Format("https://nhi-verify.example.gov.tw/api/people/{0}", nationalId))); // expect: DG1002
}
