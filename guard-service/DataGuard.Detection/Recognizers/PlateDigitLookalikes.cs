using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;
using static DataGuard.Detection.Recognizers.PlateShape;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Letters typed for a plate's digits (KWY-93B6, 0B3o-NK, DK 3S9S: O for 0, I or l for 1, and inside the group B for 8,
/// S for 5 and the OCR set of <see cref="DigitLookalikes.AsDigitOcr(char, bool)"/>). The digit group is read as the digits it disguises and the plate as its layout,
/// scored lower: part numbers mix letters into digits too, so such a reading needs the words around it to stand.
/// </summary>
internal static class PlateDigitLookalikes
{
    /// <summary>Taken off the layout's score: with its hyphen a 2012 plate so written needs a plate or vehicle word around it.</summary>
    internal const double Penalty = 0.25;

    /// <summary>At most this many letters stand for digits, beside at least <see cref="MinRealDigits"/> real ones.</summary>
    private const int MaxSwapped = 2;

    /// <summary>
    /// Right after a plate label or a driving verb, a digit group set apart by its hyphen may hide one more (車牌 NWT-ZlS7): the
    /// label, not the digits, says a plate follows (round 31).
    /// </summary>
    private const int MaxSwappedWhenNamed = 3;

    private const int MinRealDigits = 2;

    /// <summary>
    /// Taken off instead of <see cref="Penalty"/> where the 2012 layout itself says which places are digits: three letters, a
    /// hyphen, then four places that must all be digits (KLT-6lB7, CQL-O597: set U56, round 47). Part and stock codes take
    /// that shape too, so a label or column naming one still keeps the reading silent.
    /// </summary>
    internal const double PlacedPenalty = 0.05;

    /// <summary>Characters before a value searched for a label of a look-alike code (SKU ABC-12S4, 料號：ABC-12S4).</summary>
    private const int CodeLabelReach = 8;

    public delegate bool LayoutReader(ReadOnlySpan<char> text, in Chain chain, bool lettersFirst, int first, int second, out ChainMatch match);

    /// <summary>Reads a chain of two groups, one of letters and one of digits with look-alike letters, through <paramref name="readLayout"/>.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, in Chain chain, LayoutReader readLayout, out ChainMatch match)
    {
        match = default;
        int first = GroupLength(chain, 0);
        if (first is < 2 or > 4 || first >= chain.Length) return false;
        int second = GroupLength(chain, first);
        // The two groups end the chain (≤ 9 characters: 2+5 at most), or a space or a field's mark follows them (…KTV-2T58
        // 2024/03/02 22:42:30: a hit list's time, round 25); a hyphen after them continues a longer code (AB-12O3-4567).
        if (chain.Length > 9 && first + second < chain.Length && IsHyphenLike(chain.GapChars[first + second])) return false;
        if (chain.Length > 9 && first + second >= chain.Length) return false;
        bool lettersFirst = AllLetters(chain, 0, first);
        if (lettersFirst == AllLetters(chain, first, second)) return false;
        int digitsFrom = lettersFirst ? first : 0, digits = lettersFirst ? second : first;
        // Most chains of two groups are codes of letters and digits: the copy is made only for a group a look-alike could disguise.
        int minReal = MinRealDigitsOf(chain, first, digits);
        if (digits is < 2 or > 5 || !MayDisguiseDigits(chain, digitsFrom, digits, minReal)) return false;
        Span<char> view = stackalloc char[chain.Length];
        chain.Chars.Slice(0, chain.Length).CopyTo(view);
        int maxSwapped = minReal == 1 && PlateContext.IsNamedImmediately(text, chain.Start) ? MaxSwappedWhenNamed : MaxSwapped;
        if (!ReadDigits(chain, view, digitsFrom, digits, minReal, maxSwapped) || lettersFirst && PlateContext.IsMake(chain.Chars.Slice(0, first))) return false; // BMW 520i
        scoped Chain disguised = chain;
        disguised.Chars = view;
        if (!readLayout(text, disguised, lettersFirst, first, second, out match)) return false;
        Penalise(text, ref match, PlacedByLayout(text, chain, lettersFirst, first, second, match) ? PlacedPenalty : Penalty);
        return true;
    }

