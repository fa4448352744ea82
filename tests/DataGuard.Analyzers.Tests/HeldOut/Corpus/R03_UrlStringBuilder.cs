using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace Police.Integrations.Fines;

public sealed class FineLookupClient
{
    private readonly HttpClient _http = new();

    public Task<string> ByPlateAsync(string plateNumber, int year)
    {
        var url = new StringBuilder("https://fines.example.gov.tw/api/fines?");
        url.Append("year=").Append(year);
        url.Append("&plate=").Append(plateNumber);
        return _http.GetStringAsync(url.ToString()); // expect: DG1002
    }

    public Task<string> ByYearAsync(int year)
    {
        var url = new StringBuilder("https://fines.example.gov.tw/api/fines?");
        url.Append("year=").Append(year);
        return _http.GetStringAsync(url.ToString());
    }
}
