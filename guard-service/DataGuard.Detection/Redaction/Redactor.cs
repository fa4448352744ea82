using System.Text;

namespace DataGuard.Detection.Redaction;

/// <summary>Replaces findings in a text according to a <see cref="RedactionOperator"/>.</summary>
public static class Redactor
{
    /// <summary>
    /// Replaces each finding (non-overlapping, ordered by start) in <paramref name="text"/>.
    /// Placeholder and pseudonymize operators number values through <paramref name="map"/>; pass the same map for every
    /// text of one request so the same value gets the same placeholder throughout it. A new map is used when null.
    /// </summary>
    public static RedactionResult Redact(string text, IReadOnlyList<Finding> findings, RedactionOptions options, PseudonymMap? map = null)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (findings is null) throw new ArgumentNullException(nameof(findings));
        if (options is null) throw new ArgumentNullException(nameof(options));
        if (findings.Count == 0) return new RedactionResult(text, findings);
        if (options.Operator == RedactionOperator.Hash && (options.HashKey is null || options.HashKey.Length == 0))
            throw new ArgumentException("The hash operator needs RedactionOptions.HashKey.", nameof(options));

        map ??= new PseudonymMap();
        var result = new StringBuilder(text.Length);
        int copied = 0;
        foreach (var finding in findings)
        {
            if (finding.Start < copied) continue; // overlapping finding: the earlier one already covers it
            result.Append(text, copied, finding.Start - copied);
            var original = text.Substring(finding.Start, finding.Length);
            result.Append(Replacement(finding, original, options, map));
            copied = finding.End;
        }
        result.Append(text, copied, text.Length - copied);
        return new RedactionResult(result.ToString(), findings);
    }

    private static string Replacement(Finding finding, string original, RedactionOptions options, PseudonymMap map) => options.Operator switch
    {
        RedactionOperator.Placeholder or RedactionOperator.Pseudonymize => map.GetOrAdd(finding.Type, finding.NormalizedValue, original),
        RedactionOperator.Hash => "<" + finding.Type + ":" + Fingerprint.Compute(options.HashKey!, finding) + ">",
        _ => Mask(original, options),
    };

    private static string Mask(string original, RedactionOptions options)
    {
        int keepFirst = Math.Max(0, Math.Min(options.MaskKeepFirst, original.Length / 2));
        int keepLast = Math.Max(0, Math.Min(options.MaskKeepLast, original.Length - keepFirst - 1));
        var chars = original.ToCharArray();
        for (int i = keepFirst; i < chars.Length - keepLast; i++)
        {
            if (!char.IsWhiteSpace(chars[i]) && chars[i] != '-') chars[i] = options.MaskChar;
        }
        return new string(chars);
    }
}
