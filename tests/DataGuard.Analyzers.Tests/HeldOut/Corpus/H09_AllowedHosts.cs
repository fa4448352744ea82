// config: dataguard.allowed_hosts = api.police.internal, *.npa.gov.tw
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Police.Integrations.Partners;

public sealed class PartnerSync
{
    private readonly HttpClient _http = new();

    public Task<HttpResponseMessage> ToInternalAsync(string nationalId) =>
        _http.PostAsJsonAsync("https://api.police.internal/citizens/sync", new { nationalId });

    public Task<HttpResponseMessage> ToNpaAsync(string nationalId) =>
        _http.PostAsJsonAsync("https://cib.npa.gov.tw/sync", new { nationalId });

    public Task<HttpResponseMessage> ToVendorAsync(string nationalId) =>
        _http.PostAsJsonAsync("https://crm.vendor-example.com/import", new { nationalId }); // expect: DG1005

    public Task<HttpResponseMessage> ToVendorStatsAsync(int total) =>
        _http.PostAsJsonAsync("https://crm.vendor-example.com/import", new { total });

    public Task<HttpResponseMessage> ToVendorTenantAsync(string tenant, string mobile) =>
        _http.PostAsJsonAsync($"https://crm.vendor-example.com/{tenant}/contacts", new { mobile }); // expect: DG1005

    public Task<HttpResponseMessage> ToAnalyticsAsync(string region, string email) =>
        _http.PostAsJsonAsync($"https://analytics.example.org/{region}/events", new { email }); // expect: DG1005
}
