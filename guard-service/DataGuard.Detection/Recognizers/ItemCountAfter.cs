using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// det-lists46 (issue 9, set U51): a code followed by a count and its measure word is an item of a list of goods — a seizure
/// list's <c>TP-3720 2台</c>, <c>NX-3218 7件</c>, <c>GTX-3060 9件</c>, a count glued to the code's digits or after a space. A
/// plate names one vehicle and is not counted; how often a plate was seen (<c>MRT-5267 3次</c>) counts no goods and stays.
/// </summary>
internal static class ItemCountAfter
{
    /// <summary>Measure words that count goods and machines (台 件 支 盒 張 顆 個 組 套 包 箱 瓶 片 部 條 雙).</summary>
    private const string GoodsMeasureWords = "台臺件支盒張张顆颗個个組组套包箱瓶片部條条雙双";

    /// <summary>Most digits of such a count (1台, 12件, 120張).</summary>
    private const int MostCountDigits = 3;

    /// <summary>
    /// Whether the value ending at <paramref name="end"/> is followed by a count of goods: at most one blank, one to three
    /// digits (or a Chinese numeral), at most one blank, a measure word of goods.
    /// </summary>
    public static bool Follows(ReadOnlySpan<char> text, int end) => CountsFrom(text, end) || EndsWithCount(text, end) || GluedCountBefore(text, end);

    // "QV-73882支": a count glued to the code's digits reads as more of them, and the measure word follows the value at once
    // (not 台 opening a place's name: ABC-1235台北).
    private static bool GluedCountBefore(ReadOnlySpan<char> text, int end) =>
        end > 0 && end < text.Length && AsciiChars.IsDigit(text[end - 1]) && IsGoodsMeasureWord(text, end)
        && !(text[end] is '台' or '臺' && end + 1 < text.Length && CharFolding.IsHan(text[end + 1]));

    // "NX-321 4盒": the value read on over the count after a space (NX-3214); its last digits, one to three after a blank, with
    // the measure word right after them, are the count.
    private static bool EndsWithCount(ReadOnlySpan<char> text, int end)
    {
        int from = end;
        while (from > 0 && end - from <= MostCountDigits && AsciiChars.IsDigit(text[from - 1])) from--;
        return from < end && end - from <= MostCountDigits && from > 1 && text[from - 1] is ' ' or '\u3000' && AsciiChars.IsDigit(text[from - 2])
            && end < text.Length && IsGoodsMeasureWord(text, end);
    }

    private static bool CountsFrom(ReadOnlySpan<char> text, int end)
    {
        int at = SkipBlank(text, end);
        int digits = 0;
        bool numerals = false;
        while (at < text.Length && (AsciiChars.IsDigit(text[at]) || WordNumerals.IndexOf(text[at]) >= 0) && digits <= MostCountDigits)
        {
            numerals |= !AsciiChars.IsDigit(text[at]);
            at++;
            digits++;
        }
        if (digits is 0 or > MostCountDigits) return false;
        at = SkipBlank(text, at);
        // ("KD-幺六幺、TPW-三五八一兩輛", "705-N1兩台舊車": plates listed, then how many vehicles they are — in words, as a
        // sentence counts vehicles; an item list counts its goods in digits)
        return at < text.Length && IsGoodsMeasureWord(text, at) && !(numerals && CountAfter.VehicleMeasureWords.IndexOf(text[at]) >= 0);
    }

    // (兩台車, 2輛機車: vehicles counted after a plate are the vehicles of a crash or a list, not goods)
    private static bool IsGoodsMeasureWord(ReadOnlySpan<char> text, int at) =>
        GoodsMeasureWords.IndexOf(text[at]) >= 0 && !(at + 1 < text.Length && text[at + 1] is '車' or '机' or '機' or '汽');

    /// <summary>Chinese numerals a count is written in (兩台, 三件).</summary>
    private const string WordNumerals = "一二兩两三四五六七八九十";

    private static int SkipBlank(ReadOnlySpan<char> text, int at) => at < text.Length && text[at] is ' ' or '\u3000' ? at + 1 : at;
}
