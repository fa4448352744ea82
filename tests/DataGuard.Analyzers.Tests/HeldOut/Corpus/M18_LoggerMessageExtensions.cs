using Microsoft.Extensions.Logging;

namespace Police.Anpr;

internal static partial class AnprLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Flagged plate {PlateNumber} at camera {CameraId}")]
    public static partial void PlateFlagged(this ILogger logger, string plateNumber, string cameraId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Camera {CameraId} processed {Frames} frames")]
    public static partial void FramesProcessed(this ILogger logger, string cameraId, int frames);
}

public sealed class AnprPipeline
{
    private readonly ILogger<AnprPipeline> _logger;

    public AnprPipeline(ILogger<AnprPipeline> logger) => _logger = logger;

    public void OnRead(string cameraId, string plateNumber, bool wanted, int frames)
    {
        _logger.FramesProcessed(cameraId, frames);
        if (wanted)
        {
            _logger.PlateFlagged(plateNumber, cameraId); // expect: DG1001
            _logger.PlateFlagged(DataGuard.Masking.Mask(plateNumber), cameraId);
        }
    }
}
