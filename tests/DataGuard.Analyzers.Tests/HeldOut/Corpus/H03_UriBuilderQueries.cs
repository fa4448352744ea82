using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace Police.Integrations.Immigration;

public sealed class ImmigrationLookup
{
    private readonly HttpClient _http = new();

    public async Task<string> ResidentAsync(string arcNo)
    {
        var builder = new UriBuilder("https", "api.immigration.gov.tw") { Path = "residents", Query = "arc=" + arcNo }; // expect: DG1002
        return await _http.GetStringAsync(builder.Uri);
    }

    public async Task<string> PassportAsync(string passportNo)
    {
        var uri = new Uri($"https://api.immigration.gov.tw/passports/{passportNo}"); // expect: DG1002
        return await _http.GetStringAsync(uri);
    }

    public async Task<string> StatusAsync(string requestId)
    {
        var uri = new Uri($"https://api.immigration.gov.tw/requests/{requestId}");
        return await _http.GetStringAsync(uri);
    }

    public async Task<string> PageAsync(int page, string passportNo)
    {
        var uri = new Uri(new Uri("https://api.immigration.gov.tw/"), $"passports?page={page}&count={passportNo.Length}");
        return await _http.GetStringAsync(uri);
    }
}
