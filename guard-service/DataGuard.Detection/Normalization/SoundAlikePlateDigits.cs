using DataGuard.Detection.Recognizers;

namespace DataGuard.Detection.Normalization;

/// <summary>
/// det-plates43 (set U45, training): a plate's digit group written in sound-alike characters (諧音), alone or mixed with Arabic
/// and Chinese numerals — BML-6零無衣, LQG-妻舞山, 爸妻舞-VZ, and after letters spelt with the alphabet's words (Charlie/Papa/Victor
/// _巴９巴酒). <see cref="HomophoneDigits"/> reads runs of a whole phone's or ID's length only; a plate's group is two to five
/// digits, and such a run is a word as often (舞衣, 山吧). So the group is read only where a plate's layout holds it: the whole
/// run of digit characters, no gap inside, beside a letter group of two or three across one separator, the pair ending there,
/// and the counts a layout of <see cref="PlateLayouts"/>. The group's start is handed to the merge, which keeps the reading only
/// where a plate label, a driving verb, a vehicle noun or a role word lifts the plate above the 2012 layout's bare score
/// (<see cref="HomophoneReading"/>).
/// </summary>
internal static class SoundAlikePlateDigits
{
    /// <summary>The most marks between the letter group and the digit group (ABC-, ABC _, ABC／ , ABC - ).</summary>
    private const int MaxSeparators = 3;

    /// <summary>The most sound-alikes common in prose (無, 是, 路…) in one group: a group of words holds more.</summary>
    private const int MaxCommon = 1;

    /// <summary>
    /// Rewrites the digit group around the sound-alike at <paramref name="hit"/> when it stands in a plate's layout; letters are
    /// read in <paramref name="rewritten"/> where a reading has put them (spelt with the alphabet's words). Returns the group's
    /// end (or hit + 1) and the group's start in <paramref name="guard"/> (-1 when nothing was rewritten).
    /// </summary>
    public static int RewriteAt(string text, int hit, ref char[]? rewritten, out int guard)
    {
        guard = -1;
        var span = text.AsSpan();
        int start = hit, end = hit + 1;
        while (start > 0 && IsGroupDigit(span[start - 1])) start--;
        while (end < span.Length && IsGroupDigit(span[end])) end++;
        // 車牌是衣寺溜午-TQ: a sound-alike common in prose opening the group is the word before it (是, 路), not its digit.
        while (start < hit && SoundAlikeTable.IsCommonInProse(span[start])) start++;
        int digits = end - start;
        if (digits is < 2 or > 5 || !FewCommon(span, start, end)) return end;
        ReadOnlySpan<char> letters = rewritten is null ? span : rewritten;
        bool lettersFirst = LetterGroupBefore(letters, start, out int count);
        if (!lettersFirst && !LetterGroupAfter(letters, end, out count)) return end;
        if (!PlateLayouts.TryFind(lettersFirst, count, digits, out _)) return end;
        if (!lettersFirst && start > 0 && IsValueChar(letters[start - 1]) || lettersFirst && end < span.Length && IsValueChar(letters[end])) return end;
        rewritten ??= text.ToCharArray();
        for (int k = start; k < end; k++)
        {
            if (SoundAlikeTable.DigitOf(span[k]) is char digit && rewritten[k] == span[k]) rewritten[k] = digit;
        }
        guard = start;
        return end;
    }

    // A digit, a numeral or a sound-alike of any kind (common ones are counted apart).
    private static bool IsGroupDigit(char c) => HomophoneDigits.IsDigit(c);

    // At most one common sound-alike, and only in a group of three digits or more (留意 WH-…: two characters, one of them a
    // common word's, are a word).
    private static bool FewCommon(ReadOnlySpan<char> text, int start, int end)
    {
        int common = 0;
        for (int k = start; k < end; k++)
        {
            if (SoundAlikeTable.IsCommonInProse(text[k])) common++;
        }
        return common <= MaxCommon && common * DigitsPerCommon <= end - start;
    }

    /// <summary>The fewest digits of a group that holds a common sound-alike.</summary>
    private const int DigitsPerCommon = 3;

    // Two or three letters ending one to three separators before the group, read backwards; invisible fillers and one blank or
    // mark between letters (K S S－, C​P​V) are passed over; a letter or digit before them means more of a word or code.
    private static bool LetterGroupBefore(ReadOnlySpan<char> text, int start, out int count)
    {
        count = 0;
        int k = SkipSeparators(text, start - 1, step: -1);
        if (k < 0 || k == start - 1 || !IsLetter(text[k])) return false;
        while (k >= 0 && count <= 3)
        {
            if (IsLetter(text[k])) count++;
            else if (!(IsInvisible(text[k]) || IsSpacing(text[k]) && k > 0 && IsLetterOrInvisible(text[k - 1]))) break;
            k--;
        }
        return count is 2 or 3 && (k < 0 || !IsValueChar(text[k]));
    }

    // Two or three letters after one to three separators after the group (爸妻舞-VZ), the run of letters ending there.
    private static bool LetterGroupAfter(ReadOnlySpan<char> text, int end, out int count)
    {
        count = 0;
        int k = SkipSeparators(text, end, step: 1);
        if (k >= text.Length || k == end || !IsLetter(text[k])) return false;
        while (k < text.Length && IsLetter(text[k]) && count <= 3)
        {
            count++;
            k++;
        }
        return count is 2 or 3 && (k >= text.Length || !IsValueChar(text[k])) && !LeadsOn(text, k);
    }

    // The letters lead on into more of a value across a mark other than a blank (留意 WH-拐三八: WH opens a letters-first
    // plate of its own; …-QB 2.被害車 is a list's next item).
    private static bool LeadsOn(ReadOnlySpan<char> text, int k)
    {
        if (k >= text.Length || Blanks.IsOrNoBreak(text[k])) return false;
        int next = SkipSeparators(text, k, step: 1);
        return next > k && next < text.Length && IsValueChar(text[next]);
    }

    // The index of the first character past at most MaxSeparators visible separators (and any invisible ones) from `from` in
    // the direction of `step`.
    private static int SkipSeparators(ReadOnlySpan<char> text, int from, int step)
    {
        int k = from, n = 0;
        while (k >= 0 && k < text.Length && IsSeparator(text[k]) && (IsInvisible(text[k]) || ++n <= MaxSeparators)) k += step;
        return k;
    }

    // A value's separator (-, _, ~, /, *, a blank, a dot, their full-width and drawn forms), not a clause mark (、，。): those
    // part a list. An invisible character may stand there as well.
    private static bool IsSeparator(char c) =>
        c is not ('、' or '，' or '。' or '､' or '｡') && (CharFolding.KindOf(c) is CharKind.Separator or CharKind.Invisible || c is '*' or '＊');

    private static bool IsLetter(char c) => CharFolding.KindOf(c) == CharKind.Letter;

    private static bool IsInvisible(char c) => CharFolding.KindOf(c) == CharKind.Invisible;

    private static bool IsLetterOrInvisible(char c) => IsLetter(c) || IsInvisible(c);

    private static bool IsSpacing(char c) => c is ' ' or '/' or '／' or '-' or '·';

    // A letter or a digit of any kind: more of a code or a word beside the pair.
    private static bool IsValueChar(char c) => CharFolding.KindOf(c) is CharKind.Letter or CharKind.Digit;
}
