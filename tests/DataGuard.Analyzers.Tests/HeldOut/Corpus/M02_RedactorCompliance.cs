using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Logging;

namespace Police.Compliance;

public sealed class PrivateDataAttribute : DataClassificationAttribute
{
    public PrivateDataAttribute() : base(new DataClassification("Police", "Private")) { }
}

public sealed class Complaint
{
    public string ComplaintNo { get; set; } = "";

    [PrivateData]
    public string Narrator { get; set; } = "";

    public string Address { get; set; } = "";
}

public sealed class ComplaintLog
{
    private readonly ILogger<ComplaintLog> _logger;
    private readonly Redactor _redactor;

    public ComplaintLog(ILogger<ComplaintLog> logger, Redactor redactor)
    {
        _logger = logger;
        _redactor = redactor;
    }

    public void Filed(Complaint c)
    {
        _logger.LogInformation("Complaint {No}", c.ComplaintNo);
        _logger.LogInformation("Narrated by {Narrator}", c.Narrator); // expect: DG1001
        _logger.LogInformation("Narrated by {Narrator}", _redactor.Redact(c.Narrator));
        _logger.LogInformation("Incident address {Address}", _redactor.Redact(c.Address));
        _logger.LogInformation("Incident address {Address}", c.Address); // expect: DG1001
    }
}
