using System.Security.Cryptography;

namespace DataGuard.Audit.Checkpoints;

/// <summary>When to sign: every <see cref="EveryRecords"/> records or every <see cref="Interval"/> if the chain moved.</summary>
public sealed record CheckpointPolicy(int EveryRecords, TimeSpan Interval);

/// <summary>Signs chain heads into the checkpoint directory, each checkpoint naming the one before it.</summary>
public sealed class CheckpointSigner(ECDsa signingKey, CheckpointDirectory directory, TimeProvider? time = null)
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly string _keyId = CheckpointKeys.KeyId(signingKey);
    private CheckpointDirectory.Entry? _latest;
    private bool _loaded;

    /// <summary>The directory written to.</summary>
    public CheckpointDirectory Directory { get; } = directory;

    /// <summary>The public key auditors verify with, as PEM.</summary>
    public string PublicKeyPem => CheckpointKeys.PublicPem(signingKey);

    /// <summary>The sequence of the chain's latest checkpoint (0 when none).</summary>
    public long LatestSequence(string chain)
    {
        lock (_gate)
        {
            Load(chain);
            return _latest?.Checkpoint?.Sequence ?? 0;
        }
    }

    /// <summary>Signs <paramref name="head"/> unless the latest checkpoint already covers it; returns the new checkpoint or null.</summary>
    public Checkpoint? Sign(ChainHead head)
    {
        lock (_gate)
        {
            Load(head.Chain);
            if (head.Sequence == 0 || (_latest?.Checkpoint is { } last && last.Sequence >= head.Sequence)) return null;
            var unsigned = new Checkpoint
            {
                Chain = head.Chain,
                Sequence = head.Sequence,
                Head = head.Hash,
                Time = _time.GetUtcNow(),
                Previous = _latest?.FileName,
                PreviousDigest = _latest?.Digest,
                KeyId = _keyId,
            };
            var signed = unsigned with { Signature = Convert.ToBase64String(signingKey.SignData(unsigned.SignedText(), HashAlgorithmName.SHA256)) };
            _latest = Directory.Append(signed);
            return signed;
        }
    }

    // One signer writes one chain; the directory is read once to continue after the last file a previous run left.
    private void Load(string chain)
    {
        if (_loaded) return;
        _latest = Directory.Latest(chain);
        _loaded = true;
    }
}
