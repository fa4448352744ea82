using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Police.Portal.Accounts;

public class PortalUser
{
    public string Id { get; set; } = "";

    [PersonalData]
    public string DisplayLabel { get; set; } = "";

    [ProtectedPersonalData]
    public string RecoveryCode { get; set; } = "";

    [Phone]
    public string ContactNumber { get; set; } = "";

    [EmailAddress]
    public string Login { get; set; } = "";

    public string Department { get; set; } = "";
}

public sealed class AccountEvents
{
    private readonly ILogger<AccountEvents> _logger;

    public AccountEvents(ILogger<AccountEvents> logger) => _logger = logger;

    public void Created(PortalUser user)
    {
        _logger.LogInformation("Account {Id} created in {Department}", user.Id, user.Department);
        _logger.LogInformation("Account label {Label}", user.DisplayLabel); // expect: DG1001
        _logger.LogInformation("Recovery {Code}", user.RecoveryCode); // expect: DG1001
        _logger.LogInformation("SMS to {Number}", user.ContactNumber); // expect: DG1001
        _logger.LogInformation("Welcome mail to {Login}", user.Login); // expect: DG1001
    }
}
