using System.Security.Cryptography;
using System.Text;

namespace DataGuard.GuardService.Security;

/// <summary>How personal keys are stored: lower-case hex SHA-256 of the UTF-8 key. Keys are random, so no salt is needed.</summary>
public static class KeyHash
{
    /// <summary>Hashes a key.</summary>
    public static string Of(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Creates a new random key (256 bits, URL-safe).</summary>
    public static string NewKey() => "dg-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
