namespace DataGuard.Audit.Insights;

/// <summary>
/// One audited request as the indicators see it: who, when, which route, the verdict, counts per type, whether an evasion
/// was undone, and the keyed fingerprints of the values (never a value). Fingerprints are only comparable within one
/// <see cref="KeyPeriod"/>: after the fingerprint key rotates, the same value has a different fingerprint.
/// </summary>
/// <param name="Id">The audit row id (the rows behind a reason).</param>
/// <param name="Time">When the request arrived (UTC).</param>
/// <param name="User">Who sent it.</param>
/// <param name="Route">The route (template or page).</param>
/// <param name="Verdict"><c>allow</c>, <c>block</c>, <c>redact</c>, <c>refused</c>, <c>error</c> or <c>view</c>.</param>
/// <param name="Counts">Findings per entity type.</param>
/// <param name="EvasionUndone">Whether a disguised value was found.</param>
/// <param name="EvasionKinds">Which disguises were undone, when the store records them (empty otherwise).</param>
/// <param name="Fingerprints">Keyed fingerprints of the values found.</param>
/// <param name="KeyPeriod">The fingerprint-key period the row was written in.</param>
public sealed record AuditEvent(
    long Id,
    DateTimeOffset Time,
    string User,
    string Route,
    string Verdict,
    IReadOnlyDictionary<string, int> Counts,
    bool EvasionUndone,
    IReadOnlyList<string> EvasionKinds,
    IReadOnlyList<string> Fingerprints,
    string KeyPeriod)
{
    /// <summary>Whether the indicators need this row one by one (and not only in hourly counts): the in-memory form of <see cref="DataGuard.Audit.Storage.AuditRange.NotableClause"/>.</summary>
    public bool IsNotable => Verdict != Verdicts.Allow || EvasionUndone || Fingerprints.Count > 0;
}

/// <summary>The verdict names the audit trail uses.</summary>
public static class Verdicts
{
    /// <summary>Forwarded unchanged.</summary>
    public const string Allow = "allow";

    /// <summary>Refused because of personal data.</summary>
    public const string Block = "block";

    /// <summary>Forwarded with values redacted or pseudonymized.</summary>
    public const string Redact = "redact";

    /// <summary>An auditor's page view on the dashboard.</summary>
    public const string View = "view";
}

/// <summary>
/// Requests of one person in one local hour: what the activity indicators (off-hours, volume) need, aggregated by the store.
/// </summary>
/// <param name="User">Who.</param>
/// <param name="Day">The local day.</param>
/// <param name="Hour">The local hour (0–23).</param>
/// <param name="Requests">Requests in that hour.</param>
/// <param name="Blocks">Of which blocked.</param>
/// <param name="Evasions">Of which with an evasion undone.</param>
/// <param name="Redactions">Of which redacted or pseudonymized.</param>
public sealed record ActivityBucket(string User, DateOnly Day, int Hour, int Requests, int Blocks, int Evasions, int Redactions);
