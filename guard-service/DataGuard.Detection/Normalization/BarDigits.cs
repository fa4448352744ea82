namespace DataGuard.Detection.Normalization;

/// <summary>
/// A vertical bar that an OCR pass or a hurried typist puts for a 1 (L2|4567890, E|23456|78, 09|2 345 678, 098|-601-770;
/// set U8): read as a lower-case l — a look-alike digit the recognizers weigh as they weigh l — only between a letter or
/// digit and a digit, inside a short run. A bar between two cells of a pasted row (A123456789|0912-345-678, 分機702|ABC-1234,
/// 分機702|345-ZB) stands between two values, so the run it would join is longer than any one value, or letters follow the
/// digits, and the bar stays a cell break (<see cref="CellBreaks"/>).
/// </summary>
internal static class BarDigits
{
    /// <summary>
    /// The most letters and digits, bars included, of a run a bar is read in: a +886 mobile's (886-9|2-345678); an ID or a
    /// mobile after a short cell (702|0912345678, 702|0912-345-678) has more.
    /// </summary>
    private const int MaxRun = 12;

    /// <summary>Most bars in one run (E|23456|78); more are a row of short cells (1|2|3|4).</summary>
    private const int MaxBars = 2;

    /// <summary>Before a hyphen, the bar closes a value's first group only after a group this short (098|-601-770).</summary>
    private const int MaxGroupBeforeHyphen = 4;

    /// <summary>What the bar reads as: a lower-case l, a 1 in disguise.</summary>
    public static readonly FoldedChar One = new('L', CharKind.Letter, Evasions.LowerCase | Evasions.Homoglyph);

    /// <summary>
    /// Whether the bar at <paramref name="i"/> reads as a 1: an ASCII letter or digit glued before it and a digit after it
    /// (or a hyphen and a digit after a short first group), in a run of at most <see cref="MaxRun"/> letters and digits.
    /// </summary>
    public static bool ReadsAsOne(ReadOnlySpan<char> text, int i)
    {
        // Two 1s side by side are two bars (A1||234567): each is read with the other's neighbour.
        if (i == 0 || i + 1 >= text.Length || !(AsciiChars.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '|' && i > 1 && AsciiChars.IsLetterOrDigit(text[i - 2]))) return false;
        if (text[i + 1] == '|' && i + 2 < text.Length) i++;
        int from = i;
        while (from > 0 && IsRunChar(text[from - 1])) from--;
        while (!AsciiChars.IsLetterOrDigit(text[from])) from++; // a row's bar or a hyphen before the run
        if (IsExtension(text, from)) return false;
        from = Math.Max(from, FirstDigit(text, from, i) - MaxLeadingLetters);
        if (text[i + 1] == '-')
            return i + 2 < text.Length && AsciiChars.IsDigit(text[i + 2]) && i - from <= MaxGroupBeforeHyphen && text.Slice(from, i - from).IndexOfAny('|', '-') < 0;
        if (!AsciiChars.IsDigit(text[i + 1])) return false;
        int to = i + 1;
        while (to < text.Length && IsRunChar(text[to])) to++;
        while (!AsciiChars.IsLetterOrDigit(text[to - 1])) to--; // and after it
        var run = text.Slice(from, to - from);
        // "分機702|345-ZB": letters after the run's last hyphen are a digits-first plate's in the next cell; a value's letters lead.
        int hyphen = run.LastIndexOf('-');
        return run.Length - CountOf(run, '-') <= MaxRun && CountOf(run, '|') <= MaxBars && (hyphen < 0 || AsciiChars.IsDigit(run[hyphen + 1]));
    }

    /// <summary>A value's letters before its digits: an old certificate's two; more are a label glued before it (ARCNC8|5…).</summary>
    private const int MaxLeadingLetters = 2;

    // The first digit of the run up to the bar, or the bar itself (D|2345678: the bar is the first digit).
    private static int FirstDigit(ReadOnlySpan<char> text, int from, int bar)
    {
        while (from < bar && !AsciiChars.IsDigit(text[from])) from++;
        return from;
    }

    // "分機702|345-ZB", "轉45|6", "#702|…": an extension's digits end their cell at the bar; the next cell is another value.
    private static bool IsExtension(ReadOnlySpan<char> text, int from) => from > 0 && text[from - 1] is '機' or '机' or '轉' or '转' or '#';

    private static bool IsRunChar(char c) => c is '|' or '-' || AsciiChars.IsLetterOrDigit(c);

    // netstandard2.0 has no span Count.
    private static int CountOf(ReadOnlySpan<char> run, char c)
    {
        int count = 0;
        foreach (char k in run) if (k == c) count++;
        return count;
    }
}
