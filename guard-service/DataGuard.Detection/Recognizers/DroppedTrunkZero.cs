using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 29 (categories of sets U17, U18): a Taiwan number whose leading 0 a spreadsheet dropped. A cell that stores
/// 0912345678 as a number shows and exports 912345678 — with thousands separators (912,345,678) or as a float (912345678.0)
/// — and 02-2345-6789 typed into such a cell becomes 2-2345-6789. Eight or nine digits are also amounts, counts and record
/// IDs, so the number is read only where a phone label stands right before it, or it fills its cell under a column the
/// header names a phone (a fixed-width printout's header too); never under a look-alike label.
/// </summary>
internal static class DroppedTrunkZero
{
    /// <summary>The digits a national number keeps without its 0: a Taipei or Taichung landline's eight, a mobile's nine.</summary>
    private const int Shortest = 8, Longest = 9;

    /// <summary>Only where its label or column names it: the shape alone is an amount's.</summary>
    private const double Score = 0.5;

    public static bool TryRead(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        // "+852-5811-6934", "007852 5452 0363": the tail of a longer number is no number of its own.
        if (PhoneForms.ContinuesDigits(text, chain.Start)) return false;
        for (int count = Math.Min(Longest, chain.Length); count >= Shortest; count--)
        {
            if (!chain.AllDigits(0, count) || !EndsAsExported(chain, count) || !GroupedAsExported(chain, count)) continue;
            if (!IsNationalWithoutZero(chain.Chars.Slice(0, count), FirstGroup(chain, count))) continue;
            // The cell holds the float's ".0" too: the header is asked about the whole cell.
            int cellEnd = chain.EndOf(count < chain.Length && chain.GapChars[count] == '.' ? count + 1 : count);
            if (!IsNamedPhone(text, chain.Start, cellEnd)) return false;
            match = ChainRecognizer.MatchOf(chain, count, Score, unusualSeparators: false, PhoneForms.TrunkZeroDroppedForm);
            return true;
        }
        return false;
    }

    // The chain ends after the digits, or the next cell's value follows a delimiter, or a float's ".0" closes them.
    private static bool EndsAsExported(in Chain chain, int count)
    {
        if (count == chain.Length) return !chain.EndGlued;
        if (chain.Gaps[count] == 0) return false;
        char gap = chain.GapChars[count];
        if (gap == '.') return chain.Chars[count] == '0' && (count + 1 == chain.Length ? !chain.EndGlued : chain.Gaps[count + 1] > 0 && IsCellBreak(chain.GapChars[count + 1]));
        return IsCellBreak(gap);
    }

    private static bool IsCellBreak(char c) => c is ',' or ';' or '\t' or '|' or '，' or '；' or '｜';

    // Joined, in a phone's groups (hyphens or spaces), or with an amount's thousands commas every three digits from the right.
    private static bool GroupedAsExported(in Chain chain, int count)
    {
        bool commas = false;
        for (int i = 1; i < count; i++)
        {
            if (chain.Gaps[i] == 0) continue;
            char gap = chain.GapChars[i];
            if (gap is ',' or '，') commas = true;
            else if (gap is not (' ' or '-' or '\u00A0')) return false;
        }
        if (!commas) return true;
        for (int i = 1; i < count; i++)
            if ((chain.Gaps[i] > 0) != ((count - i) % 3 == 0)) return false;
        return true;
    }

    // The digits before the first gap (all of them when joined).
    private static int FirstGroup(in Chain chain, int count)
    {
        int first = 1;
        while (first < count && chain.Gaps[first] == 0) first++;
        return first;
    }

    // A mobile, or a landline whose local part starts 2–9, of the numbering plan once its 0 is put back. A grouped landline
    // keeps its area code as the first group (2-2345-6789, 37-23-4567): 5811-6934 is a local number's grouping, not one
    // whose area code lost its 0.
    private static bool IsNationalWithoutZero(ReadOnlySpan<char> digits, int firstGroup)
    {
        Span<char> national = stackalloc char[digits.Length + 1];
        national[0] = '0';
        digits.CopyTo(national.Slice(1));
        return TaiwanNumberingPlan.TryLookup(national, out int length, out int localStart, out var kind) && length == national.Length
               && (kind == TaiwanNumberingPlan.Kind.Mobile
                   || kind == TaiwanNumberingPlan.Kind.Landline && national[localStart] >= '2' && (firstGroup == digits.Length || firstGroup == localStart - 1));
    }

    // A phone label or key right before it, or the header of the column whose cell it fills.
    private static bool IsNamedPhone(ReadOnlySpan<char> text, int start, int end)
    {
        if (ContextScorer.IsLabelled(text, start, PhoneWords.LookAlikeLabels, reach: 16)) return false;
        if (ContextScorer.IsLabelledImmediately(text, start, PhoneWords.Any)) return true;
        var header = TableCell.Header(text, start, end, out bool wholeCell);
        if (header.IsEmpty)
        {
            header = TableCell.SpacedHeader(text, start); // a fixed-width printout's column
            wholeCell = true;
        }
        return wholeCell && ContextWord.AnyIn(PhoneWords.Any, header) && !ContextWord.AnyIn(PhoneWords.LookAlikeWords, header);
    }
}
