using System.Text;
using DataGuard.Detection;
using DataGuard.Detection.Redaction;

namespace DataGuard.Screening;

/// <summary>
/// Screens a request: scans every segment with a <see cref="PersonalDataScanner"/>, applies the <see cref="ScreeningPolicy"/>,
/// and for redact/pseudonymize writes placeholders into the body. Thread-safe; every call gets its own <see cref="PseudonymMap"/>.
/// </summary>
public sealed class PromptScreener
{
    private readonly PersonalDataScanner _scanner;

    /// <summary>Creates a screener.</summary>
    public PromptScreener(PersonalDataScanner scanner, ScreeningPolicy policy)
    {
        _scanner = scanner ?? throw new ArgumentNullException(nameof(scanner));
        Policy = policy ?? throw new ArgumentNullException(nameof(policy));
    }

    /// <summary>The policy in force.</summary>
    public ScreeningPolicy Policy { get; }

    /// <summary>Reads and screens a UTF-8 JSON request body.</summary>
    /// <exception cref="RequestFormatException">The body is not a readable JSON object.</exception>
    /// <remarks>
    /// A clean body (the common case) is decided in one forward pass without building a tree; anything else, the full path
    /// decides. Both give the same decision.
    /// </remarks>
    public ScreeningDecision Screen(ReadOnlySpan<byte> utf8Json, int maxDepth = PromptDocument.DefaultMaxDepth, CancellationToken cancellationToken = default) =>
        CleanRequestScan.IsClean(utf8Json, maxDepth, _scanner, Policy, cancellationToken)
            ? ScreeningDecision.Clean(Policy.UnreadableAction)
            : Screen(PromptDocument.Parse(utf8Json, maxDepth), cancellationToken);

    /// <summary>Screens a plain text as one segment with path <c>text</c> (offsets of findings refer to the text).</summary>
    public ScreeningDecision ScreenText(string text, CancellationToken cancellationToken = default) =>
        Screen(PromptDocument.FromText(text), cancellationToken);

    /// <summary>Screens a document. When the verdict is redact, the document is modified in place.</summary>
    public ScreeningDecision Screen(PromptDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var findings = new List<ScreeningFinding>();
        var rewrites = new List<(int Index, int First, int Count)>();
        bool block = document.Unreadable.Count > 0 && Policy.UnreadableAction == PolicyAction.Block;
        for (int i = 0; i < document.Segments.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var segment = document.Segments[i];
            var found = _scanner.Scan(segment.Text);
            int first = findings.Count;
            bool rewrite = false;
            foreach (var finding in found)
            {
                if (finding.Score < Policy.MinScoreFor(finding.Type)) continue;
                var action = Policy.ActionFor(finding.Type);
                findings.Add(new ScreeningFinding(segment.Path, finding, action));
                block |= action == PolicyAction.Block;
                rewrite |= action is PolicyAction.Redact or PolicyAction.Pseudonymize;
            }
            if (rewrite) rewrites.Add((i, first, findings.Count - first));
        }

        var pseudonyms = new PseudonymMap();
        if (block) return new ScreeningDecision(ScreeningVerdict.Block, findings, document.Unreadable, pseudonyms, null, Policy.UnreadableAction);
        if (rewrites.Count == 0) return new ScreeningDecision(ScreeningVerdict.Allow, findings, document.Unreadable, pseudonyms, null, Policy.UnreadableAction);

        // Redacted values get numbers from a map that is never used to restore, so only pseudonymized values come back.
        var placeholders = new PseudonymMap();
        foreach (var (index, first, count) in rewrites)
        {
            var text = document.Segments[index].Text;
            document.Replace(index, Rewrite(text, findings, first, count, placeholders, pseudonyms));
        }
        return new ScreeningDecision(ScreeningVerdict.Redact, findings, document.Unreadable, pseudonyms, document.ToUtf8Bytes(), Policy.UnreadableAction);
    }

    private static string Rewrite(string text, List<ScreeningFinding> findings, int first, int count, PseudonymMap placeholders, PseudonymMap pseudonyms)
    {
        var result = new StringBuilder(text.Length);
        int copied = 0;
        for (int k = first; k < first + count; k++)
        {
            var (finding, action) = (findings[k].Finding, findings[k].Action);
            if (action is not (PolicyAction.Redact or PolicyAction.Pseudonymize) || finding.Start < copied) continue;
            var map = action == PolicyAction.Pseudonymize ? pseudonyms : placeholders;
            result.Append(text, copied, finding.Start - copied);
            result.Append(map.GetOrAdd(finding.Type, finding.NormalizedValue, text.Substring(finding.Start, finding.Length)));
            copied = finding.End;
        }
        result.Append(text, copied, text.Length - copied);
        return result.ToString();
    }
}
