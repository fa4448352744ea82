namespace DataGuard.Audit.Insights;

/// <summary>The indicator codes (in reasons, the API, CSV and configuration weights) and their built-in risk points.</summary>
public static class IndicatorCodes
{
    /// <summary>The same fingerprint sent again soon after a block.</summary>
    public const string RetryAfterBlock = "retry_after_block";

    /// <summary>Requests whose findings needed an evasion undone.</summary>
    public const string Evasion = "evasion";

    /// <summary>A fingerprint sent by several people.</summary>
    public const string SharedFingerprint = "shared_fingerprint";

    /// <summary>Many distinct fingerprints from one person.</summary>
    public const string HarvestingDistinct = "harvesting_distinct";

    /// <summary>A day of redactions far above the person's and the unit's baseline.</summary>
    public const string HarvestingVolume = "harvesting_volume";

    /// <summary>Requests outside duty hours.</summary>
    public const string OffHours = "off_hours";

    /// <summary>A day far above the person's baseline.</summary>
    public const string VolumeSpike = "volume_spike";

    /// <summary>Every code, in the order reasons are explained.</summary>
    public static IReadOnlyList<string> All { get; } = [RetryAfterBlock, Evasion, SharedFingerprint, HarvestingDistinct, HarvestingVolume, OffHours, VolumeSpike];

    /// <summary>Built-in risk points: intent (a retry, an evasion) weighs more than unusual volume or hours.</summary>
    public static double DefaultWeight(string code) => code switch
    {
        RetryAfterBlock => 40,
        Evasion => 25,
        SharedFingerprint => 30,
        HarvestingDistinct => 30,
        HarvestingVolume => 25,
        OffHours => 15,
        VolumeSpike => 20,
        _ => throw new ArgumentException($"Unknown indicator '{code}'.", nameof(code)),
    };
}
