using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace DataGuard.Audit.Insights;

/// <summary>
/// Thresholds of the audit indicators (section <c>DataGuard:Insights</c>). Each is documented with its indicator in
/// <c>guard-service/DataGuard.Audit.Insights/README.md</c>. Robust baselines use the median and the MAD (scaled by 1.4826, so
/// that it estimates a standard deviation on normal data), with <see cref="MinimumSpread"/> as a floor.
/// </summary>
public sealed class InsightsOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "DataGuard:Insights";

    /// <summary>Local offset from UTC that days and duty hours are counted in. Default +08:00 (Taiwan).</summary>
    public TimeSpan UtcOffset { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Duty hours, local, <c>HH-HH</c> (end exclusive; <c>22-06</c> wraps midnight). Default <c>07-22</c>.</summary>
    public string DutyHours { get; set; } = "07-22";

    /// <summary>Duty hours per unit, overriding <see cref="DutyHours"/> (e.g. shift units <c>06-24</c>).</summary>
    public Dictionary<string, string> UnitDutyHours { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Whether Saturdays and Sundays are off-hours all day. Default false (police work weekends).</summary>
    public bool WeekendsAreOffHours { get; set; }

    /// <summary>UTC instants at which <c>DataGuard:Audit:FingerprintKey</c> was replaced, oldest first (for stores that do not record a key id per row).</summary>
    public List<DateTimeOffset> FingerprintKeyRotations { get; set; } = new();

    /// <summary>Retry after a block: how soon after the block a request with the same fingerprint counts. Default 15 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan RetryWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Retry after a block: retries (without a new evasion) that flag a person. Default 3.</summary>
    [Range(1, 1000)]
    public int MinRetries { get; set; } = 3;

    /// <summary>Retry after a block: retries with an evasion undone that flag a person. Default 1.</summary>
    [Range(1, 1000)]
    public int MinEvasiveRetries { get; set; } = 1;

    /// <summary>Evasion attempts: disguised values (requests with an evasion undone, the same values resent counting once) that flag a person. Default 4.</summary>
    [Range(1, 100000)]
    public int MinEvasions { get; set; } = 4;

    /// <summary>One citizen, many officers: distinct people sending one fingerprint that flag them all. Default 3.</summary>
    [Range(2, 1000)]
    public int MinOfficersPerFingerprint { get; set; } = 3;

    /// <summary>Harvesting: distinct fingerprints one person sent in one key period, at least. Default 25.</summary>
    [Range(2, 1000000)]
    public int MinDistinctFingerprints { get; set; } = 25;

    /// <summary>Harvesting: redacted or pseudonymized requests in one day, at least. Default 20.</summary>
    [Range(1, 1000000)]
    public int MinRedactionsPerDay { get; set; } = 20;

    /// <summary>Harvesting: robust z-score (vs the person's unit, and for volume also vs the person's own days) to flag. Default 5.</summary>
    [Range(1.0, 1000.0)]
    public double HarvestingRobustZ { get; set; } = 5;

    /// <summary>Off-hours: requests outside duty hours in the window, at least. Default 8.</summary>
    [Range(1, 1000000)]
    public int MinOffHoursRequests { get; set; } = 8;

    /// <summary>Off-hours: on at least this many distinct days. Default 2.</summary>
    [Range(1, 400)]
    public int MinOffHoursDays { get; set; } = 2;

    /// <summary>Volume spike: requests in one day, at least. Default 60.</summary>
    [Range(1, 1000000)]
    public int MinSpikeRequests { get; set; } = 60;

    /// <summary>Volume spike: robust z-score of the day against the person's other active days. Default 6.</summary>
    [Range(1.0, 1000.0)]
    public double SpikeRobustZ { get; set; } = 6;

    /// <summary>Volume spike: the day is also at least this many times the person's median day. Default 3.</summary>
    [Range(1.0, 1000.0)]
    public double SpikeRatio { get; set; } = 3;

    /// <summary>Volume spike: active days needed for a personal baseline. Default 5.</summary>
    [Range(2, 400)]
    public int MinBaselineDays { get; set; } = 5;

    /// <summary>Floor of the scaled MAD, so that a baseline of identical days does not make every difference infinite. Default 1.</summary>
    [Range(0.01, 1000.0)]
    public double MinimumSpread { get; set; } = 1;

    /// <summary>Risk points per indicator code (see <see cref="IndicatorCodes"/>); missing codes use the built-in weights.</summary>
    public Dictionary<string, double> Weights { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Audit rows listed behind one reason, at most. Default 50.</summary>
    [Range(1, 10000)]
    public int MaxRowsPerReason { get; set; } = 50;

    /// <summary>The weight of an indicator.</summary>
    public double WeightOf(string code) => Weights.TryGetValue(code, out var weight) ? weight : IndicatorCodes.DefaultWeight(code);

    /// <summary>The duty hours of a unit.</summary>
    public DutyHours DutyHoursOf(string? unit) =>
        Insights.DutyHours.Parse(unit is not null && UnitDutyHours.TryGetValue(unit, out var hours) ? hours : DutyHours);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, hours) in UnitDutyHours.Select(u => ($"UnitDutyHours:{u.Key}", u.Value)).Prepend((nameof(DutyHours), DutyHours)))
        {
            if (!Insights.DutyHours.TryParse(hours, out _))
                yield return new ValidationResult($"DataGuard:Insights:{name} must be HH-HH (local hours, end exclusive, e.g. 07-22 or 22-06); got '{hours}'.");
        }
        if (UtcOffset < TimeSpan.FromHours(-14) || UtcOffset > TimeSpan.FromHours(14))
            yield return new ValidationResult("DataGuard:Insights:UtcOffset must be between -14:00 and +14:00.");
        if (UtcOffset.Ticks % TimeSpan.TicksPerHour != 0)
            yield return new ValidationResult("DataGuard:Insights:UtcOffset must be whole hours (activity is counted per local hour).");
        for (int i = 1; i < FingerprintKeyRotations.Count; i++)
        {
            if (FingerprintKeyRotations[i] <= FingerprintKeyRotations[i - 1])
                yield return new ValidationResult("DataGuard:Insights:FingerprintKeyRotations must be in increasing order.");
        }
        foreach (var code in Weights.Keys.Where(c => !IndicatorCodes.All.Contains(c)))
            yield return new ValidationResult($"DataGuard:Insights:Weights:{code} is not an indicator; known: {string.Join(", ", IndicatorCodes.All)}.");
    }

    /// <summary>All validation errors (data annotations and cross-field rules); empty when valid.</summary>
    public IReadOnlyList<string> Errors()
    {
        var results = new List<ValidationResult>();
        var context = new ValidationContext(this);
        Validator.TryValidateObject(this, context, results, validateAllProperties: true);
        // The validator skips the cross-field rules once an attribute fails; report both kinds at once.
        return results.Concat(Validate(context)).Select(r => r.ErrorMessage ?? "invalid").Distinct().ToList();
    }
}

/// <summary>Local duty hours: from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive), wrapping midnight when End ≤ Start.</summary>
public readonly record struct DutyHours(int Start, int End)
{
    /// <summary>Whether a local hour is on duty.</summary>
    public bool Covers(int hour) => Start == End || (Start < End ? hour >= Start && hour < End : hour >= Start || hour < End);

    /// <summary>Parses <c>HH-HH</c>.</summary>
    public static DutyHours Parse(string text) =>
        TryParse(text, out var hours) ? hours : throw new FormatException($"Duty hours must be HH-HH; got '{text}'.");

    /// <summary>Parses <c>HH-HH</c> (0–24).</summary>
    public static bool TryParse(string? text, out DutyHours hours)
    {
        hours = default;
        var parts = text?.Split('-');
        if (parts is not { Length: 2 }
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || start > 24 || end > 24) return false;
        hours = new DutyHours(start % 24, end % 24);
        return true;
    }
}
