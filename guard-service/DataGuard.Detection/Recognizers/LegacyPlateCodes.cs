using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;
using static DataGuard.Detection.Recognizers.ChainRecognizer;
using static DataGuard.Detection.Recognizers.LicensePlateRecognizer;
using static DataGuard.Detection.Recognizers.PlateContext;
using static DataGuard.Detection.Recognizers.PlateShape;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Plates of the 1992–2012 series whose code mixes a letter and a digit (9H-0123, 6551-4U, VG3-522), plain, spelt out
/// or read with spoken words between the groups. Like every older layout they need context to stand.
/// </summary>
internal static class LegacyPlateCodes
{
    /// <summary>
    /// Older motorcycle plates whose three-character code holds one digit, in any of its three places, then three digits
    /// (前三後三, docs/taiwan-formats.md §c: VG3-522, K5R-218, 2FA-233; ＴＺ３－８０７ after 舊式機車, ph3-867 after 失竊車號).
    /// With the hyphen (or an invisible character standing for it) context decides, as for the other older layouts; with a
    /// space or joined (M7T 415, 機車車號P6W304) only a plate word, a driving verb, a vehicle noun or verb, or a plate column
    /// names it.
    /// </summary>
    internal static bool TryLettersDigitCode(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        const int count = 6;
        if (chain.Length < count || !IsThreeCharacterCode(chain) || !chain.AllDigits(3, 3)) return false;
        if (chain.Gaps[1] > 0 || chain.Gaps[2] > 0 || chain.Gaps[4] > 0 || chain.Gaps[5] > 0) return false;
        bool hyphen = chain.Gaps[3] > 0 ? IsHyphenLike(chain.GapChars[3]) : HidesHyphen(chain, 3);
        bool plain = chain.Gaps[3] == 0 ? !hyphen : chain.GapChars[3] is ' ' or '\u3000' or '.' or '_';
        if (!hyphen && !plain) return false;
        // "S八R-兩八兩": a code's digit read as a numeral between its letters changes script inside the code, as the digits do.
        bool numeralCode = chain.ScriptBreak is > 0 and < 3 && AllNumerals(chain, 3, count);
        if (!EndsAt(chain, count) && !NextCellGluedAfter(text, chain, count) || HasScriptBreak(chain, count) && !numeralCode) return false;
        // (the word, column and field look-ups asked after the shape tests, which cost less; det-speed45)
        if (!hyphen && !NamedOrInPlateColumn(text, chain) || LettersSpellWord(text, chain)) return false;
        double score = (hyphen ? MixedCodeHyphenScore : MixedCodePlainScore) + LettersDigitCodeBonus;
        if ((chain.EvasionsOf(count) & Evasions.Homoglyph) != 0 || HidesInvisible(chain, 3, count)) score += DisguiseBoost;
        if ((chain.EvasionsOf(count) & Evasions.LowerCase) != 0) score -= LowerCasePenalty;
        match = MatchOf(chain, count, score, unusualSeparators: false, variant: 3);
        match.BaseScore += NeighbourhoodAdjustment(text, match.Start, match.End, match.BaseScore);
        return !FollowsMake(text, match.Start, match.End);
    }

    // Two letters and one digit in the first three characters, the digit anywhere (VG3, K5R, 2FA).
    private static bool IsThreeCharacterCode(in Chain chain)
    {
        int letters = 0;
        for (int i = 0; i < 3; i++) if (IsLetter(chain.Chars[i])) letters++;
        return letters == 2;
    }

    // "of 1886"-style words in the code's two adjacent letters (NO3-123), unless a plate word names the value.
    private static bool LettersSpellWord(ReadOnlySpan<char> text, in Chain chain)
    {
        int from = IsLetter(chain.Chars[0]) && IsLetter(chain.Chars[1]) ? 0 : IsLetter(chain.Chars[1]) && IsLetter(chain.Chars[2]) ? 1 : -1;
        // (a plate column names it as a label does: a code whose letters spell a word under 機車車號)
        return from >= 0 && IsEnglishWord(chain, from, 2) && !(from == 0 && (LabelledWordLetters(text, chain, 2) || FillsPlateColumn(text, chain.Start, chain.EndOf(6))));
    }

