using DataGuard;
using Microsoft.Extensions.Logging;

namespace Police.Privacy;

public static class Redaction
{
    [Sanitizer]
    public static string CoverMiddle(string value) =>
        value.Length <= 4 ? new string('*', value.Length) : value[..2] + new string('*', value.Length - 4) + value[^2..];

    public static string Normalise(string value) => value.Trim().ToUpperInvariant();
}

public sealed class ContactLog
{
    private readonly ILogger<ContactLog> _logger;

    public ContactLog(ILogger<ContactLog> logger) => _logger = logger;

    public void Contacted(string mobilePhone, string email)
    {
        _logger.LogInformation("Contacted {Mobile}", Redaction.CoverMiddle(mobilePhone));
        _logger.LogInformation("Mail sent to {Email}", Redaction.CoverMiddle(email));
        _logger.LogInformation("Contacted {Mobile}", Redaction.Normalise(mobilePhone)); // expect: DG1001
    }
}
