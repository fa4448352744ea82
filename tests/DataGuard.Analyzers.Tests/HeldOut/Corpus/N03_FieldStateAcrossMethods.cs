using Microsoft.Extensions.Logging;

namespace Police.Kiosk;

public sealed class SelfServiceKiosk
{
    private readonly ILogger<SelfServiceKiosk> _logger;
    private string _currentNationalId = "";
    private int _sessions;

    public SelfServiceKiosk(ILogger<SelfServiceKiosk> logger) => _logger = logger;

    public void Start(string nationalId)
    {
        _currentNationalId = nationalId;
        _sessions++;
    }

    public void End()
    {
        _logger.LogInformation("Session {Count} ended", _sessions);
        _logger.LogInformation("Session for {Id} ended", _currentNationalId); // expect: DG1001
        var (id, count) = (_currentNationalId, _sessions);
        _logger.LogInformation("Ended {Id} after {Count}", id, count); // expect: DG1001
        _currentNationalId = "";
    }
}
