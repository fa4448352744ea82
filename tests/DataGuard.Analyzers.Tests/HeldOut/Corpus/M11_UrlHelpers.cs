using System.Net.Http;
using System.Threading.Tasks;

namespace Police.Integrations.Insurance;

public sealed class InsuranceVerification
{
    private const string Base = "https://insurance.example-partner.tw/api/";
    private readonly HttpClient _http;

    public InsuranceVerification(HttpClient http) => _http = http;

    private static string PolicyUrl(string plateNumber) => Base + "policies?plate=" + plateNumber;

    private static string StatusUrl(int batchId) => Base + "batches/" + batchId;

    public Task<string> PolicyAsync(string plateNumber) => _http.GetStringAsync(PolicyUrl(plateNumber)); // expect: DG1002

    public Task<string> StatusAsync(int batchId) => _http.GetStringAsync(StatusUrl(batchId));

    public Task<HttpResponseMessage> DeleteAsync(string plateNumber) => _http.DeleteAsync($"{Base}policies/{plateNumber.ToUpperInvariant()}"); // expect: DG1002

    public Task<HttpResponseMessage> ExistsAsync(string plateNumber) => _http.GetAsync($"{Base}policies/count?len={plateNumber.Length}");
}
