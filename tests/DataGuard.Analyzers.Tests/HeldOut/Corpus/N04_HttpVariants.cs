using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Police.Integrations.Courts;

public sealed class CourtDocketClient
{
    private readonly HttpClient _http;

    public CourtDocketClient(HttpClient http) => _http = http;

    public Task<HttpResponseMessage> UpdateDefendantAsync(string docketNo, string defendantIdNumber) =>
        _http.PutAsJsonAsync($"https://docket.judicial.gov.tw/api/dockets/{docketNo}/defendant", new { defendantIdNumber });

    public Task<HttpResponseMessage> PatchAddressAsync(string docketNo, string address) =>
        _http.PatchAsync($"https://docket.judicial.gov.tw/api/dockets/{docketNo}?address={address}", null); // expect: DG1002

    public async Task<string> SearchAsync(string defendantIdNumber)
    {
        using var request = new HttpRequestMessage
        {
            Method = HttpMethod.Get,
            RequestUri = new Uri("https://docket.judicial.gov.tw/api/search?id=" + defendantIdNumber), // expect: DG1002
        };
        using var response = await _http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

#pragma warning disable SYSLIB0014
    public string LegacySearch(string defendantIdNumber)
    {
        using var web = new WebClient();
        return web.DownloadString("https://docket.judicial.gov.tw/legacy/search?id=" + defendantIdNumber); // expect: DG1002
    }
#pragma warning restore SYSLIB0014

    public Task<HttpResponseMessage> CalendarAsync(DateOnly day) =>
        _http.GetAsync($"https://docket.judicial.gov.tw/api/calendar/{day:yyyy-MM-dd}");
}
