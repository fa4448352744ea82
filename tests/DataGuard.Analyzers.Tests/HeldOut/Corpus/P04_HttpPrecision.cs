// config: dataguard.allowed_hosts = api.police.internal, *.npa.gov.tw
using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using DataGuard;

namespace Police.Integrations.Precision;

public sealed class CaseSyncClient
{
    private readonly HttpClient _http = new();

    public Task<HttpResponseMessage> SyncAsync(string caseNo, string suspectNationalId) =>
        _http.PostAsJsonAsync("https://api.police.internal/cases/sync", new { caseNo, suspectNationalId });

    public Task<HttpResponseMessage> LookupMaskedAsync(string suspectNationalId) =>
        _http.GetAsync("https://api.police.internal/cases?suspect=" + Masking.Mask(suspectNationalId));

    public Task<HttpResponseMessage> LookupHashedAsync(string suspectNationalId) =>
        _http.GetAsync("https://api.police.internal/cases?suspect=" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(suspectNationalId))));

    public Task<HttpResponseMessage> LookupAsync(string suspectNationalId) =>
        _http.GetAsync("https://api.police.internal/cases?suspect=" + suspectNationalId); // expect: DG1002

    public bool IsLegacy(Uri endpoint) => endpoint.Scheme == "http" || endpoint == new Uri("http://legacy.police.internal/");

    public Task<HttpResponseMessage> NpaAsync(string caseNo, string victimPhone) =>
        _http.PostAsJsonAsync("https://cib.npa.gov.tw/api/cases", new { caseNo, victimPhone });

    public Task<HttpResponseMessage> PagesAsync(int page) => _http.GetAsync($"https://cdn.example.net/pages/{page}");
}
