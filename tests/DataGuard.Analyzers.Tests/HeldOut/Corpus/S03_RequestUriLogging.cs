using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Police.Integrations.Logging;

public sealed class LoggingDelegatingHandler : DelegatingHandler
{
    private readonly ILogger<LoggingDelegatingHandler> _logger;

    public LoggingDelegatingHandler(ILogger<LoggingDelegatingHandler> logger) => _logger = logger;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
    {
        _logger.LogInformation("{Method} {Path}", request.Method, request.RequestUri?.AbsolutePath);
        return await base.SendAsync(request, cancellationToken);
    }
}

public sealed class ArcClient
{
    private readonly HttpClient _http = new();
    private readonly ILogger<ArcClient> _logger;

    public ArcClient(ILogger<ArcClient> logger) => _logger = logger;

    public async Task<string> ResidentAsync(string arcNo)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.immigration.gov.tw/arc/" + arcNo); // expect: DG1002
        _logger.LogInformation("Calling {Uri}", request.RequestUri); // expect: DG1001
        using var response = await _http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}
