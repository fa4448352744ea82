using System;
using Serilog;

namespace Police.Firearms;

public sealed class FirearmPermit
{
    public string PermitNo { get; set; } = "";
    public string HolderIdNumber { get; set; } = "";
    public string HolderAddress { get; set; } = "";
    public DateTime ExpiresOn { get; set; }
}

public sealed class PermitRenewal
{
    public void Renew(FirearmPermit permit, DateTime today)
    {
        if (permit.ExpiresOn < today.AddYears(-1))
        {
            throw new InvalidOperationException($"Permit {permit.PermitNo} lapsed over a year ago");
        }

        try
        {
            Validate(permit);
        }
        catch (Exception ex)
        {
            Log.Error(ex, "Renewal of permit {PermitNo} failed", permit.PermitNo);
            Log.Error(ex, "Renewal for holder {Holder} failed", permit.HolderIdNumber); // expect: DG1001
            throw new InvalidOperationException($"Renewal failed for holder at {permit.HolderAddress}", ex); // expect: DG1006
        }

        Log.Information("Permit {PermitNo} renewed until {Until:yyyy-MM-dd}", permit.PermitNo, permit.ExpiresOn.AddYears(3));
    }

    private static void Validate(FirearmPermit permit)
    {
        if (permit.HolderIdNumber.Length != 10)
        {
            throw new FormatException("Holder ID has the wrong length");
        }
    }
}
