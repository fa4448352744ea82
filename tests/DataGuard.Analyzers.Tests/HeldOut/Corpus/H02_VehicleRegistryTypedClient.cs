using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Police.Integrations.Motor;

public sealed class MotorVehicleClient
{
    private readonly HttpClient _client;

    public MotorVehicleClient(HttpClient client)
    {
        _client = client;
        _client.BaseAddress = new Uri("https://mvdis.thb.gov.tw/");
    }

    public async Task<string> OwnerOfAsync(string plateNumber, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"owners?plate={plateNumber}"); // expect: DG1002
        using var response = await _client.SendAsync(request, ct);
        return await response.Content.ReadAsStringAsync(ct);
    }

    public async Task<string> OwnerOfByBodyAsync(string plateNumber, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "owners/search")
        {
            Content = new StringContent($"{{\"plate\":\"{plateNumber}\"}}"),
        };
        using var response = await _client.SendAsync(request, ct);
        return await response.Content.ReadAsStringAsync(ct);
    }

    public Task<HttpResponseMessage> RecallNoticeAsync(int recallId, CancellationToken ct) =>
        _client.GetAsync($"recalls/{recallId}", ct);
}
