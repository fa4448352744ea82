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
        if (EdgesCardGroup(text, i) || EndsIdValue(text, i) || OpensIdGroup(text, i)) return true;
        if (SeparatesLetter(text, i)) return false;
        // Two 1s side by side are two bars (A1||234567): each is read with the other's neighbour. Round 35: a bar may open a
        // group after its hyphen (0936-|45270), as a 1 may.
        if (i == 0 || i + 1 >= text.Length || !(IsValueChar(text[i - 1]) || text[i - 1] is '|' or '-' && i > 1 && IsValueChar(text[i - 2]))) return false;
        if (text[i + 1] == '|' && i + 2 < text.Length) i++;
        int from = i;
        while (from > 0 && IsRunChar(text[from - 1])) from--;
        while (!IsValueChar(text[from])) from++; // a row's bar or a hyphen before the run
        if (IsExtension(text, from)) return false;
        from = Math.Max(from, FirstDigit(text, from, i) - MaxLeadingLetters);
        if (text[i + 1] == '-')
            return i + 2 < text.Length && IsDigitLike(text[i + 2]) && i - from <= MaxGroupBeforeHyphen && text.Slice(from, i - from).IndexOfAny('|', '-') < 0;
        if (!IsDigitLike(text[i + 1])) return false;
        int to = i + 1;
        while (to < text.Length && IsRunChar(text[to])) to++;
        while (!IsValueChar(text[to - 1])) to--; // and after it
        var run = text.Slice(from, to - from);
        // "分機702|345-ZB": letters after the run's last hyphen are a digits-first plate's in the next cell; a value's letters lead.
        // A bar inside that last group is the group's own (0912-345-6|Z; Round 35).
        int hyphen = run.LastIndexOf('-');
        int hyphens = CountOf(run, '-');
        bool grouped = InShortGroups(run, hyphens);
        return (run.Length - hyphens <= MaxRun || grouped) && CountOf(run, '|') <= MaxBars + (grouped ? hyphens : 0) // one more bar per group past the first
            && (hyphen < 0 || hyphen < i - from || AsciiChars.IsDigit(run[hyphen + 1]));
    }

    /// <summary>
    /// Round 35 (categories of set U28): a card typed in hyphenated groups of four is longer than any run a bar may join
    /// (4|52-6O|8-|590-8309), but no row of cells: every group is a card's, none longer than <see cref="MaxGroup"/>.
    /// </summary>
    private static bool InShortGroups(ReadOnlySpan<char> run, int hyphens)
    {
        if (run.Length - hyphens > MaxGroupedRun || hyphens == 0) return false;
        for (int start = 0; start <= run.Length;)
        {
            int end = run.Slice(start).IndexOf('-');
            int length = end < 0 ? run.Length - start : end;
            if (length > MaxGroup) return false;
            start += length + 1;
        }
        return true;
    }

    /// <summary>What a bar between an ID's letter and the rest reads as: a separator of the value's own.</summary>
    public static readonly FoldedChar Separator = new('|', CharKind.Separator, Evasions.None);

    /// <summary>An ID's or certificate's characters after its letter.</summary>
    private const int IdRest = 9;

    /// <summary>
    /// Round 36 (categories of sets U29, U30): whether the bar at <paramref name="i"/> sets an ID's letter apart from the
    /// rest (E|2xxxxxxxx, Z|Dxxxxxxxx): one letter before it that starts a word (not a table cell's: no bar or tab before
    /// it), exactly nine letters and digits after it. Read as a separator, not a 1: the ID's ten characters are around it.
    /// </summary>
    public static bool SeparatesLetter(ReadOnlySpan<char> text, int i)
    {
        if (i < 1 || text[i] != '|' || !AsciiChars.IsLetter(text[i - 1])) return false;
        if (i >= 2 && (IsValueChar(text[i - 2]) || CellBreaks.Is(text[i - 2]))) return false;
        int rest = 0;
        for (int k = i + 1; k < text.Length && rest <= IdRest && IsValueChar(text[k]); k++) rest++;
        return rest == IdRest;
    }

    /// <summary>An ID's or certificate's characters, its letter included.</summary>
    private const int IdLength = 10;

    /// <summary>How far after a bar that ends a value its line is searched for another bar (a row's next cell break).</summary>
    private const int RowReach = 24;

    /// <summary>
    /// Round 38 (categories of sets U33, U34): a scanned ID's or certificate's last 1 read as a bar (F8265307|, Q1907|56|):
    /// the bar closes a run that starts with a letter and makes ten characters with it, nothing of a value after it, and no
    /// bar of a row around it (no bar before the run, none later on its line; a tab-separated row's cell may end so). The nine characters alone are no value,
    /// so the bar read as a 1 is the only reading; the checksum still decides.
    /// </summary>
    private static bool EndsIdValue(ReadOnlySpan<char> text, int i)
    {
        if (i == 0 || !IsValueChar(text[i - 1]) || i + 1 < text.Length && IsRunChar(text[i + 1])) return false;
        int from = i;
        while (from > 0 && i - from < IdLength && (IsValueChar(text[from - 1]) || text[from - 1] == '|')) from--;
        if (i + 1 - from != IdLength || !AsciiChars.IsLetter(text[from]) || from > 0 && IsRunChar(text[from - 1])) return false;
        if (CountOf(text.Slice(from, i - from), '|') >= MaxBars) return false;
        int before = Spaces.StartBefore(text, from);
        return (before == 0 || text[before - 1] is not ('|' or '\uFF5C')) && !BarLaterOnLine(text, i + 1);
    }

    /// <summary>
    /// Round 38 (categories of sets U33, U34): a scanned ID's 1 read as a bar at the start of a group after a space
    /// (A12345 |789, A1 2345 |789): the groups before it, one space apart, start with a letter, and with the bar and the
    /// characters glued after it they make ten. A table's bar has a space after it too.
    /// </summary>
    private static bool OpensIdGroup(ReadOnlySpan<char> text, int i)
    {
        if (i < 2 || text[i - 1] != ' ' || i + 1 >= text.Length || !IsDigitLike(text[i + 1])) return false;
        int from = i - 1, characters = 0; // from the space before the bar, back over the groups and the single spaces between them
        while (from > 0 && characters < IdLength)
        {
            char c = text[from - 1];
            if (IsValueChar(c)) characters++;
            else if (!(c == ' ' && text[from] != ' ' && from >= 2 && IsValueChar(text[from - 2]))) break;
            from--;
        }
        if (characters < 2 || !AsciiChars.IsLetter(text[from]) || from > 0 && IsRunChar(text[from - 1])) return false;
        int to = i + 1;
        while (to < text.Length && characters + to - i < IdLength && IsValueChar(text[to])) to++;
        return characters + to - i == IdLength && (to == text.Length || !IsRunChar(text[to]));
    }

    // Whether another bar stands after `from` on its line, within RowReach characters.
    private static bool BarLaterOnLine(ReadOnlySpan<char> text, int from)
    {
        for (int k = from; k < text.Length && k - from < RowReach && text[k] is not ('\n' or '\r'); k++)
        {
            if (text[k] is '|' or '\uFF5C') return true;
        }
        return false;
    }

    /// <summary>
    /// Round 36 (categories of sets U29, U30): a bar typed for a 1 at the edge of a card's group of four, on the side
    /// away from the space between groups (4xxx |xxx xxxx …, 4xxx xxx| xxxx …): the bar's group and the groups on both
    /// sides of it, one space away, are four digits or look-alikes each, as a card is printed. A table's bar has a space
    /// on both sides, or cells of other widths beside it.
    /// </summary>
    private static bool EdgesCardGroup(ReadOnlySpan<char> text, int i)
    {
        bool opens = i > 0 && text[i - 1] == ' ' && i + 1 < text.Length && IsDigitLike(text[i + 1]);
        bool closes = i + 1 < text.Length && text[i + 1] == ' ' && i > 0 && IsDigitLike(text[i - 1]);
        if (opens == closes) return false;
        int start = opens ? i : i - (MaxGroup - 1), end = start + MaxGroup; // the bar's group
        bool rest = opens ? DigitGroupAt(text, i + 1, 1) == MaxGroup - 1 : DigitGroupAt(text, i - 1, -1) == MaxGroup - 1;
        return rest && start >= 2 && text[start - 1] == ' ' && DigitGroupAt(text, start - 2, -1) == MaxGroup
            && end + 1 < text.Length && text[end] == ' ' && DigitGroupAt(text, end + 1, 1) == MaxGroup;
    }

    // How many digits or look-alikes stand in a row from `from` in the direction of `step` (counted to one past a group).
    private static int DigitGroupAt(ReadOnlySpan<char> text, int from, int step)
    {
        int count = 0;
        for (int k = from; k >= 0 && k < text.Length && count <= MaxGroup && IsDigitLike(text[k]); k += step) count++;
        return count;
    }

    /// <summary>The longest group of a run in short groups: a card's four characters.</summary>
    private const int MaxGroup = 4;

    /// <summary>The most letters and digits of a run in short groups: a card's nineteen digits.</summary>
    private const int MaxGroupedRun = 19;

    /// <summary>
    /// A letter or digit of a value, as the chain reads it: ASCII, or a letter folded from a look-alike of another script
    /// (a Cyrillic Е before the bar of Е|27…; Round 35, set U28). Chinese numerals are words around the bar, not its run.
    /// </summary>
    private static bool IsValueChar(char c)
    {
        if (AsciiChars.IsLetterOrDigit(c)) return true;
        var folded = CharFolding.Fold(c);
        return folded.Kind is CharKind.Letter or CharKind.Digit && (folded.Evasions & Evasions.ChineseNumerals) == 0;
    }

    /// <summary>
    /// A digit, or a letter typed for one (<see cref="DigitLookalikes.AsDigitOcr(char, bool)"/>: 4|Z7S26, 3|B), after the bar:
    /// Round 35 (set U28) — the recognizers still validate what the bar joins.
    /// </summary>
    private static bool IsDigitLike(char c)
    {
        if (AsciiChars.IsDigit(c)) return true;
        if (!IsValueChar(c)) return false;
        var folded = CharFolding.Fold(c);
        return folded.Kind == CharKind.Digit || AsciiChars.IsDigit(DigitLookalikes.AsDigitOcr(folded.Value, (folded.Evasions & Evasions.LowerCase) != 0));
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

    private static bool IsRunChar(char c) => c is '|' or '-' || IsValueChar(c);

    // (netstandard2.0 has no span Count: the one counter is the table reader's)
    private static int CountOf(ReadOnlySpan<char> run, char c) => Recognizers.TableCell.CountOf(run, c);
}
