using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DataGuard.Audit.Checkpoints;

/// <summary>
/// A signed statement "chain <see cref="Chain"/> had <see cref="Sequence"/> records ending in <see cref="Head"/> at
/// <see cref="Time"/>", naming the checkpoint before it (file and SHA-256), like a CloudTrail digest file or a Certificate
/// Transparency signed tree head. Whoever can rewrite the database cannot make a matching one without the signing key.
/// </summary>
public sealed record Checkpoint
{
    /// <summary>Format version of <see cref="SignedText"/>.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The chain (guard instance).</summary>
    public string Chain { get; init; } = string.Empty;

    /// <summary>Records in the chain up to and including the head.</summary>
    public long Sequence { get; init; }

    /// <summary>Hash of the record at <see cref="Sequence"/>.</summary>
    public string Head { get; init; } = string.Empty;

    /// <summary>When it was signed (UTC).</summary>
    public DateTimeOffset Time { get; init; }

    /// <summary>File name of this chain's previous checkpoint; null for the first.</summary>
    public string? Previous { get; init; }

    /// <summary>SHA-256 (hex) of the previous checkpoint file's bytes; null for the first.</summary>
    public string? PreviousDigest { get; init; }

    /// <summary>SHA-256 (hex, first 16 bytes) of the signing key's public key (SubjectPublicKeyInfo).</summary>
    public string KeyId { get; init; } = string.Empty;

    /// <summary>ECDSA P-256 / SHA-256 signature (IEEE P1363, base64) over <see cref="SignedText"/>.</summary>
    public string Signature { get; init; } = string.Empty;

    /// <summary>The exact bytes signed: every field but the signature, one per line.</summary>
    public byte[] SignedText() => Encoding.UTF8.GetBytes(string.Join('\n',
        "dataguard-audit-checkpoint/" + Version.ToString(CultureInfo.InvariantCulture), Chain, Sequence.ToString(CultureInfo.InvariantCulture), Head,
        AuditChain.Format(Time), Previous ?? string.Empty, PreviousDigest ?? string.Empty, KeyId));

    /// <summary>Whether <see cref="Signature"/> is this checkpoint's, made with the private half of <paramref name="publicKey"/>.</summary>
    public bool IsSignedBy(ECDsa publicKey)
    {
        try
        {
            return KeyId == CheckpointKeys.KeyId(publicKey) && publicKey.VerifyData(SignedText(), Convert.FromBase64String(Signature), HashAlgorithmName.SHA256);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>The file name for this checkpoint: chain and zero-padded sequence, so names sort in chain order.</summary>
    public string FileName => FormattableString.Invariant($"{Chain}-{Sequence:D12}.json");
}
