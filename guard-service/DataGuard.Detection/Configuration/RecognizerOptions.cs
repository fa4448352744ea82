namespace DataGuard.Detection.Configuration;

/// <summary>
/// Recognizers a deployment adds in configuration, section <see cref="SectionName"/>: its own entity types (案號 formats,
/// badge numbers, internal record IDs…), found by pattern or by a list of exact terms, screened by the policy like the
/// built-in types. The guard service, the CLI (<c>--config</c>) and the in-process clients read the same section.
/// </summary>
public sealed class RecognizerOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "DataGuard:Recognizers";

    /// <summary>The configured recognizers, one per entity type.</summary>
    public List<CustomRecognizerOptions> Custom { get; set; } = new();
}

/// <summary>
/// One configured entity type, modelled on Presidio's ad-hoc recognizers: regular-expression patterns with a score,
/// optional validation of what they match, context words that raise the score, and a deny-list of exact terms.
/// </summary>
public sealed class CustomRecognizerOptions
{
    /// <summary>The entity type reported, e.g. <c>TW_CASE_NUMBER</c>: upper-case letters, digits and underscores, not a built-in name.</summary>
    public string? Type { get; set; }

    /// <summary>
    /// The name staff see for this type in the blocked message, in Traditional Chinese (e.g. <c>案號</c>); the type itself
    /// when not set. See <see cref="DisplayNames"/> for other languages.
    /// </summary>
    public string? DisplayName { get; set; }

    /// <summary>
    /// The name in other languages, by culture name (<c>"zh-TW": "案號", "en": "case number"</c>). A culture without an
    /// entry uses its parent's (en-US → en), then <see cref="DisplayName"/>.
    /// </summary>
    public Dictionary<string, string> DisplayNames { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Patterns that find values (.NET regular expressions, matched on the original text).</summary>
    public List<CustomPatternOptions> Patterns { get; set; } = new();

    /// <summary>Words near a value (within <see cref="ScannerOptions.ContextWindow"/>) that raise its score by <see cref="ContextBoost"/>.</summary>
    public List<string> Context { get; set; } = new();

    /// <summary>Added to a pattern's score when a context word is near. Default 0.3.</summary>
    public double ContextBoost { get; set; } = 0.3;

    /// <summary>Exact terms reported wherever they occur (CJK terms anywhere, terms with Latin letters case-insensitively as whole words).</summary>
    public List<string> DenyList { get; set; } = new();

    /// <summary>Score of a deny-list term. Default 1.0.</summary>
    public double DenyListScore { get; set; } = 1.0;

    /// <summary>Validation of a pattern match's letters and digits: <c>luhn</c> or <c>tw-id</c> (national ID / resident certificate check digit); none when empty.</summary>
    public string? Checksum { get; set; }

    /// <summary>Fewest letters and digits a match must hold (separators not counted).</summary>
    public int? MinLength { get; set; }

    /// <summary>Most letters and digits a match may hold (separators not counted).</summary>
    public int? MaxLength { get; set; }

    /// <summary>When set, every character of a match must be one of these.</summary>
    public string? AllowedCharacters { get; set; }

    /// <summary>Patterns match case-insensitively. Default false.</summary>
    public bool IgnoreCase { get; set; }

    /// <summary>
    /// Longest time a pattern that needs backtracking may take on one text, in milliseconds (default 1000). Patterns run
    /// without backtracking where .NET can (<c>RegexOptions.NonBacktracking</c>, linear in the text, no limit needed); one
    /// that needs backtracking (lookarounds, back-references, atomic groups) runs under this limit, and a text that
    /// reaches it is refused (<see cref="RecognizerTimeoutException"/>) rather than passed on unscreened.
    /// </summary>
    public int MatchTimeoutMilliseconds { get; set; } = 1000;
}

/// <summary>One pattern of a <see cref="CustomRecognizerOptions"/>.</summary>
public sealed class CustomPatternOptions
{
    /// <summary>The regular expression.</summary>
    public string? Regex { get; set; }

    /// <summary>Score of a match before context (0–1). Default 0.6.</summary>
    public double Score { get; set; } = 0.6;
}
