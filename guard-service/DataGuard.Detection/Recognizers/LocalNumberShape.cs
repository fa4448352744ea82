using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// A local number without its area code read by its shape alone: seven or eight digits grouped the way Taiwan writes
/// local numbers (234-5678, 2345-6789, 2345 6789), unless what stands around it makes it something else — a date, a
/// time span, an amount or a count with its unit, a code glued to letters, a look-alike label, part of a longer run.
/// Cues that name a local number (labels, desks, owners) did not carry from one unseen set to the next; the shape does.
/// </summary>
internal static class LocalNumberShape
{
    /// <summary>
    /// Labels before a number that make it an amount, a code or a period (金額 2345-6789, 型號 2345-6789,
    /// 2019-2023年間 is read by its shape): on top of the phone recognizer's look-alike labels.
    /// </summary>
    private static readonly WordsByChar NotLocalLabels = new(ContextWord.All(new[]
    {
        "金額", "新臺幣", "新台幣", "台幣", "臺幣", "匯款", "轉帳", "轉入", "價格", "單價", "費用", "電話費", "型號", "料號", "貨號", "品號", "文號", "字號", "郵遞區號",
        "罰鍰", "罰款", "罰金", "薪資", "月薪", "收據", "支票", "保單", "劃撥", "調撥", "聯單", "公文", "里程", "介於", "範圍", "期間", "年間", "時段", "營業時間", "座標", "版本",
        "車號", "車牌", "牌照", "代號", "代碼", "編碼", "密碼", "驗證碼", "機號", "批次", "ISBN", "SN", "S/N", "No.",
    }), byLastChar: false);

    /// <summary>Characters right after the digits that make them a quantity: a currency, a measure word, a date or clock part.</summary>
    private const string Units = "元塊萬千百億円人件次個台臺輛張份號條年月日時點分秒歲公克斤米%％倍筆名位隻支封包箱頁字期屆樓吋碼組戶案坪";

    /// <summary>How far back in its clause a look-alike label keeps a local-shaped number from being read as a phone.</summary>
    private const int LabelReach = 16;

    /// <summary>
    /// Whether the first <paramref name="count"/> characters of the chain (all digits, ending cleanly) are a local
    /// number by their shape and what stands around them.
    /// </summary>
    public static bool Reads(ReadOnlySpan<char> text, in Chain chain, int count) =>
        (IsGroupedAsLocal(chain, count) || IsDictatedAfterColon(text, chain, count)) && !IsDateOrTimeSpan(chain, count)
        && !GluedToCode(text, chain.Start) && !AfterNumberedLabel(text, chain.Start) && !EndsAsQuantity(text, chain.EndOf(count))
        && !IsTailOfNumber(text, chain.Start)
        && !ContinuesValue(text, chain.Start)
        && !ContextScorer.IsLabelled(text, chain.Start, PhoneWords.LookAlikeLabels, LabelReach)
        && !ContextScorer.IsLabelled(text, chain.Start, NotLocalLabels, LabelReach)
        && !PlateFieldName.KeyNamesOther(text, chain.Start); // det-foreign45: a log's orderNo=3456-7890, caseId: 234-5678

    // 234-5678 or 2345 6789: one hyphen or space before the last four digits, nothing after them in the chain. Eight-digit
    // local numbers start with 2 to 8 (Taipei, Taichung), seven-digit ones with 2 to 9 (the local-number plan).
    private static bool IsGroupedAsLocal(in Chain chain, int count)
    {
        if (count is not (7 or 8) || chain.GapCount(count) != 1 || chain.Gaps[count - 4] != 1) return false;
        if (chain.GapChars[count - 4] is not ('-' or ' ' or '\u3000')) return false;
        if (chain.Chars[0] < '2' || chain.Chars[0] > (count == 8 ? '8' : '9')) return false;
        return count == chain.Length || (uint)(chain.Chars[count] - '0') > 9; // 2345 6789 0123: a longer run
    }

