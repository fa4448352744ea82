// config: dataguard.sanitizers = M:Police.Privacy.Cover.Scrub(System.String)
// config: dataguard.personal_names = 警號, BadgeNo
// config: dataguard.ignored_names = ContactEmail
using Microsoft.Extensions.Logging;

namespace Police.Privacy;

public static class Cover
{
    public static string Scrub(string value) => new string('#', value.Length);
}

public sealed class OfficerProfile
{
    public string BadgeNo { get; set; } = "";
    public string 警號 { get; set; } = "";
    public string ContactEmail { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string Rank { get; set; } = "";
}

public sealed class OfficerDirectory
{
    private readonly ILogger<OfficerDirectory> _logger;

    public OfficerDirectory(ILogger<OfficerDirectory> logger) => _logger = logger;

    public void Listed(OfficerProfile officer)
    {
        _logger.LogInformation("Officer {Badge} listed", officer.BadgeNo); // expect: DG1001
        _logger.LogInformation("警號 {警號}", officer.警號); // expect: DG1001
        _logger.LogInformation("Duty mailbox {Email}", officer.ContactEmail);
        _logger.LogInformation("Mobile {Mobile}", Cover.Scrub(officer.Mobile));
        _logger.LogInformation("Rank {Rank}", officer.Rank);
    }
}
