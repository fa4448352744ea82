using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Police.Integrations.Household;

public sealed record HouseholdRecord(string NationalId, string FullName, string Address); // expect: DG1007

public sealed class HouseholdRegistryClient
{
    private readonly HttpClient _http;

    public HouseholdRegistryClient(HttpClient http) => _http = http;

    public Task<HouseholdRecord?> ByNationalIdAsync(string nationalId) =>
        _http.GetFromJsonAsync<HouseholdRecord>($"https://ris.moi.gov.tw/api/households/{nationalId}"); // expect: DG1002

    public Task<HouseholdRecord?> ByCaseAsync(string caseNo) =>
        _http.GetFromJsonAsync<HouseholdRecord>($"https://ris.moi.gov.tw/api/cases/{Uri.EscapeDataString(caseNo)}");

    public async Task<HouseholdRecord?> SearchAsync(string nationalId)
    {
        using var response = await _http.PostAsJsonAsync("https://ris.moi.gov.tw/api/households/search", new { nationalId });
        return await response.Content.ReadFromJsonAsync<HouseholdRecord>();
    }

    public Task<string> ByPhoneAsync(string phoneNumber)
    {
        var url = "https://ris.moi.gov.tw/api/households?phone=" + Uri.EscapeDataString(phoneNumber);
        return _http.GetStringAsync(url); // expect: DG1002
    }
}
