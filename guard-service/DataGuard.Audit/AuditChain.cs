using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DataGuard.Audit;

/// <summary>
/// The hash chain over audit records: each record's hash covers its fields, its position in its chain and the previous hash,
/// so editing, deleting or moving a stored row breaks every hash after it. Signed checkpoints anchor the chain's head.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first record of every chain.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// Computes a record's hash from its stored fields. The first field is the sequence within the chain; for trails written
    /// before chains existed (one chain, <c>seq = id</c>) this is the same text as before, so old rows still verify.
    /// </summary>
    public static string HashOf(AuditRecord record, string countsJson, string fingerprintsJson)
    {
        var canonical = string.Join('\u001f',
            record.Sequence.ToString(CultureInfo.InvariantCulture),
            Format(record.Time),
            record.RequestId, record.User, record.Route, record.Deployment ?? string.Empty, record.Model ?? string.Empty,
            record.Verdict, record.Status.ToString(CultureInfo.InvariantCulture), countsJson, record.EvasionUndone ? "1" : "0",
            fingerprintsJson, record.LatencyMs.ToString("R", CultureInfo.InvariantCulture), record.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>The stored form of a time (fixed width, so text order is time order on both providers).</summary>
    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Parses <see cref="Format"/>.</summary>
    public static DateTimeOffset ParseTime(string stored) =>
        DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>The stored (and hashed) form of the counts: keys in ordinal order, <c>{}</c> when empty.</summary>
    public static string CountsJson(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "{}" : JsonSerializer.Serialize(counts.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value));

    /// <summary>The stored (and hashed) form of the fingerprints, <c>[]</c> when empty.</summary>
    public static string FingerprintsJson(IReadOnlyList<string> fingerprints) => fingerprints.Count == 0 ? "[]" : JsonSerializer.Serialize(fingerprints);

    /// <summary>Links <paramref name="record"/> after <paramref name="head"/>: its sequence, previous hash and hash.</summary>
    public static StoredRecord Link(AuditRecord record, ChainHead head)
    {
        var counts = CountsJson(record.Counts);
        var fingerprints = FingerprintsJson(record.Fingerprints);
        var linked = record with { Chain = head.Chain, Sequence = head.Sequence + 1, PreviousHash = head.Hash };
        return new StoredRecord(linked with { Hash = HashOf(linked, counts, fingerprints) }, counts, fingerprints);
    }
}

/// <summary>The last record of a chain (sequence 0 and <see cref="AuditChain.Genesis"/> when the chain is empty).</summary>
public sealed record ChainHead(string Chain, long Sequence, string Hash)
{
    /// <summary>The head of an empty chain.</summary>
    public static ChainHead Empty(string chain) => new(chain, 0, AuditChain.Genesis);

    /// <summary>The head after <paramref name="record"/>.</summary>
    public static ChainHead After(AuditRecord record) => new(record.Chain, record.Sequence, record.Hash);
}

/// <summary>A record as stored: the record and the exact JSON texts its hash covers.</summary>
public sealed record StoredRecord(AuditRecord Record, string CountsJson, string FingerprintsJson)
{
    /// <summary>Whether the stored hash matches the stored fields.</summary>
    public bool HashMatches => AuditChain.HashOf(Record, CountsJson, FingerprintsJson) == Record.Hash;
}