    /// <summary>Two letters and a digit are as specific as the 2+3 layout's letters (0.35 with its hyphen).</summary>
    private const double LettersDigitCodeBonus = 0.05;

    /// <summary>
    /// A legacy mixed code and its digits with a line break or spoken words between them (車號9H-⏎0123, 車牌 3Z⏎-7123,
    /// 駕F2 嗯 233): like the older layouts so read, only right after a plate label, a driving verb or a vehicle noun.
    /// </summary>
    internal static bool TrySpokenMixedCode(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.Length < 4 || IsLetter(chain.Chars[0]) == IsLetter(chain.Chars[1]) && !IsLettersDigitCode(chain)) return false;
        // "車輛KC5-⏎903": two letters and a digit make the code as a letter and a digit do.
        int code = IsLettersDigitCode(chain) ? 3 : 2;
        if (chain.Gaps[1] > 0 || code == 3 && chain.Gaps[2] > 0 || chain.GapChars[code] != Chain.FillerGap) return false;
        int digits = RunLength(chain, code, letters: false);
        for (int k = code + 1; k < code + digits; k++)
        {
            if (chain.Gaps[k] > 0) digits = k - code; // the digits are one group
        }
        int count = code + digits;
        if (digits is < 2 or > 4 || code == 3 && digits != 3 || !chain.EndsCleanlyAfter(count) || !SpokenFillers.AllSpoken(text, chain, count)) return false;
        if (!IsNamedImmediately(text, chain.Start) || (chain.EvasionsOf(count) & Evasions.LowerCase) != 0) return false;
        match = MatchOf(chain, count, MixedCodeHyphenScore + DrivingVerbBoost, unusualSeparators: true, variant: code);
        return true;
    }

    // Two letters and a digit at the start of the chain (VG3, KC5).
    private static bool IsLettersDigitCode(in Chain chain) =>
        chain.Length > 3 && IsLetter(chain.Chars[0]) && IsLetter(chain.Chars[1]) && !IsLetter(chain.Chars[2]);

    /// <summary>
    /// The digits-first legacy forms (前三後二, 前四後二) with the mixed code after them (6551-4U, 8017-W1, 5001·A5, 288-R3,
    /// 232-C9): three or four digits, a separator, then a letter and a digit in either order. Like the mixed codes before
    /// the digits, it needs context.
    /// </summary>
    internal static bool TryMixedCodeLast(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match) =>
        TryMixedCodeLast(text, chain, digits: 4, out match) || TryMixedCodeLast(text, chain, digits: 3, out match);

    internal static bool TryMixedCodeLast(ReadOnlySpan<char> text, in Chain chain, int digits, out ChainMatch match)
    {
        match = default;
        int count = digits + 2;
        if (chain.Length < count || !chain.AllDigits(0, digits) || IsLetter(chain.Chars[digits]) == IsLetter(chain.Chars[digits + 1])
            || chain.Gaps[digits + 1] > 0)
            return false;
        if (chain.GapCount(count) > 1 || chain.GapEndsClause(text, digits) || !EndsAt(chain, count) && !NextCellGluedAfter(text, chain, count) || HasScriptBreak(chain, count)) return false;
        // Joined (7788K5, 開著46281T) only where a word or a column names the plate, as for the mixed codes before the digits.
        // 2023-5G, 1080-4K, 2024-3D; but "plate":"3181-1P", 騎乘6762 4p, a 車號 column's 4816-5P: a word or a column naming a plate decides.
        // (Asked once, after the shape tests, which cost less; det-speed45.)
        bool joined = chain.Gaps[digits] == 0 && (chain.Flags[digits] & (byte)Evasions.ZeroWidth) == 0;
        if ((joined || IsTechnicalSuffix(chain.Chars[digits], chain.Chars[digits + 1])) && !NamedOrInPlateColumn(text, chain)) return false;
        bool hyphen = chain.Gaps[digits] > 0 && IsHyphenLike(chain.GapChars[digits]);
        match = MatchOf(chain, count, hyphen ? MixedCodeHyphenScore : MixedCodePlainScore, unusualSeparators: false, variant: digits);
        // Digits first with the hyphen (or a soft hyphen standing for it) is a plate's shape, not a model code's (see
        // VehicleEntry.EndsDescription).
        bool plateShaped = hyphen || HidesHyphen(chain, digits);
        match.BaseScore += NeighbourhoodAdjustment(text, match.Start, match.End, match.BaseScore, plateShaped);
        return !FollowsMake(text, match.Start, match.End, plateShaped);
    }

    // A soft hyphen or other invisible character where the hyphen goes (6551\u00AD4U) stands for it.
    private static bool HidesHyphen(in Chain chain, int boundary) => chain.Gaps[boundary] == 0 && (chain.Flags[boundary] & (byte)Evasions.ZeroWidth) != 0;

    // (round 44: a joined code's cell ends where its letters and digits do, not where the chain read on across a column gap)
    private static bool NamedOrInPlateColumn(ReadOnlySpan<char> text, in Chain chain) =>
        IsNamedImmediately(text, chain.Start) || FillsPlateColumn(text, chain.Start, chain.EndOf(chain.Length))
        || PlateFieldName.NamedByField(text, chain.Start) || ListedBesidePlate(text, chain.Start, TokenEnd(text, chain.Start))
        || TokenEnd(text, chain.Start) < chain.EndOf(chain.Length) && FillsPlateColumn(text, chain.Start, TokenEnd(text, chain.Start)) || VehicleInRemarkAfter(text, chain.EndOf(chain.Length)) || VehicleVerbAfter(text, chain.EndOf(chain.Length));

    // Where the run of letters and digits starting at the value ends (H33859 of "H33859、ABC-1235"; round 44).
    private static int TokenEnd(ReadOnlySpan<char> text, int start)
    {
        while (start < text.Length && AsciiChars.IsLetterOrDigit(text[start])) start++;
        return start;
    }

    // A digit and G, K, D, P or X is a network generation, a resolution, dimensions or a zoom factor far more often than a plate code.
    private static bool IsTechnicalSuffix(char first, char second) =>
        (uint)(first - '0') <= 9 && second is 'G' or 'K' or 'D' or 'P' or 'X';

    /// <summary>
    /// Legacy 1992-series codes mixing a letter and a digit (9H-0123, F2-233; docs/taiwan-formats.md §c): a two-character
    /// code, a separator, then two to four digits. Too much like a part number to stand alone; context decides.
    /// </summary>
    internal static bool TryMixedCode(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.Length < 4 || IsLetter(chain.Chars[0]) == IsLetter(chain.Chars[1])) return false;
        // "舊式車牌U 5 1 5 5 5", "甲車7 V 1 2 3 5", a 車牌(舊) column's "Z 9 1 2 3 4": a mixed code spelt out a character at a
        // time stands only right after a plate label or a vehicle noun, or alone in a plate column.
        // So may its two characters alone, dictated one by one before the digits (車號是 M 5 一六二九, 那台車 6 R 槓 三拐八五).
        // ("5 K - 3 7 2 9": or spelt out with the hyphen kept between code and digits, round 32.)
        bool spelled = chain.Gaps[1] > 0 && (IsSpelledOut(chain, chain.Length) || IsSpelledOutAroundHyphen(text, chain, 2, chain.Length) || SpellsCodeOnly(chain))
            && (ContextScorer.IsLabelledImmediately(text, chain.Start, PlateLabelsImmediateByLastChar) || FollowsVehicleNoun(text, chain.Start)
                || FillsPlateColumn(text, chain.Start, chain.EndOf(chain.Length)));
        if (chain.Gaps[1] > 0 && !spelled) return false;
        // "976-1һ （115年…）", "231-3һ，111年3月": digits after an opening bracket or the end of the clause are not the code's.
        // (A tilde, Ｖ２～１２３４, is a separator like the hyphen it stands for.)
        if (chain.Gaps[2] > 0 && text.Slice(chain.EndOf(2), chain.Positions[2] - chain.EndOf(2)).IndexOfAny("(（[【，。；、,;") >= 0) return false;
        int digits = Math.Min(Math.Min(RunLength(chain, 2, letters: false), chain.ClauseLength(text, 2)), chain.LengthBeforeBracket(text, 2));
        for (int k = 3; k < 2 + digits; k++)
        {
            // "8V-4133/0931 005 787", "8V-4133 0931005787", "8V-41330931005787" (a mobile's cell glued on)
            if (EndsField(text, chain, k) || StartsNextValue(chain, 2, k) || NextCellGluedAfter(text, chain, k)) digits = k - 2;
        }
        if (digits > 2 && StartsNumeralWord(text, chain, 1 + digits)) digits--;
        // (round 44: "H33859  A123456789": a fixed-width row's column gap ends the code's digits as a clean end does)
        if (digits < 2 || digits > 4 || !spelled && chain.GapCount(2 + digits) > 1
            || !chain.EndsCleanlyAfter(2 + digits) && !NextCellGluedAfter(text, chain, 2 + digits) && !EndsField(text, chain, 2 + digits)) return false;
        // "車號拐L六八三四", "〇Y-二八二七": the code's digit read as a numeral glued to its letter is part of it.
        // "M 5 一六二九": digits read in numerals after a dictated code change script where the code ends.
        if (HasScriptBreak(chain, 2 + digits) && !(chain.ScriptBreak == 1 && (chain.Flags[0] & (byte)Evasions.ChineseNumerals) != 0)
            && !(spelled && chain.ScriptBreak == 2)) return false;
        // Joined (5C1234) only right after a plate label, a driving verb or a vehicle noun (騎5K8362離開), or alone in a
        // plate column, as a duty log writes a call down. (Asked after the shape tests above, which cost less: an ID's
        // letter and eight digits fail them without the column and field look-ups; det-speed45.)
        if (chain.Gaps[2] == 0 && (chain.Flags[2] & (byte)Evasions.ZeroWidth) == 0 && !NamedOrInPlateColumn(text, chain)) return false;
        bool hyphen = chain.Gaps[2] > 0 && (IsHyphenLike(chain.GapChars[2]) || IsSpacedHyphen(text, chain, 2));
        double score = hyphen ? MixedCodeHyphenScore : MixedCodePlainScore;
        if ((chain.EvasionsOf(2 + digits) & Evasions.Homoglyph) != 0 || HidesInvisible(chain, 2, 2 + digits)) score += DisguiseBoost; // Н6-123
        match = MatchOf(chain, 2 + digits, score, unusualSeparators: false, variant: 2);
        // A digit first (9H-0123) with the hyphen is a plate's shape; a letter first (F2-233) is a model code's too.
        bool plateShaped = (hyphen || HidesHyphen(chain, 2)) && !IsLetter(chain.Chars[0]);
        match.BaseScore += NeighbourhoodAdjustment(text, match.Start, match.End, match.BaseScore, plateShaped);
        return !FollowsMake(text, match.Start, match.End, plateShaped);
    }

    // The code's two characters apart by one or two spaces, the digits after them written as a group (K 3 5816, 8 K359,
    // 3 N 槓 六五二幺), not spelt apart in turn.
    private static bool SpellsCodeOnly(in Chain chain) =>
        chain.Length >= 4 && chain.Gaps[1] <= 2 && chain.GapChars[1] is ' ' or '\u3000' && chain.Gaps[3] == 0;

    private const double MixedCodeHyphenScore = 0.3;
    private const double MixedCodePlainScore = 0.2;
}
