using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// What every reading of a phone number shares: the forms a match can take (its variant, which says how to normalise it),
/// the scores of the Taiwan forms, and the shape tests that tell a phone's digits from a date, a document number or the
/// tail of a longer number.
/// </summary>
internal static class PhoneForms
{
    internal const double MobileScore = 0.85;
    internal const double GroupedLandlineScore = 0.75;

    internal const int NationalForm = 0;
    internal const int PlusForm = 1;
    internal const int PlusFormWithTrunkZero = 2;
    internal const int LocalForm = 3;
    internal const int DialPrefixForm = 4;
    internal const int AbroadForm = 5;

    /// <summary>A Taiwan number whose leading 0 a spreadsheet dropped (<see cref="DroppedTrunkZero"/>): every digit follows +886.</summary>
    internal const int TrunkZeroDroppedForm = -1;

    /// <summary>A mobile typed backwards (<see cref="ReversedValues"/>, round 41): its digits turned round are the national form.</summary>
    internal const int ReversedForm = -2;

    /// <summary>Variants from here on are foreign national numbers; the E.164 form is recomputed from the region.</summary>
    internal const int ForeignNationalForm = 6;

    /// <summary>
    /// A complete Taiwan number read out in groups with filler words between them (0912 然後 345 再來 678): a phone only
    /// where the text says so (+0.3 for a phone word around it; a weak word such as 聯絡 is not enough), since two numbers side
    /// by side can join into this shape. It then outscores a reading of the groups after the filler alone (0.6).
    /// </summary>
    internal const double SplitScore = 0.34;

    // No separator and no invisible character (a soft hyphen between groups is grouping, hidden) in the first count.
    internal static bool IsUngrouped(in Chain chain, int count) =>
        chain.GapCount(count) == 0 && (chain.EvasionsOf(count) & Evasions.ZeroWidth) == 0;

    // "失聯日期 110/03/05，家鄉電話 +63…", "派出所 2024-03-15 值勤表": year, month and day between slashes, hyphens or dots
    // are a date, whatever country or desk is named before it; det-ocr45 (set U50, T: 自20/05/2025起失聯): so are a day and a
    // month before a year of 19xx or 20xx, in either order.
    internal static bool IsSlashDate(in Chain chain, int count)
    {
        Span<int> values = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        int group = 0, start = 0;
        for (int i = 1; i <= count; i++)
        {
            if (i < count && chain.Gaps[i] == 0) continue;
            if (group == 3 || (i < count && chain.GapChars[i] is not ('/' or '-' or '.')) || i - start > (group is 0 or 2 ? 4 : 2)) return false;
            int value = 0;
            for (int k = start; k < i; k++) value = value * 10 + chain.DigitAt(k);
            lengths[group] = i - start;
            values[group++] = value;
            start = i;
        }
        if (group != 3) return false;
        if (lengths[2] == 4) return lengths[0] <= 2 && values[2] is >= 1900 and <= 2099 && IsDayAndMonth(values[0], values[1]);
        return lengths[2] <= 2 && values[1] is >= 1 and <= 12 && values[2] is >= 1 and <= 31;
    }

    // A day and a month in either order (20/05, 05/20).
    private static bool IsDayAndMonth(int a, int b) => a is >= 1 and <= 31 && b is >= 1 and <= 31 && (a <= 12 || b <= 12);

    // "+1 (635) 555 0188": the digits before the gap make this the tail of a longer number, not a national number of its own.
    internal static bool ContinuesDigits(ReadOnlySpan<char> text, int start)
    {
        if (NumberedRows.OpensItem(text, start)) return false; // "2. 090-…": the digit before is the item's number (round 40)
        for (int i = start - 1; i >= 0 && start - i <= 3; i--)
        {
            var kind = CharFolding.KindOf(text[i]);
            // (det-foreign45: 0958421237/0227224952/762-2013 — the next item of a list of whole phones starts a new number)
            if (kind == CharKind.Digit) return !ChainReader.IsInWord(text, i) && !LocalNumberCues.ListedAfterPhone(text, start) && !EndsLetteredCode(text, i) // 大陸 153…: 陸 is the word's
                                               && !CallRecordRows.EndsRowTime(text, i, start); // det-calls46: a call record's 07:19:15 before it
            // A list ("…肆伍零、132-4167-6593") or the next cell of a row ("K900000000⇥01012345678") starts a new number.
            if (text[i] is '、' or '，' or ',' or '；' or ';' or '\t' or '|') return false;
            if (kind is not (CharKind.Separator or CharKind.Invisible)) return false;
        }
        return false;
    }

