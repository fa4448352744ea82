namespace DataGuard.Audit.Storage;

/// <summary>
/// Which records <see cref="IAuditStore.ReadRangeAsync"/> returns: those in [<paramref name="From"/>, <paramref name="To"/>),
/// of one person when <paramref name="User"/> is set, only the <see cref="AuditRange.NotableClause">notable</see> ones when
/// <paramref name="NotableOnly"/>, at most <paramref name="Limit"/>; oldest first.
/// </summary>
/// <param name="From">First time (inclusive).</param>
/// <param name="To">End (exclusive).</param>
/// <param name="User">Only this person's records.</param>
/// <param name="NotableOnly">Only records that were not simply allowed, had an evasion undone or carry a fingerprint.</param>
/// <param name="Limit">At most this many records.</param>
public sealed record AuditRange(DateTimeOffset From, DateTimeOffset To, string? User = null, bool NotableOnly = false, int? Limit = null)
{
    /// <summary>
    /// A record worth reading one by one: not allowed, an evasion undone, or a fingerprint. Few in an ordinary trail (under
    /// 1 % of a month), so a partial index holds only them. Word for word the partial index's condition, or SQLite ignores it.
    /// </summary>
    public const string NotableClause = "(verdict <> 'allow' OR evasion <> 0 OR fingerprints <> '[]')";
}

/// <summary>Requests of one person in one UTC hour, counted by the database (what activity indicators need from a month of rows).</summary>
/// <param name="User">Who.</param>
/// <param name="Hour">The start of the UTC hour.</param>
/// <param name="Requests">Records in that hour.</param>
/// <param name="Blocks">Of which blocked.</param>
/// <param name="Evasions">Of which with an evasion undone.</param>
/// <param name="Redactions">Of which redacted or pseudonymized.</param>
public sealed record AuditHour(string User, DateTimeOffset Hour, int Requests, int Blocks, int Evasions, int Redactions);
