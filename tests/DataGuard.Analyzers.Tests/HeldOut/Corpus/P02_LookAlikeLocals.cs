using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace Police.Config;

public sealed class ValidationRules
{
    private readonly ILogger<ValidationRules> _logger;

    public ValidationRules(ILogger<ValidationRules> logger) => _logger = logger;

    public void Describe(string dutyPhoneExtension, string emailSubject, string addressValidationMode, string mobileCarrier)
    {
        var phoneRegex = new Regex(@"^09\d{8}$");
        var idNumberPattern = "^[A-Z][12]\\d{8}$";
        var plateFormatCount = 4;
        var emailQueueName = "notifications";
        var telCountryCode = "+886";
        _logger.LogInformation("Phone regex {Regex}", phoneRegex);
        _logger.LogInformation("ID pattern {Pattern}", idNumberPattern);
        _logger.LogInformation("Plate formats {Count}", plateFormatCount);
        _logger.LogInformation("Queue {Queue}", emailQueueName);
        _logger.LogInformation("Country code {Code}", telCountryCode);
        _logger.LogInformation("Extension {Ext}", dutyPhoneExtension);
        _logger.LogInformation("Subject {Subject}", emailSubject);
        _logger.LogInformation("Address validation {Mode}", addressValidationMode);
        _logger.LogInformation("Carrier {Carrier}", mobileCarrier);
    }
}
