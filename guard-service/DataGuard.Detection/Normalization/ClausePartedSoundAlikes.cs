namespace DataGuard.Detection.Normalization;

/// <summary>
/// det-heard44 (set U48: 電話鈴寺，尔棲舞菱，韭鈴山依; 被害人手機 玲久漆爸，寺屋衫，衣似而): a value read out in sound-alike
/// characters with a clause mark (，、,) where the speaker paused between its groups. <see cref="HomophoneDigits"/> ends a run
/// at a clause mark (a list's items are parted so), so each group alone is too short to be read. Here the groups are read
/// as one run only where every part of the value's shape agrees: two to six groups, each of a value's group length (the
/// first one to four digits, the others two to four), the digits together a whole value (ten or nine from a 0, a card's
/// fifteen or sixteen, nine after a glued letter, ten to thirteen after a plus, seven or eight right after a phone label),
/// and the run disguised on purpose (three sound-alikes rare in prose, or two Han numerals beside one). The recognizers
/// still validate the digits and score them with their context words (a clause-parted number needs its label there).
/// </summary>
internal static class ClausePartedSoundAlikes
{
    private const int MaxGroups = 6;
    private const int MaxGroupDigits = 4;
    private const int MinGroupDigits = 2;
    private const int MaxDigits = 19;

    /// <summary>Sound-alikes rare in prose that make a run a disguise on purpose (as <see cref="HomophoneDigits"/>' own runs).</summary>
    private const int DisguisingSoundAlikes = 3;

    private const int DisguisingNumerals = 2;

    /// <summary>At most one digit in this many a sound-alike common in prose (是, 路…), as in the runs of <see cref="HomophoneDigits"/>.</summary>
    private const int DigitsPerCommonSoundAlike = 4;

    /// <summary>
    /// Rewrites the clause-parted run around the sound-alike at <paramref name="hit"/> when its shape is a whole value's;
    /// returns its end, or -1 where it is none (nothing rewritten).
    /// </summary>
    public static int RewriteAt(string text, int hit, ref char[]? rewritten)
    {
        var span = text.AsSpan();
        if (!BesideDigitOrPause(span, hit - 1) && !BesideDigitOrPause(span, hit + 1)) return -1; // 中山路, 下午: a word in prose
        int start = FirstGroupStart(span, hit);
        var run = Walk(span, start);
        if (run.Groups < 2) return -1; // no pause after the group: most hits (中山路, 下午) end here
        // A common one glued after the last digit is taken first where it makes the run whole as well (…衣似而: ten from a 0,
        // not nine); one glued before the first only where the run is no whole value without it.
        bool whole = TakesCommonAfter(span, start, ref run) || run.Qualifies(span, start) || TakesCommonBefore(span, ref start, ref run);
        if (!whole) return -1;
        rewritten ??= text.ToCharArray();
        for (int k = start; k < run.End; k++)
        {
            if (SoundAlikeTable.DigitOf(span[k]) is char digit && rewritten[k] == span[k]) rewritten[k] = digit;
            // An ASCII comma parts a list for the chain reader (one, two, three); inside a run of this shape it is the pause
            // between a value's groups, so the copy reads it as the blank it stands for.
            else if (span[k] == ',') rewritten[k] = ' ';
        }
        return run.End;
    }

    // As HomophoneDigits' disguised runs: a run one digit short (or, after, nine from a 0 where ten make a mobile) takes a sound-alike common in prose glued to its first or
    // last digit (而疤醫，衫酒山玲; 玲久漆爸，寺屋衫，衣似而) where that makes it whole — only then, a word otherwise.
    private static bool TakesCommonAfter(ReadOnlySpan<char> text, int start, ref Run run)
    {
        int end = run.End;
        if (run.Groups < 2 || end >= text.Length || !HomophoneDigits.TakenAtEdge(text, end, end + 1)
            || end + 1 < text.Length && HomophoneDigits.IsDigit(text[end + 1])) return false;
        var longer = run.WithCommonAfter();
        if (!longer.Qualifies(text, start)) return false;
        run = longer;
        return true;
    }

    private static bool TakesCommonBefore(ReadOnlySpan<char> text, ref int start, ref Run run)
    {
        if (start > 0 && HomophoneDigits.TakenAtEdge(text, start - 1, start - 2) && (start < 2 || !HomophoneDigits.IsDigit(text[start - 2])))
        {
            var longer = Walk(text, start - 1);
            if (longer.Groups == run.Groups && longer.Qualifies(text, start - 1))
            {
                (start, run) = (start - 1, longer);
                return true;
            }
        }
        return false;
    }

    // Back from the hit's group over clause marks to the first group before them (at most MaxGroups in all).
    private static int FirstGroupStart(ReadOnlySpan<char> text, int hit)
    {
        int start = HomophoneDigits.RunStart(text, hit);
        for (int groups = 1; groups < MaxGroups; groups++)
        {
            int k = SkipBlanksBack(text, start - 1);
            if (k < 0 || !IsClauseMark(text[k])) break;
            k = SkipBlanksBack(text, k - 1);
            if (k < 0 || !HomophoneDigits.IsDigit(text[k]) || SoundAlikeTable.IsCommonInProse(text[k])) break;
            start = HomophoneDigits.RunStart(text, k);
        }
        return start;
    }

