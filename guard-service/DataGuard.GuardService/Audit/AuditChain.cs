using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DataGuard.GuardService.Audit;

/// <summary>
/// The hash chain over audit records: each record's hash covers its fields and the previous hash, so editing or
/// deleting a stored row breaks every hash after it.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first record.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Computes a record's hash from its stored fields.</summary>
    public static string HashOf(AuditRecord record, string countsJson, string fingerprintsJson)
    {
        var canonical = string.Join('\u001f',
            record.Id.ToString(CultureInfo.InvariantCulture),
            Format(record.Time),
            record.RequestId, record.User, record.Route, record.Deployment ?? string.Empty, record.Model ?? string.Empty,
            record.Verdict, record.Status.ToString(CultureInfo.InvariantCulture), countsJson, record.EvasionUndone ? "1" : "0",
            fingerprintsJson, record.LatencyMs.ToString("R", CultureInfo.InvariantCulture), record.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>The stored form of a time.</summary>
    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