    /// <summary>Fewest digits of an ID's or certificate's tail after its letters (RC20664276: eight, A123456789: nine).</summary>
    private const int MinLetteredCodeDigits = 8;

    // det-foreign45: "Nguyen RC20664276 017-325 2708": the digits before end a code led by letters (an ID, a certificate) —
    // a value of its own, one space before the next cell of a row cut by single spaces.
    internal static bool EndsLetteredCode(ReadOnlySpan<char> text, int last)
    {
        int first = last;
        while (first > 0 && (uint)(text[first - 1] - '0') <= 9) first--;
        return last - first + 1 >= MinLetteredCodeDigits && first > 0 && AsciiChars.IsLetter(text[first - 1]);
    }

    /// <summary>Fewest cells of a fixed-width row whose wide gap parts two cells rather than a number's groups.</summary>
    private const int MinSpacedRowCells = 3;

    // Round 37 (categories of sets U31, U32): "Jose Cruz  FC20473187  088-417-…": digits before a wide gap (two
    // spaces or an ideographic space) are the cell before the number when it fills its cell of a fixed-width row, not the
    // head of a longer number.
    internal static bool StartsSpacedCell(ReadOnlySpan<char> text, int start, int end)
    {
        int i = start;
        while (i > 0 && text[i - 1] is ' ' or '\u3000') i--;
        if (i == 0 || (start - i < 2 && text[i] != '\u3000')) return false;
        return IsSpacedRow(text, start) && TableCell.FillsSpacedCell(text, start, end);
    }

    // Round 37: "…  088-417-2093  0912-…": in a fixed-width row, two spaces end the number's cell; the digits after them are
    // the next cell's. The first count of digits that stays in the cell.
    internal static int DigitsInSpacedCell(ReadOnlySpan<char> text, in Chain chain, int digits)
    {
        for (int i = 1; i < digits; i++)
        {
            if (chain.Gaps[i] < 2 || chain.GapChars[i] != ' ') continue;
            int from = chain.EndOf(i);
            if (text.Slice(from, chain.Positions[i] - from).IndexOf("  ".AsSpan()) < 0) continue;
            return IsSpacedRow(text, chain.Start) ? i : digits;
        }
        return digits;
    }

    // A line of three cells or more apart by wide gaps, with no other delimiter.
    private static bool IsSpacedRow(ReadOnlySpan<char> text, int at)
    {
        int lineStart = TableCell.LineStart(text, at);
        var line = text.Slice(lineStart, TableCell.LineEnd(text, at) - lineStart);
        return TableCell.DelimiterOf(line) == '\0' && TableCell.SpacedCells(line.Trim()) >= MinSpacedRowCells;
    }

    internal static bool StartsWith886(in Chain chain) =>
        chain.Length > 3 && chain.Chars[0] == '8' && chain.Chars[1] == '8' && chain.Chars[2] == '6';

    // "…號" right after the digits (but not 號碼) ends a document or case number: 警署刑偵字第0950001234號函.
    internal static bool IsDocumentNumber(ReadOnlySpan<char> text, int end) =>
        end < text.Length && text[end] == '號' && (end + 1 == text.Length || text[end + 1] != '碼');

    internal static bool OpensWithParenthesis(ReadOnlySpan<char> text, int start) =>
        start > 0 && (text[start - 1] == '(' || text[start - 1] == '\uFF08');

    internal static bool ClosesParenthesis(ReadOnlySpan<char> text, int start, int end) =>
        text.Slice(start, end - start).IndexOfAny(')', '\uFF09') >= 0;
}
