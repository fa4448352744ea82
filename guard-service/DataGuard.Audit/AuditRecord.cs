namespace DataGuard.Audit;

/// <summary>
/// One request in the audit trail. Holds no text and no value: only counts per type and keyed fingerprints (HMAC) of the
/// normalised values, so an auditor can see that the same ID was sent by five people without the ID being stored.
/// </summary>
public sealed record AuditRecord
{
    /// <summary>Position in the whole trail (1, 2, …, in the order stored), assigned by the database; may have gaps across instances.</summary>
    public long Id { get; init; }

    /// <summary>The hash chain this record belongs to: one per writing guard instance (<c>DataGuard:Audit:Instance</c>).</summary>
    public string Chain { get; init; } = string.Empty;

    /// <summary>Gap-free position within <see cref="Chain"/> (1, 2, …), assigned by the writer; covered by the hash.</summary>
    public long Sequence { get; init; }

    /// <summary>When the request arrived (UTC).</summary>
    public DateTimeOffset Time { get; init; }

    /// <summary>The <c>x-dataguard-request-id</c> of the response.</summary>
    public string RequestId { get; init; } = string.Empty;

    /// <summary>Who sent it.</summary>
    public string User { get; init; } = string.Empty;

    /// <summary>The route template, e.g. <c>/openai/deployments/{deployment}/chat/completions</c>.</summary>
    public string Route { get; init; } = string.Empty;

    /// <summary>Azure deployment name, if any.</summary>
    public string? Deployment { get; init; }

    /// <summary>The requested model, if any.</summary>
    public string? Model { get; init; }

    /// <summary><c>allow</c>, <c>block</c>, <c>redact</c>, <c>refused</c> (bad input) or <c>error</c> (not screened; nothing forwarded).</summary>
    public string Verdict { get; init; } = string.Empty;

    /// <summary>HTTP status returned to the caller.</summary>
    public int Status { get; init; }

    /// <summary>Findings per entity type.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; init; } = new Dictionary<string, int>();

    /// <summary>Whether a disguised value was found (full-width digits, Chinese numerals, zero-width characters…).</summary>
    public bool EvasionUndone { get; init; }

    /// <summary>Distinct HMAC-SHA256 fingerprints of <c>type:normalised value</c>, keyed with the server's secret.</summary>
    public IReadOnlyList<string> Fingerprints { get; init; } = [];

    /// <summary>Time from arrival until the answer started (the record is stored before the answer leaves the guard), in milliseconds.</summary>
    public double LatencyMs { get; init; }

    /// <summary>Hash of the previous record (the chain); assigned when stored.</summary>
    public string PreviousHash { get; init; } = string.Empty;

    /// <summary>SHA-256 over this record's fields (with <see cref="Sequence"/>, not <see cref="Id"/>) and <see cref="PreviousHash"/>; assigned when stored.</summary>
    public string Hash { get; init; } = string.Empty;
}
