using System.Security.Cryptography;
using DataGuard.GuardService.Configuration;

namespace DataGuard.GuardService.Audit;

/// <summary>
/// The server secret for audit fingerprints: from configuration, or created once at random in a key file (owner-only)
/// and reused, so fingerprints stay comparable across restarts without a configured secret.
/// </summary>
public sealed class FingerprintKey
{
    private FingerprintKey(byte[] key) => Key = key;

    /// <summary>The HMAC key.</summary>
    public byte[] Key { get; }

    /// <summary>Loads or creates the key.</summary>
    public static FingerprintKey Load(AuditOptions options, string databasePath)
    {
        if (!string.IsNullOrWhiteSpace(options.FingerprintKey))
        {
            var configured = Convert.FromBase64String(options.FingerprintKey);
            if (configured.Length < 32) throw new InvalidOperationException("DataGuard:Audit:FingerprintKey must be at least 32 bytes (base64).");
            return new FingerprintKey(configured);
        }
        var path = options.KeyFilePath ?? Path.ChangeExtension(databasePath, ".key");
        if (File.Exists(path)) return new FingerprintKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
        var key = RandomNumberGenerator.GetBytes(32);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return new FingerprintKey(key);
    }
}
