using DataGuard.Detection.Redaction;

namespace DataGuard.Screening;

/// <summary>
/// What screening decided for one request: the verdict, what was found where, and for redaction the rewritten body and
/// the request's own <see cref="PseudonymMap"/>. Holds personal data (finding values, the map): keep it in the request's scope.
/// </summary>
public sealed class ScreeningDecision
{
    internal ScreeningDecision(
        ScreeningVerdict verdict,
        IReadOnlyList<ScreeningFinding> findings,
        IReadOnlyList<UnreadableContent> unreadable,
        PseudonymMap pseudonyms,
        byte[]? redactedBody,
        PolicyAction unreadableAction)
    {
        Verdict = verdict;
        Findings = findings;
        Unreadable = unreadable;
        Pseudonyms = pseudonyms;
        RedactedBody = redactedBody;
        var blocking = new List<string>();
        foreach (var finding in findings)
        {
            if (finding.Action == PolicyAction.Block)
            {
                BlockedPath ??= finding.Path;
                blocking.Add(finding.Type);
            }
            if (finding.Finding.Evasions != Detection.Evasions.None) EvasionUndone = true;
        }
        if (unreadableAction == PolicyAction.Block)
        {
            foreach (var part in unreadable)
            {
                BlockedPath ??= part.Path;
                blocking.Add(ScreeningPolicy.UnreadableContentType);
            }
        }
        BlockingCounts = FindingCount.Tally(blocking);
        var all = new List<string>(findings.Count);
        foreach (var finding in findings) all.Add(finding.Type);
        Counts = FindingCount.Tally(all);
    }

    /// <summary>The decision for a body in which nothing was found and nothing is unreadable: forward it as it is.</summary>
    internal static ScreeningDecision Clean(PolicyAction unreadableAction) => new(ScreeningVerdict.Allow, [], [], new PseudonymMap(), null, unreadableAction);

    /// <summary>Allow, block or redact.</summary>
    public ScreeningVerdict Verdict { get; }

    /// <summary>Every finding at or above its type's threshold, in document order.</summary>
    public IReadOnlyList<ScreeningFinding> Findings { get; }

    /// <summary>Parts the screener could not read.</summary>
    public IReadOnlyList<UnreadableContent> Unreadable { get; }

    /// <summary>Counts per type of every finding (for the audit trail and metrics).</summary>
    public IReadOnlyList<FindingCount> Counts { get; }

    /// <summary>Counts per type of what made the request blocked (the blocked response's <c>findings</c>); empty unless blocked.</summary>
    public IReadOnlyList<FindingCount> BlockingCounts { get; }

    /// <summary>Path of the first thing that blocked the request (the blocked response's <c>param</c>); null unless blocked.</summary>
    public string? BlockedPath { get; }

    /// <summary>Whether any value was found only after undoing a disguise (full-width, Chinese numerals, zero-width…).</summary>
    public bool EvasionUndone { get; }

    /// <summary>
    /// This request's placeholders for pseudonymized values; restore the model's answer with it
    /// (<see cref="PseudonymMap.Restore"/>, or a <see cref="StreamingRestorer"/> for streams). Empty when nothing was pseudonymized.
    /// </summary>
    public PseudonymMap Pseudonyms { get; }

    /// <summary>Whether the answer needs restoring (something was pseudonymized).</summary>
    public bool RestoresAnswer => Pseudonyms.Count > 0;

    /// <summary>The rewritten UTF-8 JSON body to forward when <see cref="Verdict"/> is <see cref="ScreeningVerdict.Redact"/>; otherwise null.</summary>
    public byte[]? RedactedBody { get; }

    /// <summary>Describes the decision without any value.</summary>
    public override string ToString() =>
        $"{Verdict}: {string.Join(", ", Counts.Select(c => c.Type + "×" + c.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)))}"
        + (Unreadable.Count > 0 ? $", {Unreadable.Count} unreadable" : string.Empty)
        + (EvasionUndone ? ", evasion undone" : string.Empty);
}
