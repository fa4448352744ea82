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

    /// <summary>Written-out at signs ("name [at] example [dot] com"); the dots may be written out too.</summary>
    private static readonly string[] SpelledAt = { "[at]", "(at)", "{at}", "<at>", "［at］", "（at）" };

    private static readonly string[] SpelledDot = { "[dot]", "(dot)", "{dot}", "<dot>", "［dot］", "（dot）" };

    public override string[] Anchors { get; } = Concat(new[] { "@", "\uFF20" }, SpelledAt);

    public override void OnAnchor(ReadOnlySpan<char> text, int at, int anchorEnd, ref CandidateSink sink, int priority)
    {
        if (anchorEnd - at > 1)
        {
            OnSpelledAt(text, at, anchorEnd, ref sink, priority);
            return;
        }
        int start = at;
        while (start > 0 && IsLocal(text[start - 1])) start--;
        while (start < at && (Fold(text[start]) == '.' || CharFolding.KindOf(text[start]) == CharKind.Invisible)) start++;
        if (start == at) return;

        int end = anchorEnd;
        while (end < text.Length && IsDomain(text[end])) end++;
        while (end > anchorEnd && (Fold(text[end - 1]) is '.' or '-' || CharFolding.KindOf(text[end - 1]) == CharKind.Invisible)) end--;
        if (!HasTopLevelDomain(text.Slice(anchorEnd, end - anchorEnd))) return;

        if (!sink.TryScore(text, Type, start, end, ContextProfile.None, Score, out double score)) return;
        sink.Add(new Candidate(Type, start, end, score, EvasionsIn(text.Slice(start, end - start)), Normalize(text.Slice(start, end - start)), priority));
    }

    // jerry.cheng [at] pchome [dot] com.tw, jerry.cheng(at)pchome.com.tw
    private void OnSpelledAt(ReadOnlySpan<char> text, int at, int anchorEnd, ref CandidateSink sink, int priority)
    {
        int localEnd = at;
        while (localEnd > 0 && at - localEnd < 2 && text[localEnd - 1] == ' ') localEnd--;
        int start = localEnd;
        while (start > 0 && IsLocal(text[start - 1])) start--;
        while (start < localEnd && Fold(text[start]) == '.') start++;
        if (start == localEnd) return;

        var domain = new System.Text.StringBuilder();
        int i = anchorEnd;
        while (i < text.Length && i - anchorEnd < 2 && text[i] == ' ') i++;
        int end = i;
        while (true)
        {
            int labelStart = i;
            while (i < text.Length && (IsDomain(text[i]) && Fold(text[i]) != '.')) i++;
            if (i == labelStart) break;
            if (domain.Length > 0) domain.Append('.');
            AppendFolded(domain, text.Slice(labelStart, i - labelStart));
            end = i;
            if (i < text.Length && Fold(text[i]) == '.') { i++; continue; }
            int next = SpelledDotEnd(text, i);
            if (next < 0) break;
            i = next;
        }
        var domainText = domain.ToString();
        if (!HasTopLevelDomain(domainText.AsSpan())) return;
        if (!sink.TryScore(text, Type, start, end, ContextProfile.None, Score, out double score)) return;
        var local = new System.Text.StringBuilder();
        AppendFolded(local, text.Slice(start, localEnd - start));
        sink.Add(new Candidate(Type, start, end, score, Evasions.Separators, local + "@" + domainText.ToLowerInvariant(), priority));
    }

    // End of a written-out dot at i (optionally surrounded by one space), or -1.
    private static int SpelledDotEnd(ReadOnlySpan<char> text, int i)
    {
        int j = i < text.Length && text[i] == ' ' ? i + 1 : i;
        foreach (var dot in SpelledDot)
        {
            if (j + dot.Length <= text.Length && text.Slice(j, dot.Length).Equals(dot.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                int after = j + dot.Length;
                return after < text.Length && text[after] == ' ' ? after + 1 : after;
            }
        }
        return -1;
    }

    private static void AppendFolded(System.Text.StringBuilder builder, ReadOnlySpan<char> value)
    {
        foreach (char c in value)
        {
            var folded = CharFolding.Fold(c);
            if (folded.Kind == CharKind.Invisible) continue;
            builder.Append(folded.Kind == CharKind.Letter && (folded.Evasions & Evasions.LowerCase) != 0 ? char.ToLowerInvariant(folded.Value) : folded.Value);
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
