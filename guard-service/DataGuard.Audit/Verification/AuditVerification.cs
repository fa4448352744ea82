namespace DataGuard.Audit.Verification;

/// <summary>Result of <c>GET /v1/audit/verify</c> and <c>dataguard audit verify</c>.</summary>
/// <param name="Intact">Whether every chain is complete and unchanged up to its last signed checkpoint and every checkpoint is genuine.</param>
/// <param name="Records">Records checked before the first problem (all of them when intact).</param>
/// <param name="BrokenAt">Trail id of the first record that does not match; null when intact or when no row is to blame (truncated tail, forged checkpoint).</param>
/// <param name="Problem">The first problem found; null when intact.</param>
/// <param name="Chains">Each chain: its records, head, and how much of it the signed checkpoints cover.</param>
/// <param name="Checkpoints">Checkpoint files read.</param>
public sealed record AuditVerification(bool Intact, long Records, long? BrokenAt, AuditProblem? Problem, IReadOnlyList<ChainVerification> Chains, int Checkpoints);

/// <summary>One chain's state.</summary>
/// <param name="Chain">The chain (guard instance).</param>
/// <param name="Records">Records read.</param>
/// <param name="Head">Hash of the last record read.</param>
/// <param name="Checkpointed">Sequence of the chain's last valid signed checkpoint (0 when none).</param>
/// <param name="Unanchored">Records after the last checkpoint: linked, but not yet covered by a signature.</param>
public sealed record ChainVerification(string Chain, long Records, string Head, long Checkpointed, long Unanchored);

/// <summary>What is wrong, where.</summary>
/// <param name="Kind">One of <see cref="AuditProblemKinds"/>.</param>
/// <param name="Chain">The chain.</param>
/// <param name="Sequence">The position in the chain where it shows.</param>
/// <param name="Detail">One English sentence for operators (no record content).</param>
public sealed record AuditProblem(string Kind, string Chain, long Sequence, string Detail);

/// <summary>The verdicts, as stable strings.</summary>
public static class AuditProblemKinds
{
    /// <summary>A row's fields no longer match its hash.</summary>
    public const string Edited = "edited";

    /// <summary>A position in the chain has no row (deleted).</summary>
    public const string Missing = "missing";

    /// <summary>Rows are present but stored out of chain order.</summary>
    public const string Reordered = "reordered";

    /// <summary>A row does not follow the hash of the row before it.</summary>
    public const string BrokenLink = "broken_link";

    /// <summary>The chain ends before a signed checkpoint: its tail was removed.</summary>
    public const string Truncated = "truncated";

    /// <summary>The chain is self-consistent but differs from what a signed checkpoint recorded: it was recomputed.</summary>
    public const string Recomputed = "recomputed";

    /// <summary>A checkpoint's signature is not the auditors' key's.</summary>
    public const string BadSignature = "bad_signature";

    /// <summary>A checkpoint does not name the one before it (one was removed, replaced or inserted).</summary>
    public const string CheckpointChainBroken = "checkpoint_chain_broken";
}
