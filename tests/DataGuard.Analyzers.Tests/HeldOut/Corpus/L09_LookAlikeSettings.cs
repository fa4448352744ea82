using System;
using Microsoft.Extensions.Logging;

namespace Police.Platform.Startup;

public sealed class NotificationSettings
{
    public string EmailTemplateId { get; set; } = "case-closed-v2";
    public string IdNumberFormat { get; set; } = "A000000000";
    public bool TelemetryEnabled { get; set; }
    public string PhoneModel { get; set; } = "";
    public string SmtpHost { get; set; } = "";
}

public sealed class StartupReport
{
    private readonly ILogger<StartupReport> _logger;

    public StartupReport(ILogger<StartupReport> logger) => _logger = logger;

    public void Write(NotificationSettings settings, Type handlerType)
    {
        _logger.LogInformation("Email template {TemplateId}", settings.EmailTemplateId);
        _logger.LogInformation("ID number format {Format}", settings.IdNumberFormat);
        _logger.LogInformation("Telemetry enabled: {Enabled}", settings.TelemetryEnabled);
        _logger.LogInformation("Issued handset model {Model}", settings.PhoneModel);
        _logger.LogInformation("SMTP relay {Host}", settings.SmtpHost);
        _logger.LogInformation("Handler {Handler}", handlerType.FullName);
        _logger.LogInformation("Property checked: {Property}", nameof(Citizen.NationalId));
    }

    private sealed class Citizen
    {
        public string NationalId { get; set; } = "";
    }
}
