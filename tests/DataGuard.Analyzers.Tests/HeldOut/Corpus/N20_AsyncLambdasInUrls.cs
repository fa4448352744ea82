using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;

namespace Police.Batch;

public sealed record PlateCheck(string CheckId, string LicensePlate); // expect: DG1007

public sealed class BatchPlateChecker
{
    private const string Base = "https://mvdis.thb.gov.tw/api/";
    private readonly HttpClient _http = new();

    public Task<HttpResponseMessage[]> CheckAllAsync(IEnumerable<PlateCheck> checks) =>
        Task.WhenAll(checks.Select(async c => await _http.GetAsync($"{Base}plates/{c.LicensePlate}"))); // expect: DG1002

    public Task<HttpResponseMessage[]> StatusAllAsync(IEnumerable<PlateCheck> checks) =>
        Task.WhenAll(checks.Select(c => _http.GetAsync($"{Base}checks/{c.CheckId}")));

    public Task<string> OneAsync(PlateCheck check, bool useV2)
    {
        var url = useV2 ? $"{Base}v2/plates/{check.LicensePlate}" : $"{Base}v1/plates/{check.LicensePlate}";
        return _http.GetStringAsync(url); // expect: DG1002
    }
}
