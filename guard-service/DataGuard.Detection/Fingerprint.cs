using System.Security.Cryptography;
using System.Text;

namespace DataGuard.Detection;

/// <summary>
/// Keyed fingerprints of found values: HMAC-SHA256 over the type and the normalised value, so an auditor can see that the
/// same identifier was sent several times without the identifier being stored.
/// </summary>
public static class Fingerprint
{
    /// <summary>Returns the lower-case hex HMAC-SHA256 (first 16 bytes, 32 hex characters) of <c>type:value</c>.</summary>
    public static string Compute(byte[] key, string type, string normalizedValue)
    {
        if (key is null || key.Length == 0) throw new ArgumentException("A non-empty key is required.", nameof(key));
        using var hmac = new HMACSHA256(key);
        var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(type + ":" + normalizedValue));
        var hex = new StringBuilder(32);
        for (int i = 0; i < 16; i++) hex.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        return hex.ToString();
    }

    /// <summary>Fingerprint of a finding.</summary>
    public static string Compute(byte[] key, Finding finding) => Compute(key, finding.Type, finding.NormalizedValue);
}
