using Serilog;

namespace Police.Custody.Transfers;

public sealed class Prisoner
{
    public string InmateNo { get; set; } = "";
    public string FullName { get; set; } = "";
    public string IdNumber { get; set; } = "";
}

public sealed class TransferDesk
{
    public void Transfer(Prisoner prisoner, string facility)
    {
        Log.Information("Transfer of {InmateNo} to {Facility}", prisoner.InmateNo, facility);
        Log.Information("Transfer of {@Prisoner} to {Facility}", prisoner, facility); // expect: DG1001
        Log.ForContext("Prisoner", prisoner, destructureObjects: true).Information("Transfer queued"); // expect: DG1001
    }
}
