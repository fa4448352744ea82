namespace DataGuard.Detection.Normalization;

/// <summary>
/// The normalised view of one candidate: the folded digits and letters that follow a start position in the original
/// text, with the original offset of each, the separators between them and the disguises undone. Built on stack
/// memory by <see cref="ChainReader"/>; recognizers match their layouts against it.
/// </summary>
internal ref struct Chain
{
    /// <summary>The most significant characters one chain holds (a 19-digit card or a +886 number with room to spare).</summary>
    public const int Capacity = 24;

    public Chain(Span<char> chars, Span<int> positions, Span<byte> gaps, Span<char> gapChars, Span<byte> flags, Span<byte> widths)
    {
        Widths = widths;
        Chars = chars;
        Positions = positions;
        Gaps = gaps;
        GapChars = gapChars;
        Flags = flags;
        Length = 0;
        HasPlus = false;
        PlusPosition = -1;
        EndGlued = false;
        ScriptBreak = 0;
    }

    /// <summary>Folded characters (upper-case ASCII letters and ASCII digits).</summary>
    public Span<char> Chars;

    /// <summary>Original offset of each folded character.</summary>
    public Span<int> Positions;

    /// <summary>Number of separator characters just before each character (0 = directly adjacent).</summary>
    public Span<byte> Gaps;

    /// <summary>The first separator character before each character (folded), or '\0'.</summary>
    public Span<char> GapChars;

    /// <summary>Evasions undone for each character (including invisible characters just before it).</summary>
    public Span<byte> Flags;

    /// <summary>UTF-16 code units each character takes in the original (2 for mathematical letters and digits such as 𝐀).</summary>
    public Span<byte> Widths;

    /// <summary>Number of characters read.</summary>
    public int Length;

    /// <summary>The chain starts with a plus sign (international phone form).</summary>
    public bool HasPlus;

    /// <summary>Offset of the plus sign, or -1.</summary>
    public int PlusPosition;

    /// <summary>The character right after the last one read is glued to it (more letters/digits beyond capacity, or '@').</summary>
    public bool EndGlued;

    /// <summary>
    /// Index of the first character written in another script than the one before it with nothing in between (an ASCII
    /// digit next to a Chinese numeral), or 0. See <see cref="ChainReader"/>.
    /// </summary>
    public int ScriptBreak;

    /// <summary>Offset where the chain starts in the original text (the plus sign if any).</summary>
    public readonly int Start => HasPlus ? PlusPosition : Positions[0];

    /// <summary>Exclusive end offset of the first <paramref name="count"/> characters.</summary>
    public readonly int EndOf(int count) => Positions[count - 1] + Widths[count - 1];

    /// <summary>
    /// Whether a value may end after <paramref name="count"/> characters: the next character is separated from it
    /// (identifiers must not be glued to more letters or digits, e.g. <c>A1234567890</c> is not an ID).
    /// </summary>
    public readonly bool EndsCleanlyAfter(int count) =>
        count < Length ? Gaps[count] > 0 : count == Length && !EndGlued;

    /// <summary>Evasions undone in the first <paramref name="count"/> characters (invisible characters before the first one are outside the value).</summary>
    public readonly Evasions EvasionsOf(int count)
    {
        int flags = Flags[0] & ~(int)Evasions.ZeroWidth;
        for (int i = 1; i < count; i++) flags |= Flags[i];
        return (Evasions)flags;
    }

    /// <summary>
    /// Whether a group ends before character <paramref name="index"/>: a separator, or an invisible character typed where a
    /// separator goes (002\u00AD81\u00AD80…: a soft hyphen groups as a hyphen does, hidden).
    /// </summary>
    public readonly bool IsGroupBoundary(int index) => Gaps[index] > 0 || (Flags[index] & (byte)Evasions.ZeroWidth) != 0;

    /// <summary>
    /// det-words42 (set U44): whether the gap before <paramref name="index"/> is only the one blank that parts two number
    /// words (`three seven six nine／zero seven…`): words are written apart, so that blank groups nothing; the marks between
    /// groups of words do.
    /// </summary>
    public readonly bool SpacesWords(int index) =>
        Gaps[index] == 1 && GapChars[index] is ' ' or '\u3000' or '\u00A0'
        && (Flags[index - 1] & Flags[index] & (byte)Evasions.NumberWords) != 0;

    /// <summary>Whether a group of the value ends before <paramref name="index"/>: a gap that is not <see cref="SpacesWords"/>.</summary>
    public readonly bool BreaksGroup(int index) => Gaps[index] > 0 && !SpacesWords(index);

    /// <summary>Number of places within the first <paramref name="count"/> characters where separators split the value.</summary>
    public readonly int GapCount(int count)
    {
        int gaps = 0;
        for (int i = 1; i < count; i++) if (Gaps[i] > 0) gaps++;
        return gaps;
    }

    /// <summary>
    /// Whether the separators in the first <paramref name="count"/> characters look like an attempt to hide the value
    /// rather than the usual grouping: more than <paramref name="maxGroups"/> groups, or more single-character groups
    /// than <paramref name="maxSingles"/>.
    /// </summary>
    public readonly bool HasUnusualGrouping(int count, int maxGroups, int maxSingles)
    {
        int groups = 1, singles = 0, run = 1;
        for (int i = 1; i < count; i++)
        {
            if (Gaps[i] > 0)
            {
                if (run == 1) singles++;
                groups++;
                run = 1;
            }
            else run++;
        }
        if (run == 1) singles++;
        return groups > maxGroups || singles > maxSingles;
    }

    /// <summary>
    /// Whether a separator other than the usual space, hyphen, dot, slash or parenthesis splits the first
    /// <paramref name="count"/> characters (0912、345、678, 0912🙂345🙂678, A_123_456_789).
    /// </summary>
    public readonly bool HasUnconventionalSeparator(int count)
    {
        for (int i = 1; i < count; i++)
        {
            if (Gaps[i] > 0 && !IsConventionalSeparator(GapChars[i])) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the gap before character <paramref name="index"/> ends a clause rather than grouping a value: CJK
    /// punctuation in it ("駕(ABC-1235)，111年", "日本 090-8202-1257，111年"), not only spaces, hyphens, dots and
    /// parentheses ("(212) 555-0123"). The reader reads on over such gaps; recognizers cut there.
    /// </summary>
    public readonly bool GapEndsClause(ReadOnlySpan<char> text, int index)
    {
        // A gap the filler reader read across holds speech inside the value ("(909) 然後 787 um，8803"), vetted there.
        if (index <= 0 || index >= Length || Gaps[index] == 0 || GapChars[index] == FillerGap) return false;
        for (int i = EndOf(index); i < Positions[index]; i++)
        {
            char c = text[i];
            var folded = CharFolding.Fold(c);
            // (an underscore joins the words of a name and is typed for a hyphen: 6218_K5; it ends no clause)
            if (folded.Kind == CharKind.Separator && !IsConventionalSeparator(folded.Value) && !IsProlongedSoundMark(folded.Value) && folded.Value != '_') return true;
        }
        return false;
    }

    // The katakana prolonged sound mark ー/ｰ a Japanese input method types for a hyphen (010ー1234ー5678): unusual (an
    // evasion) but grouping, not the end of a clause.
    private static bool IsProlongedSoundMark(char c) => c is '\u30FC' or '\uFF70';

    /// <summary>How many of the characters from <paramref name="from"/> come before the first gap that ends a clause.</summary>
    public readonly int ClauseLength(ReadOnlySpan<char> text, int from)
    {
        int i = from + 1;
        while (i < Length && !GapEndsClause(text, i)) i++;
        return Math.Min(i, Length) - from;
    }

    /// <summary>
    /// How many of the characters from <paramref name="from"/> come before a gap that opens a bracket: what follows is a
    /// remark on the value, never more of it ("AJT-1013（115年1月5日…）", "4988 4123 9788 7329（112年…）").
    /// </summary>
    public readonly int LengthBeforeBracket(ReadOnlySpan<char> text, int from)
    {
        int i = from + 1;
        // A gap the filler reader read across holds speech or a chat line's "[14:33] 小美: ", vetted there.
        while (i < Length && (Gaps[i] == 0 || GapChars[i] == FillerGap || text.Slice(EndOf(i), Positions[i] - EndOf(i)).IndexOfAny("(（[【") < 0)) i++;
        return Math.Min(i, Length) - from;
    }

    /// <summary>The separators of ordinary grouping (0912-345-678, (02) 2345 6789, ABC-1235).</summary>
    public static bool IsConventionalSeparator(char c) => c is ' ' or '-' or '.' or '/' or '(' or ')' or '\u00A0' or '\u3000'
        or '\u00B7' or '\u2027' or '\u30FB' or '\uFF65' or '\u2022' or '\u2219'; // middle dots and bullets: 0912·345·678, NME•8285

    /// <summary>Marks in <see cref="GapChars"/> a gap that holds filler words ("0912 然後 345"): see <see cref="ChainReader.ReadAcrossFillers"/>.</summary>
    public const char FillerGap = '\uE000';

    /// <summary>Whether filler words split the first <paramref name="count"/> characters.</summary>
    public readonly bool HasFiller(int count)
    {
        for (int i = 1; i < Math.Min(count, Length); i++) if (GapChars[i] == FillerGap) return true;
        return false;
    }

    /// <summary>True when every character in [from, to) is a digit.</summary>
    public readonly bool AllDigits(int from, int to)
    {
        if (to > Length) return false;
        for (int i = from; i < to; i++) if ((uint)(Chars[i] - '0') > 9) return false;
        return true;
    }

    /// <summary>True when every character in [from, to) is a letter.</summary>
    public readonly bool AllLetters(int from, int to)
    {
        if (to > Length) return false;
        for (int i = from; i < to; i++) if ((uint)(Chars[i] - 'A') > 25) return false;
        return true;
    }

    /// <summary>
    /// True when at least <paramref name="fewest"/> of the characters are digits. Asked of long chains that are mostly words
    /// of prose, so the count stops as soon as the characters left cannot make up the rest, or have (round 39).
    /// </summary>
    public readonly bool HoldsDigits(int fewest)
    {
        if (fewest <= 0) return true;
        for (int i = 0, digits = 0; i < Length; i++)
        {
            if (AsciiChars.IsDigit(Chars[i]))
            {
                if (++digits >= fewest) return true;
            }
            else if (digits + Length - 1 - i < fewest) return false;
        }
        return false;
    }

    /// <summary>The digit value at <paramref name="index"/> (caller has checked it is a digit).</summary>
    public readonly int DigitAt(int index) => Chars[index] - '0';
}