    // Round 34 (categories of set U25): seven or eight digits written whole, each as a Chinese numeral, standing alone in
    // their clause after a colon (他手寫在紙條上：二三六七一二四五。): a number dictated digit by digit, which is how a phone is
    // copied out and not how an amount or a code is written. The local plan's first digits hold as for grouped numbers.
    private static bool IsDictatedAfterColon(ReadOnlySpan<char> text, in Chain chain, int count)
    {
        if (count is not (7 or 8) || chain.GapCount(count) != 0 || chain.Chars[0] < '2' || chain.Chars[0] > (count == 8 ? '8' : '9')) return false;
        if (count < chain.Length && (uint)(chain.Chars[count] - '0') <= 9) return false;
        for (int i = 0; i < count; i++) if ((chain.Flags[i] & (byte)Evasions.ChineseNumerals) == 0) return false;
        int before = Spaces.StartBefore(text, chain.Start) - 1;
        if (before > 0 && text[before] is '「' or '"' or '(' or '（' or '[' or '【') before = Spaces.StartBefore(text, before) - 1; // ：「二三…」
        if (before < 0 || text[before] is not ('：' or ':')) return false;
        int after = Spaces.SkipForward(text, chain.EndOf(count));
        return after >= text.Length || text[after] is '。' or '，' or ',' or '；' or ';' or '\n' or '\r' or '？' or '?' or '！' or '!' or '）' or ')' or '」';
    }

    // 2019-2023, 2024 0315 (a year and a month-day), 2000-2300 (a span of clock times): eight digits whose halves are
    // both years, a year and a date, or both times of day.
    private static bool IsDateOrTimeSpan(in Chain chain, int count) => count == 8 && IsDateOrTimeSpan(Value(chain, 0, 4), Value(chain, 4, 8));

    /// <summary>Whether two four-digit halves are two years, a year and a month-day, or two clock times (20261207, 0830 1730).</summary>
    internal static bool IsDateOrTimeSpan(int head, int tail)
    {
        bool year = head is >= 1900 and <= 2099;
        if (year && (tail is >= 1900 and <= 2099 || tail / 100 is >= 1 and <= 12 && tail % 100 is >= 1 and <= 31)) return true;
        return IsClockTime(head) && IsClockTime(tail);
    }

    private static bool IsClockTime(int hhmm) => hhmm / 100 <= 24 && hhmm % 100 < 60;

    private static int Value(in Chain chain, int from, int to)
    {
        int value = 0;
        for (int i = from; i < to; i++) value = value * 10 + chain.DigitAt(i);
        return value;
    }

    // "AB-2345-6789", "No.234-5678", "$2345 6789", "SN 2345-6789": a letter, a currency or a code mark glued on (or an
    // ASCII word one space before) makes the digits part of a code or an amount. A spaced dash (值班台 - 234-5678) does not.
    private static bool GluedToCode(ReadOnlySpan<char> text, int start)
    {
        if (start == 0) return false;
        if (IsCodeMark(text[start - 1]) || text[start - 1] is '-' or '.' or '/' or '_') return true;
        // Digits a space or a line before are asked about in IsTailOfNumber (住家電話02⏎2345 6789: the wrapped tail of a
        // number; A1xxxxxxxx 471-3928: an ID's end and a number of its own).
        int at = start - 1;
        while (at > 0 && start - at < 4 && text[at] is ' ' or '\u3000' or '\n' or '\r') at--;
        return at < start - 1 && IsCodeMark(text[at]) && (uint)(text[at] - '0') > 9;
    }

    // "02 …… 2345 6789", "02，2345 6789", "02-⏎2345-6789", "+1 (338) ⁠555 0192": digits before, across a pause, a comma,
    // a bracket, invisible characters or a wrapped line, are the head of the same number; only a whole phone before a list
    // mark (電話 (08)812-3456、712-3456) is another one.
    private static bool IsTailOfNumber(ReadOnlySpan<char> text, int start)
    {
        int at = start - 1;
        while (at >= 0 && start - at <= 6 && (text[at] is '\n' or '\r' or '…' or '，' or ',' or '、' or '。'
                                              || CharFolding.KindOf(text[at]) is CharKind.Separator or CharKind.Invisible)) at--;
        // (full-width digits too: ２７１８－２２３３、２０１４　６７８９ is a list of numbers as its ASCII twin is; round 32)
        if (at >= 0 && at < start - 1 && AsciiChars.IsDigitOrFullWidth(text[at]))
            return !LocalNumberCues.ListedAfterPhone(text, start) && !EndsOtherValue(text, at);
        return ContinuesChatLine(text, start);
    }

    // Digits a space or a dash before (+1 (635) 555 0188) open this number, unless they end a value of their own.
    private static bool ContinuesValue(ReadOnlySpan<char> text, int start)
    {
        if (!PhoneForms.ContinuesDigits(text, start)) return false;
        int at = start - 1;
        while (at >= 0 && at >= start - 3 && (uint)(text[at] - '0') > 9) at--;
        return at < 0 || at < start - 3 || !EndsOtherValue(text, at);
    }

