using System;
using System.Net.Http;
using Microsoft.Extensions.Logging;

namespace Police.Mobile.Sync;

public sealed class DeviceSyncState
{
    public bool PhoneVerified { get; set; }
    public bool EmailSent { get; set; }
    public int AddressCount { get; set; }
    public string MobileAppVersion { get; set; } = "";
    public string PlateRecognitionModel { get; set; } = "";
    public string LicensePlateCameraId { get; set; } = "";
    public string PassportOffice { get; set; } = "";
    public string DobFormat { get; set; } = "yyyy-MM-dd";
    public string MacAddress { get; set; } = "";
    public string IpAddress { get; set; } = "";
    public bool BirthdayReminderEnabled { get; set; }
}

public sealed class DeviceSync
{
    private readonly ILogger<DeviceSync> _logger;
    private readonly HttpClient _http;

    public DeviceSync(ILogger<DeviceSync> logger, HttpClient http)
    {
        _logger = logger;
        _http = http;
    }

    public void Report(DeviceSyncState s)
    {
        _logger.LogInformation("Phone verified {Verified}, mail sent {Sent}, addresses {Count}", s.PhoneVerified, s.EmailSent, s.AddressCount);
        _logger.LogInformation("App {Version}, ANPR model {Model}, camera {Camera}", s.MobileAppVersion, s.PlateRecognitionModel, s.LicensePlateCameraId);
        _logger.LogInformation("Passport office {Office}, DOB format {Format}", s.PassportOffice, s.DobFormat);
        _logger.LogInformation("Device {Mac} at {Ip}", s.MacAddress, s.IpAddress);
        _logger.LogInformation("Birthday reminders {Enabled}", s.BirthdayReminderEnabled);
        _logger.LogInformation("Sync endpoint {Base}", _http.BaseAddress);
        _logger.LogInformation("Host {Machine} user {User}", Environment.MachineName, Environment.UserName);
    }
}
