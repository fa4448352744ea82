using System.Security.Cryptography;

namespace DataGuard.Audit.Checkpoints;

/// <summary>ECDSA P-256 keys for checkpoints, as PEM: the private key stays with the guard, the public key goes to auditors.</summary>
public static class CheckpointKeys
{
    /// <summary>A new P-256 key.</summary>
    public static ECDsa Create() => ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>Reads a PEM key (private: PKCS#8 or SEC1 "EC PRIVATE KEY"; public: SubjectPublicKeyInfo) and checks it is P-256.</summary>
    public static ECDsa FromPem(string pem)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (ArgumentException ex)
        {
            key.Dispose();
            throw new InvalidOperationException("The checkpoint key is not a PEM-encoded EC key.", ex);
        }
        if (key.KeySize != 256)
        {
            key.Dispose();
            throw new InvalidOperationException("The checkpoint key must be ECDSA P-256.");
        }
        return key;
    }

    /// <summary>The public half, as PEM.</summary>
    public static string PublicPem(ECDsa key) => key.ExportSubjectPublicKeyInfoPem();

    /// <summary>The private key, as PKCS#8 PEM.</summary>
    public static string PrivatePem(ECDsa key) => key.ExportPkcs8PrivateKeyPem();

    /// <summary>Names a key by its public half: first 16 bytes of SHA-256 over the SubjectPublicKeyInfo, hex.</summary>
    public static string KeyId(ECDsa key) => Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()).AsSpan(0, 16));

    /// <summary>Loads the private key from a PEM file, or creates one there (owner-only) when <paramref name="createIfMissing"/>.</summary>
    public static ECDsa LoadOrCreate(string path, bool createIfMissing)
    {
        if (File.Exists(path)) return FromPem(File.ReadAllText(path));
        if (!createIfMissing) throw new FileNotFoundException("The checkpoint signing key file does not exist.", path);
        var key = Create();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(file))
        {
            writer.Write(PrivatePem(key));
        }
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return key;
    }
}