    /// <summary>How many digits a row's or list item's number has at most (1., 12,).</summary>
    private const int MaxRowNumber = 3;

    // The digits before end a value of their own rather than open this number: an ID or certificate led by a letter
    // (N2xxxxxxxx 471-3928, a record's fields in a row), or the number of a list item or CSV row at the start of its line
    // ("3. 468-3152", "6,5829-4137"). An area code, the head a number is split from, starts with 0 and has no letter glued on.
    private static bool EndsOtherValue(ReadOnlySpan<char> text, int last)
    {
        int first = last;
        while (first > 0 && (uint)(text[first - 1] - '0') <= 9) first--;
        int run = last - first + 1;
        if (first > 0 && run >= 5 && (uint)((text[first - 1] | 0x20) - 'a') <= 'z' - 'a') return true;
        if (run > MaxRowNumber || text[first] == '0' || last + 1 >= text.Length || text[last + 1] is not ('.' or ',' or '，' or '、' or ')' or '）')) return false;
        int lineStart = first - 1;
        while (lineStart >= 0 && text[lineStart] is ' ' or '\u3000' or '\t') lineStart--;
        return lineStart < 0 || text[lineStart] == '\n';
    }

    /// <summary>How long a chat line's speaker prefix may be ("[14:33] 值班台王: ").</summary>
    private const int MaxChatPrefix = 24;

    // "02-2345⏎[14:33] 小美: 6789": the first digits after a speaker's prefix continue a number the line before ends with.
    private static bool ContinuesChatLine(ReadOnlySpan<char> text, int start)
    {
        int lineStart = start;
        while (lineStart > 0 && start - lineStart <= MaxChatPrefix && text[lineStart - 1] != '\n') lineStart--;
        if (lineStart == 0 || lineStart == start || text[lineStart - 1] != '\n') return false;
        int lineBreak = lineStart - 1;
        if (lineBreak > 0 && text[lineBreak - 1] == '\r') lineBreak--;
        int last = lineBreak - 1;
        while (last >= 0 && text[last] is ' ' or '\u3000' or '-') last--;
        return last >= 0 && (uint)(text[last] - '0') <= 9 && ChatLine.ContinuationLength(text, lineBreak, lineStart) == start - lineStart;
    }

    // "學號 2345 6789", "工號：234-5678", "座號 …": a label ending in 號 numbers something else than a line (a phone's is
    // 手機號 or 電話號, or 號碼, which ends in 碼).
    private static bool AfterNumberedLabel(ReadOnlySpan<char> text, int start)
    {
        int at = start - 1;
        while (at > 0 && start - at <= 2 && text[at] is ' ' or '\u3000' or ':' or '：') at--;
        if (at < 0 || text[at] != '號') return false;
        return at < 2 || !(text.Slice(at - 2, 2).SequenceEqual("手機".AsSpan()) || text.Slice(at - 2, 2).SequenceEqual("電話".AsSpan()));
    }

    private static bool IsCodeMark(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c is '$' or '#' or '＄' or '＃';

    /// <summary>Currency units: after a phone label too, digits they follow are an amount (電話費喔 二三四五六七八元).</summary>
    private const string MoneyUnits = "元塊萬億円";

    // "2345678元", "2345 6789 萬": a currency unit right after the digits, whatever label stands before them (a phone bill's).
    internal static bool EndsAsAmount(ReadOnlySpan<char> text, int end)
    {
        int at = UnitAt(text, end);
        return at < text.Length && MoneyUnits.IndexOf(text[at]) >= 0;
    }

    // Where a unit after the digits would stand: past at most two spaces.
    private static int UnitAt(ReadOnlySpan<char> text, int end)
    {
        int at = end;
        while (at < text.Length && at - end < 2 && text[at] is ' ' or '\u3000') at++;
        return at;
    }

    // "2345 6789元", "2345-6789 件", "2345 6789 NTD": a unit right after the digits.
    internal static bool EndsAsQuantity(ReadOnlySpan<char> text, int end)
    {
        int at = UnitAt(text, end);
        if (at == text.Length) return false;
        char c = text[at];
        if (c == '之' && at + 1 < text.Length && text[at + 1] == '間') return true; // 請於2345-6789之間: a range
        return Units.IndexOf(c) >= 0 || (at > end && c is 'N' or 'T' or 'U' or 'k' or 'K' or 'c' or 'm');
    }
}
