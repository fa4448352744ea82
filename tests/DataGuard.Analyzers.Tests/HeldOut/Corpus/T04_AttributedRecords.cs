using System.ComponentModel.DataAnnotations;
using DataGuard;
using Microsoft.AspNetCore.Identity;

namespace Police.Portal.Model;

public sealed record AccountView([property: PersonalData] string DisplayLabel, string Department); // expect: DG1007

public sealed record ContactCard // expect: DG1007
{
    [Phone] public string Primary { get; init; } = "";
    public string Department { get; init; } = "";
}

public sealed record SourceProtection([property: PersonalField] string Codename, int Rating); // expect: DG1007

public sealed record DeviceInfo(string PhoneModel, string OsVersion, bool TelemetryEnabled);

public sealed record MailSettings(string EmailTemplateId, string SmtpHost, int Port);

public sealed record ParserOptions(string IdNumberFormat, string PlateNumberPattern);
