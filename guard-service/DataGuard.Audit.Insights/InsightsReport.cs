namespace DataGuard.Audit.Insights;

/// <summary>What the indicators found in a window: people ranked by risk, requests per day, fingerprints shared by several people.</summary>
/// <param name="Window">The period and unit asked about.</param>
/// <param name="People">Flagged people, highest risk first.</param>
/// <param name="PeopleSeen">People with at least one request in the window (the denominator of the flag rate).</param>
/// <param name="Days">Requests, blocks and evasions per local day.</param>
/// <param name="Fingerprints">Fingerprints sent by two or more people, most people first.</param>
/// <param name="KeyPeriods">Fingerprint-key periods met in the window, oldest first.</param>
/// <param name="Rotations">Where the fingerprint key changed inside the window: fingerprints are not linked across these.</param>
public sealed record InsightsReport(
    InsightsWindow Window,
    IReadOnlyList<PersonRisk> People,
    int PeopleSeen,
    IReadOnlyList<DailyTotals> Days,
    IReadOnlyList<FingerprintSpread> Fingerprints,
    IReadOnlyList<string> KeyPeriods,
    IReadOnlyList<KeyRotation> Rotations)
{
    /// <summary>The flagged person, or null.</summary>
    public PersonRisk? Person(string user) => People.FirstOrDefault(p => p.User == user);
}

/// <summary>One flagged person.</summary>
/// <param name="User">Who.</param>
/// <param name="Unit">Their unit from the key directory, or null when it has none.</param>
/// <param name="Score">Risk: the sum of the reasons' points.</param>
/// <param name="Reasons">Why, strongest first.</param>
public sealed record PersonRisk(string User, string? Unit, double Score, IReadOnlyList<Reason> Reasons);

/// <summary>One indicator that fired for a person, with the audit rows behind it.</summary>
/// <param name="Indicator">The indicator code (<see cref="IndicatorCodes"/>).</param>
/// <param name="Points">Risk points it adds.</param>
/// <param name="Count">The main figure: retries, evasions, shared fingerprints, distinct fingerprints, redactions or requests in the worst day, off-hours requests.</param>
/// <param name="Detail">The second figure: evasive retries, the baseline median, or off-hours days (see the README per indicator).</param>
/// <param name="Score">The robust z-score where the indicator uses one, else null.</param>
/// <param name="Days">Local days concerned.</param>
/// <param name="Rows">Audit row ids behind the reason (at most <see cref="InsightsOptions.MaxRowsPerReason"/>).</param>
/// <param name="Fingerprints">Shortened fingerprints concerned.</param>
/// <param name="KeyPeriod">The fingerprint-key period, for indicators that link fingerprints.</param>
public sealed record Reason(
    string Indicator,
    double Points,
    int Count,
    double Detail,
    double? Score,
    IReadOnlyList<DateOnly> Days,
    IReadOnlyList<long> Rows,
    IReadOnlyList<string> Fingerprints,
    string? KeyPeriod);

/// <summary>Totals of one local day.</summary>
public sealed record DailyTotals(DateOnly Day, int Requests, int Blocks, int Evasions, int Redactions);

/// <summary>How many people sent one fingerprint (shortened: never a value, which is not stored anyway).</summary>
/// <param name="Fingerprint">The first <see cref="FingerprintSpread.ShortLength"/> hex characters.</param>
/// <param name="KeyPeriod">The key period it belongs to.</param>
/// <param name="People">Who sent it.</param>
/// <param name="Requests">Requests carrying it.</param>
/// <param name="First">First request.</param>
/// <param name="Last">Last request.</param>
public sealed record FingerprintSpread(string Fingerprint, string KeyPeriod, IReadOnlyList<string> People, int Requests, DateTimeOffset First, DateTimeOffset Last)
{
    /// <summary>Hex characters shown of a fingerprint.</summary>
    public const int ShortLength = 12;

    /// <summary>The shortened form of a fingerprint.</summary>
    public static string Shorten(string fingerprint) => fingerprint.Length <= ShortLength ? fingerprint : fingerprint[..ShortLength];
}

/// <summary>A change of fingerprint key inside the window.</summary>
/// <param name="At">First row written with the new key.</param>
/// <param name="Before">The period before.</param>
/// <param name="After">The period after.</param>
/// <param name="UnlinkedBlocks">Blocks in the last <see cref="InsightsOptions.RetryWindow"/> before the change: a retry of these after it cannot be recognised.</param>
public sealed record KeyRotation(DateTimeOffset At, string Before, string After, int UnlinkedBlocks);

/// <summary>A person's rows in a window, with their reasons if flagged.</summary>
public sealed record PersonTimeline(string User, string? Unit, PersonRisk? Risk, IReadOnlyList<AuditEvent> Events, bool Truncated);
