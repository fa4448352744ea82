using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Police.Registry;

public sealed class Registrant
{
    public string ResidentCertificateNo { get; set; } = "";
    public string FullName { get; set; } = "";
    public string Nationality { get; set; } = "";
}

public sealed class ForeignResidentRegistry
{
    private readonly ILogger<ForeignResidentRegistry> _logger;

    public ForeignResidentRegistry(ILogger<ForeignResidentRegistry> logger) => _logger = logger;

    public void Register(Registrant registrant)
    {
        var json = JsonSerializer.Serialize(registrant);
        _logger.LogDebug("Registrant payload {Payload}", json); // expect: DG1001

        var summary = new { registrant.Nationality, HasArc = registrant.ResidentCertificateNo.Length > 0 };
        _logger.LogInformation("Registrant {@Summary}", summary);

        var withId = new { registrant.Nationality, registrant.ResidentCertificateNo };
        _logger.LogInformation("Registrant {@Registrant}", withId); // expect: DG1001

        var pair = (registrant.Nationality, registrant.FullName);
        _logger.LogInformation("Registrant {Pair}", pair); // expect: DG1001
    }
}
