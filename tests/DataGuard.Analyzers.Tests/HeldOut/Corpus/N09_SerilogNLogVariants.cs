using Serilog;

namespace Police.Logging.Variants;

public sealed class ParkingEnforcement
{
    private readonly ILogger _log = Log.ForContext<ParkingEnforcement>();
    private static readonly NLog.Logger NLogger = NLog.LogManager.GetLogger("parking");

    public void Ticketed(string plateNumber, string zone, decimal fine)
    {
        _log.Information("Ticket issued in {Zone} for {Fine}", zone, fine);
        _log.Information("Ticket issued to {Plate}", plateNumber); // expect: DG1001
        _log.ForContext("Plate", plateNumber).Information("Ticket issued"); // expect: DG1001
        Log.Logger.Information("Zone {Zone} busy", zone);
        Log.Warning<string>("Repeat offender {Plate}", plateNumber); // expect: DG1001
        NLogger.Info("Zone {0} ticket", zone);
        NLogger.Info<string>("Plate {0}", plateNumber); // expect: DG1001
        NLogger.Trace($"Ticket for {plateNumber}"); // expect: DG1001
        NLogger.Error(new System.Exception("ticket printer"), "Printer failed in {0}", zone);
    }
}