    // "KLT-6lB7": the current scheme's 3+4 with its hyphen (letters as the chain folds them), at least two real digits among the four places
    // and at least one look-alike drawn like a digit (l, I, O, o; see IsDigitTwin); no
    // label of a part, model or stock code right before it and nothing else the value names.
    private static bool PlacedByLayout(ReadOnlySpan<char> text, in Chain chain, bool lettersFirst, int first, int second, in ChainMatch match)
    {
        if (!lettersFirst || first != 3 || second != 4 || chain.Length != 7 || chain.Gaps[3] != 1 || !IsHyphenLike(chain.GapChars[3])) return false;
        for (int i = 0; i < 3; i++) if ((uint)(chain.Chars[i] - 'A') > 'Z' - 'A') return false;
        int real = 0;
        bool digitTwin = false;
        for (int i = 3; i < 7; i++)
        {
            if ((uint)(chain.Chars[i] - '0') <= 9) real++;
            else digitTwin |= IsDigitTwin(text[chain.Positions[i]]);
        }
        if (real < MinRealDigits || !digitTwin) return false;
        return !ContextScorer.IsLabelled(text, match.Start, PlateColumn.LookAlikeHeaders, CodeLabelReach)
            && !PlateContext.NamesSomethingElse(text, match.Start, match.End, currentScheme: true);
    }

    // l, I, O and o are drawn like 1 and 0 in the fonts people type in, so among a plate's digits they are a disguise; B, S and Z
    // are letters of their own that part and model codes put among digits (請參考 ABC-12B5 的說明), so alone they still need a word.
    private static bool IsDigitTwin(char original) => original is 'l' or 'I' or 'O' or 'o';

    /// <summary>Takes <paramref name="penalty"/> (the <see cref="Penalty"/> unless said) off a layout read through look-alikes and flags the disguise.</summary>
    internal static void Penalise(ReadOnlySpan<char> text, ref ChainMatch match, double penalty = Penalty)
    {
        double before = match.BaseScore;
        match.BaseScore -= penalty;
        match.Evasions |= Evasions.Homoglyph;
        // Round 38 (set U34: BKT-l295 in a chat of identifiers, a plate column of a pasted table): the layout stood alone
        // before the penalty, so the words that lift one that cannot were not asked; they are now.
        if (before >= PlateContext.StandAloneScore && match.BaseScore < PlateContext.StandAloneScore)
            match.BaseScore += PlateContext.WeakLayoutBoost(text, match.Start, match.End);
    }

    // Swaps the look-alikes of the group for digits; true when the group is then all digits, with a few swapped and enough real.
    // "KW-7OI", "5OO-KW": a group of three or more set apart by its hyphen may keep a single real digit beside two look-alikes;
    // the hyphen, not the digits, says where the letters end (round 26).
    private static int MinRealDigitsOf(in Chain chain, int boundary, int digits) =>
        digits >= 3 && chain.Gaps[boundary] == 1 && IsHyphenLike(chain.GapChars[boundary]) ? 1 : MinRealDigits;

    private static bool ReadDigits(in Chain chain, Span<char> view, int from, int count, int minReal, int maxSwapped)
    {
        int swapped = 0;
        for (int i = from; i < from + count; i++)
        {
            char c = view[i];
            if ((uint)(c - '0') <= 9) continue;
            // The first digit takes only O, I and l (AB1234567 is a code's shape), unless a separator sets the group apart from
            // the plate's letters (MRW-b358, TKA g635: the letters end at the gap, and the look-alike starts the digits).
            view[i] = i == from && (from == 0 || chain.Gaps[from] == 0) ? DigitLookalikes.AsDigit(c) : DigitLookalikes.AsDigitOcr(chain, i);
            if ((uint)(view[i] - '0') > 9) return false;
            swapped++;
        }
        return swapped >= 1 && swapped <= maxSwapped && count - swapped >= minReal;
    }

    // Every character of the group is a digit or one of the look-alike letters, and at least minReal are digits.
    private static bool MayDisguiseDigits(in Chain chain, int from, int count, int minReal)
    {
        int real = 0;
        for (int i = from; i < from + count; i++)
        {
            char c = chain.Chars[i];
            if ((uint)(c - '0') <= 9) real++;
            else if ((uint)(DigitLookalikes.AsDigitOcr(chain, i) - '0') > 9) return false;
        }
        return real >= minReal && real < count;
    }

    // "I38-KW", "O25-KM", "l627-RT": a digits-first plate whose first digit is typed as O, I or l starts with a letter; the
    // chain is still read as digits first when a real digit follows it (round 26).
    internal static bool StartsWithLookalikeDigit(in Chain chain) =>
        chain.Length > 2 && chain.Gaps[1] == 0 && (uint)(DigitLookalikes.AsDigit(chain.Chars[0]) - '0') <= 9 && (uint)(chain.Chars[1] - '0') <= 9;

    // Characters from `from` up to the next gap (or the chain's end).
    private static int GroupLength(in Chain chain, int from)
    {
        int i = from + 1;
        while (i < chain.Length && chain.Gaps[i] == 0) i++;
        return i - from;
    }

    private static bool AllLetters(in Chain chain, int from, int count)
    {
        for (int i = from; i < from + count; i++) if (!IsLetter(chain.Chars[i])) return false;
        return true;
    }
}
