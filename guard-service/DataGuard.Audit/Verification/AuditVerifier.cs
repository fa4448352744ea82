using System.Security.Cryptography;
using DataGuard.Audit.Checkpoints;
using DataGuard.Audit.Storage;

namespace DataGuard.Audit.Verification;

/// <summary>
/// Checks the trail against itself and against the signed checkpoints. Proves, per chain: every record from 1 to the last
/// checkpoint is present, unchanged and in order, and the head matches what the signing key signed. Records after the last
/// checkpoint are only linked (reported as unanchored). It does not prove the order between chains (instances), nor that
/// checkpoints after the newest one you hold were not removed: auditors keep copies of the checkpoint files.
/// </summary>
public sealed class AuditVerifier(IAuditStore store, CheckpointDirectory? checkpoints, ECDsa? publicKey)
{
    /// <summary>Verifies every chain in the store and in the checkpoint directory; stops at the first problem.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var entries = checkpoints?.ReadAll() ?? [];
        var byChain = new Dictionary<string, List<Checkpoint>>(StringComparer.Ordinal);
        var chainResults = new List<ChainVerification>();
        long records = 0;

        AuditVerification Broken(AuditProblem problem, long? brokenAt) => new(false, records, brokenAt, problem, chainResults, entries.Count);

        if (CheckCheckpoints(entries, byChain) is { } forged) return Broken(forged, null);

        var chains = (await store.ChainsAsync(cancellationToken)).Union(byChain.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var chain in chains)
        {
            var signed = byChain.TryGetValue(chain, out var list) ? list : [];
            var bySequence = signed.ToDictionary(c => c.Sequence);
            var head = ChainHead.Empty(chain);
            long expected = 1;
            await foreach (var stored in store.ReadChainAsync(chain, cancellationToken))
            {
                var record = stored.Record;
                if (record.Sequence != expected)
                {
                    var kind = record.Sequence > expected && !await store.ContainsAsync(chain, expected, cancellationToken) ? AuditProblemKinds.Missing : AuditProblemKinds.Reordered;
                    return Broken(new AuditProblem(kind, chain, expected,
                        kind == AuditProblemKinds.Missing ? $"Record {expected} of chain '{chain}' is missing." : $"Record {record.Sequence} of chain '{chain}' is stored where record {expected} belongs."), record.Id);
                }
                if (!stored.HashMatches)
                    return Broken(new AuditProblem(AuditProblemKinds.Edited, chain, expected, $"Record {expected} of chain '{chain}' does not match its hash."), record.Id);
                if (record.PreviousHash != head.Hash)
                    return Broken(new AuditProblem(AuditProblemKinds.BrokenLink, chain, expected, $"Record {expected} of chain '{chain}' does not follow record {expected - 1}."), record.Id);
                if (bySequence.TryGetValue(expected, out var checkpoint) && checkpoint.Head != record.Hash)
                    return Broken(new AuditProblem(AuditProblemKinds.Recomputed, chain, expected,
                        $"Chain '{chain}' is consistent but record {expected} differs from the head signed in checkpoint {checkpoint.FileName}: the chain was recomputed."), record.Id);
                head = ChainHead.After(record);
                expected++;
                records++;
            }
            var checkpointed = signed.Count == 0 ? 0 : signed[^1].Sequence;
            if (checkpointed > head.Sequence)
                return Broken(new AuditProblem(AuditProblemKinds.Truncated, chain, head.Sequence + 1,
                    $"Chain '{chain}' ends at record {head.Sequence} but checkpoint {signed[^1].FileName} covers {checkpointed}: its tail was removed."), null);
            chainResults.Add(new ChainVerification(chain, head.Sequence, head.Hash, checkpointed, head.Sequence - checkpointed));
        }
        return new AuditVerification(true, records, null, null, chainResults, entries.Count);
    }

    // Every checkpoint must be signed by the auditors' key and name its predecessor in the same chain (file and digest).
    private AuditProblem? CheckCheckpoints(IReadOnlyList<CheckpointDirectory.Entry> entries, Dictionary<string, List<Checkpoint>> byChain)
    {
        var previous = new Dictionary<string, CheckpointDirectory.Entry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Checkpoint is not { } checkpoint || checkpoint.FileName != entry.FileName)
                return new AuditProblem(AuditProblemKinds.BadSignature, string.Empty, 0, $"Checkpoint file {entry.FileName} is not a well-formed checkpoint.");
            if (publicKey is not null && !checkpoint.IsSignedBy(publicKey))
                return new AuditProblem(AuditProblemKinds.BadSignature, checkpoint.Chain, checkpoint.Sequence, $"Checkpoint {entry.FileName} is not signed by the auditors' key.");
            previous.TryGetValue(checkpoint.Chain, out var before);
            if (checkpoint.Previous != before?.FileName || checkpoint.PreviousDigest != before?.Digest)
                return new AuditProblem(AuditProblemKinds.CheckpointChainBroken, checkpoint.Chain, checkpoint.Sequence,
                    $"Checkpoint {entry.FileName} does not name the checkpoint before it ({before?.FileName ?? "none"}).");
            previous[checkpoint.Chain] = entry;
            if (!byChain.TryGetValue(checkpoint.Chain, out var list)) byChain[checkpoint.Chain] = list = [];
            list.Add(checkpoint);
        }
        return null;
    }
}
