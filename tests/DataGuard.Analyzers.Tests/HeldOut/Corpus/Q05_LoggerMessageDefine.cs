using System;
using Microsoft.Extensions.Logging;

namespace Police.Anpr.Legacy;

public sealed class PlateAlarm
{
    private static readonly Action<ILogger, string, Exception?> PlateFlagged =
        LoggerMessage.Define<string>(LogLevel.Warning, new EventId(3001, "PlateFlagged"), "Flagged plate {PlateNumber}");

    private static readonly Action<ILogger, string, int, Exception?> CameraBusy =
        LoggerMessage.Define<string, int>(LogLevel.Information, new EventId(3002, "CameraBusy"), "Camera {CameraId} queue {Depth}");

    private readonly ILogger<PlateAlarm> _logger;

    public PlateAlarm(ILogger<PlateAlarm> logger) => _logger = logger;

    public void Raise(string plateNumber, string cameraId, int depth)
    {
        CameraBusy(_logger, cameraId, depth, null);
        PlateFlagged(_logger, plateNumber, null); // expect: DG1001
    }
}
