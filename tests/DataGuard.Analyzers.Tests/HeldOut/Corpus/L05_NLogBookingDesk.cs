using NLog;

namespace Police.Booking;

public sealed class Arrestee
{
    public string BookingNo { get; set; } = "";
    public string IdNo { get; set; } = "";
    public string SuspectName { get; set; } = "";
    public string Cell { get; set; } = "";
}

public sealed class BookingDesk
{
    private static readonly Logger Logger = LogManager.GetCurrentClassLogger();

    public void Book(Arrestee arrestee)
    {
        Logger.Info("Booking {0} assigned to cell {1}", arrestee.BookingNo, arrestee.Cell);
        Logger.Info("Booked suspect " + arrestee.SuspectName); // expect: DG1001
        Logger.Debug("ID on file: {0}", arrestee.IdNo); // expect: DG1001
        Logger.Info<string>("Booking {BookingNo} complete", arrestee.BookingNo);
    }

    public void Release(Arrestee arrestee, bool cleared)
    {
        var note = cleared ? "cleared" : "released pending " + arrestee.IdNo;
        Logger.Warn(note); // expect: DG1001
        Logger.Warn(cleared ? "cleared" : "released pending review");
    }
}