    private static Run Walk(ReadOnlySpan<char> text, int start)
    {
        var run = new Run { End = start };
        int at = start;
        while (run.Groups < MaxGroups)
        {
            int end = GroupEnd(text, at, ref run, out int groupDigits);
            if (groupDigits == 0) break;
            run.Note(groupDigits);
            run.End = end;
            int next = SkipBlanks(text, end);
            if (next >= text.Length || !IsClauseMark(text[next])) break;
            next = SkipBlanks(text, next + 1);
            // The next group opens on a digit, or on a common sound-alike with another digit glued after it: after a pause,
            // 是 or 路 alone is a word (…，是我兒子的), but 救四六 is a group.
            if (next >= text.Length || !OpensGroup(text, next)) break;
            at = next;
        }
        return run;
    }

    // The end of the group from `at` (after its last digit that is no common sound-alike), counting its digits into the run.
    private static int GroupEnd(ReadOnlySpan<char> text, int at, ref Run run, out int digits)
    {
        int end = at, gap = 0, pendingCommon = 0;
        digits = 0;
        for (int k = at; k < text.Length; k++)
        {
            char c = text[k];
            if (SoundAlikeTable.IsCommonInProse(c))
            {
                pendingCommon++;
                gap = 0;
            }
            else if (HomophoneDigits.IsDigit(c))
            {
                digits += pendingCommon + 1;
                run.Common += pendingCommon;
                if (HomophoneDigits.DigitOf(c) is not null) run.Rare++;
                else if (CharFolding.IsHan(c)) run.Numerals++;
                pendingCommon = 0;
                end = k + 1;
                gap = 0;
            }
            else if (!HomophoneDigits.IsGap(c) || ++gap > HomophoneDigits.MaxGap) break;
        }
        return end;
    }

    private static bool OpensGroup(ReadOnlySpan<char> text, int at) =>
        HomophoneDigits.IsDigit(text[at])
        && (!SoundAlikeTable.IsCommonInProse(text[at]) || at + 1 < text.Length && HomophoneDigits.IsDigit(text[at + 1]) && !SoundAlikeTable.IsCommonInProse(text[at + 1]));

    // A digit that is no common sound-alike, a value's separator or a clause mark at k: what stands beside a group's character.
    private static bool BesideDigitOrPause(ReadOnlySpan<char> text, int k) =>
        k >= 0 && k < text.Length
        && (IsClauseMark(text[k]) || HomophoneDigits.IsGap(text[k]) || HomophoneDigits.IsDigit(text[k]) && !SoundAlikeTable.IsCommonInProse(text[k]));

    private static int SkipBlanks(ReadOnlySpan<char> text, int k)
    {
        while (k < text.Length && text[k] is ' ' or '\u3000') k++;
        return k;
    }

    private static int SkipBlanksBack(ReadOnlySpan<char> text, int k)
    {
        while (k >= 0 && text[k] is ' ' or '\u3000') k--;
        return k;
    }

    private static bool IsClauseMark(char c) => c is '，' or ',' or '、' or '﹐' or '､';

    private struct Run
    {
        public int End, Groups, Digits, Rare, Common, Numerals, FirstGroup, LastGroup;
        public bool GroupsFit;

        /// <summary>The run with the common sound-alike right after its last digit as one more digit of its last group.</summary>
        public readonly Run WithCommonAfter()
        {
            var longer = this;
            longer.End++;
            longer.Digits++;
            longer.Common++;
            longer.LastGroup++;
            longer.GroupsFit &= longer.LastGroup <= MaxGroupDigits;
            return longer;
        }

        public void Note(int groupDigits)
        {
            if (Groups == 0)
            {
                FirstGroup = groupDigits;
                GroupsFit = groupDigits <= MaxGroupDigits;
            }
            else GroupsFit &= groupDigits is >= MinGroupDigits and <= MaxGroupDigits;
            Groups++;
            Digits += groupDigits;
            LastGroup = groupDigits;
        }

        public readonly bool Qualifies(ReadOnlySpan<char> text, int start) =>
            Groups >= 2 && GroupsFit && Digits <= MaxDigits
            && (Rare >= DisguisingSoundAlikes || Numerals >= DisguisingNumerals && Rare >= 1)
            && Common * DigitsPerCommonSoundAlike <= Digits
            && IsWhole(text, start);

        // A whole value's count of digits for what stands before the run and its first digit.
        private readonly bool IsWhole(ReadOnlySpan<char> text, int start)
        {
            bool zero = DigitAt(text, start) == '0';
            char before = start > 0 ? text[start - 1] : '\0';
            var kind = CharFolding.Fold(before).Kind;
            if (kind == CharKind.Plus) return Digits is >= 10 and <= 13;
            if (kind == CharKind.Letter) return Digits == 9;
            return zero && Digits is 9 or 10
                || Digits is 15 or 16
                || Digits is 7 or 8 && HomophoneDigits.AfterPhoneLabel(text, start);
        }

        private static char DigitAt(ReadOnlySpan<char> text, int at) => SoundAlikeTable.DigitOf(text[at]) ?? CharFolding.Fold(text[at]).Value;
    }
}
