using System;
using log4net;

namespace Police.Evidence;

public sealed class EvidenceItem
{
    public string Tag { get; set; } = "";
    public string OwnerNationalId { get; set; } = "";
    public string OwnerTelephone { get; set; } = "";
    public string Description { get; set; } = "";
}

public sealed class EvidenceRoom
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(EvidenceRoom));

    public void CheckIn(EvidenceItem item)
    {
        Log.Info("Evidence " + item.Tag + " checked in");
        Log.InfoFormat("Evidence {0} belongs to {1}", item.Tag, item.OwnerNationalId); // expect: DG1001
        Log.Debug(item.Description);
    }

    public void ReturnToOwner(EvidenceItem item, Exception? problem)
    {
        if (problem is not null)
        {
            Log.Error($"Could not return {item.Tag}; call owner at {item.OwnerTelephone}", problem); // expect: DG1001
            return;
        }

        Log.WarnFormat("Evidence {0} returned; owner phone on file: {1}", item.Tag, item.OwnerTelephone is null ? "no" : "yes");
    }
}
