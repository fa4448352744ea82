using DataGuard;
using Microsoft.Extensions.Logging;

namespace Police.Informants;

public sealed class Informant
{
    public string Code { get; set; } = "";

    [PersonalField(PersonalDataKind.Name)]
    public string RealIdentity { get; set; } = "";

    [PersonalField]
    public string Handler { get; set; } = "";

    public int TipCount { get; set; }
}

public sealed class InformantLedger
{
    private readonly ILogger<InformantLedger> _logger;

    public InformantLedger(ILogger<InformantLedger> logger) => _logger = logger;

    public void Tip(Informant informant, [PersonalField] string meetingPlace)
    {
        _logger.LogInformation("Tip from {Code} (#{Count})", informant.Code, informant.TipCount);
        _logger.LogInformation("Tip from {Who}", informant.RealIdentity); // expect: DG1001
        _logger.LogInformation("Handled by {Handler}", informant.Handler); // expect: DG1001
        _logger.LogInformation("Met at {Place}", meetingPlace); // expect: DG1001
    }
}
