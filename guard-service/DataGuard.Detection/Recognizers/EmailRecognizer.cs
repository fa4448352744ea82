using DataGuard.Detection.Normalization;
using DataGuard.Detection.Pipeline;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// E-mail addresses, anchored on '@' (or full-width '＠'): a local part of letters, digits and . _ % + -, and a domain
/// of at least two labels ending in an alphabetic top-level domain. Full-width and invisible characters are undone.
/// </summary>
internal sealed class EmailRecognizer : AnchoredRecognizer
{
    private const double Score = 0.95;

    public override string Type => EntityTypes.EmailAddress;

    public override void Scan(ReadOnlySpan<char> text, ref CandidateSink sink, int priority)
    {
        int from = 0;
        while (from < text.Length)
        {
            int hit = text.Slice(from).IndexOfAny('@', '\uFF20');
            if (hit < 0) return;
            int at = from + hit;
            from = at + 1;

            int start = at;
            while (start > 0 && IsLocal(text[start - 1])) start--;
            while (start < at && (Fold(text[start]) == '.' || CharFolding.KindOf(text[start]) == CharKind.Invisible)) start++;
            if (start == at) continue;

            int end = at + 1;
            while (end < text.Length && IsDomain(text[end])) end++;
            while (end > at + 1 && (Fold(text[end - 1]) is '.' or '-' || CharFolding.KindOf(text[end - 1]) == CharKind.Invisible)) end--;
            if (!HasTopLevelDomain(text.Slice(at + 1, end - at - 1))) continue;

            if (!sink.TryScore(text, Type, start, end, ContextProfile.None, Score, out double score)) continue;
            sink.Add(new Candidate(Type, start, end, score, EvasionsIn(text.Slice(start, end - start)), Normalize(text.Slice(start, end - start)), priority));
            from = end;
        }
    }

    private static char Fold(char c) => CharFolding.Fold(c).Value;

    private static bool IsLocal(char c)
    {
        var folded = CharFolding.Fold(c);
        if (folded.Kind == CharKind.Invisible) return true;
        if ((folded.Evasions & (Evasions.ChineseNumerals | Evasions.Homoglyph)) != 0) return false;
        return folded.Kind is CharKind.Digit or CharKind.Letter || folded.Value is '.' or '_' or '%' or '+' or '-';
    }

    private static bool IsDomain(char c)
    {
        var folded = CharFolding.Fold(c);
        if (folded.Kind == CharKind.Invisible) return true;
        if ((folded.Evasions & (Evasions.ChineseNumerals | Evasions.Homoglyph)) != 0) return false;
        return folded.Kind is CharKind.Digit or CharKind.Letter || folded.Value is '.' or '-';
    }

    private static bool HasTopLevelDomain(ReadOnlySpan<char> domain)
    {
        int dot = -1;
        for (int i = domain.Length - 1; i >= 0; i--) if (Fold(domain[i]) == '.') { dot = i; break; }
        if (dot <= 0 || domain.Length - dot - 1 < 2) return false;
        for (int i = dot + 1; i < domain.Length; i++)
        {
            var folded = CharFolding.Fold(domain[i]);
            if (folded.Kind != CharKind.Letter && folded.Kind != CharKind.Invisible) return false;
        }
        return true;
    }

    private static Evasions EvasionsIn(ReadOnlySpan<char> value)
    {
        var evasions = Evasions.None;
        foreach (char c in value)
        {
            evasions |= CharFolding.Fold(c).Evasions & (Evasions.FullWidth | Evasions.ZeroWidth);
            if (c == '\uFF20') evasions |= Evasions.FullWidth;
        }
        return evasions;
    }

    // Canonical form: full-width folded to ASCII, invisible characters dropped, domain lower-cased.
    private static string Normalize(ReadOnlySpan<char> value)
    {
        var result = new System.Text.StringBuilder(value.Length);
        bool domain = false;
        foreach (char c in value)
        {
            var folded = CharFolding.Fold(c);
            if (folded.Kind == CharKind.Invisible) continue;
            char ascii = folded.Kind == CharKind.Letter ? (folded.Evasions.HasFlag(Evasions.LowerCase) ? char.ToLowerInvariant(folded.Value) : folded.Value) : folded.Value;
            if (c is '@' or '\uFF20')
            {
                ascii = '@';
                domain = true;
            }
            result.Append(domain ? char.ToLowerInvariant(ascii) : ascii);
        }
        return result.ToString();
    }
}
