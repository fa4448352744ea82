using DataGuard.Detection.Recognizers;

namespace DataGuard.Detection.Normalization;

/// <summary>
/// A row whose cell separators were lost in the paste (王小明A123456789ABC-1234, A1234567890912345678,
/// A123456789111年度偵字第…; set U8): a value typed onto the next cell's value, which starts with a shape of its own —
/// a plate's letters and hyphen, a Taiwan mobile, a ROC year or date, a valid ID or certificate. The value before it ends there; only values a
/// checksum or a numbering plan guards are read so (the recognizer asks for a valid one).
/// </summary>
internal static class GluedCells
{
    /// <summary>Whether the next cell's value starts right after the first <paramref name="count"/> characters of the chain.</summary>
    public static bool NextValueAt(ReadOnlySpan<char> text, in Chain chain, int count)
    {
        if (count < chain.Length) return chain.Gaps[count] == 0 && ValueAt(text, chain.Positions[count]);
        return count == chain.Length && chain.EndGlued && ValueAt(text, chain.EndOf(count)); // the reader stopped before a date
    }

    /// <summary>Whether a value with a shape of its own (a plate, a mobile, a ROC year or a date) starts at <paramref name="at"/>.</summary>
    public static bool ValueAt(ReadOnlySpan<char> text, int at) =>
        PlateLettersAt(text, at) || MobileAt(text, at) || RocYearAt(text, at) || DateAt(text, at) || IdAt(text, at);

    /// <summary>A national ID's or a resident certificate's length: a letter and nine digits.</summary>
    private const int IdLength = 10;

    // Round 29 (categories of sets U17, U18): "王小明0912345678A123456789" — a fixed-width printout's mobile column touching
    // the ID column after it. A capital, 1, 2, 8 or 9, eight digits whose checksum holds, and no digit after them.
    public static bool IdAt(ReadOnlySpan<char> text, int at)
    {
        if (at + IdLength > text.Length || !AsciiChars.IsUpper(text[at]) || text[at + 1] is not ('1' or '2' or '8' or '9')) return false;
        for (int i = 2; i < IdLength; i++) if (!AsciiChars.IsDigit(text[at + i])) return false;
        return (at + IdLength == text.Length || !AsciiChars.IsDigit(text[at + IdLength])) && TaiwanIdChecksum.IsValidNumeric(text.Slice(at, IdLength));
    }

    // "ABC-1234", "AB-123": two or three capitals, a hyphen, a digit.
    private static bool PlateLettersAt(ReadOnlySpan<char> text, int at)
    {
        int letters = 0;
        while (at + letters < text.Length && AsciiChars.IsUpper(text[at + letters])) letters++;
        int hyphen = at + letters;
        return letters is 2 or 3 && hyphen + 1 < text.Length && CharFolding.Fold(text[hyphen]).Value == '-' && AsciiChars.IsDigit(text[hyphen + 1]);
    }

    // "0912345678": 09 and eight more digits, and no digit after them.
    private static bool MobileAt(ReadOnlySpan<char> text, int at)
    {
        const int mobile = 10;
        if (at + mobile > text.Length || text[at] != '0' || text[at + 1] != '9') return false;
        for (int i = 2; i < mobile; i++) if (!AsciiChars.IsDigit(text[at + i])) return false;
        return at + mobile == text.Length || !AsciiChars.IsDigit(text[at + mobile]);
    }

    // "111年度", "98年": a ROC year of two or three digits before 年.
    private static bool RocYearAt(ReadOnlySpan<char> text, int at)
    {
        int digits = DigitsAt(text, at);
        return digits is 2 or 3 && at + digits < text.Length && text[at + digits] == '年';
    }

    // "113.05.21", "112/3/8", "2024-03-01", "1130521": a date cell (a ROC year of three digits or a Gregorian one of four,
    // then a month and a day apart by one separator, or a ROC date written whole) with no digit after it.
    private static bool DateAt(ReadOnlySpan<char> text, int at)
    {
        int year = DigitsAt(text, at);
        if (year == CompactRocDate) return IsRocYear(text, at) && IsMonthAndDay(text.Slice(at + 3, 2), text.Slice(at + 5, 2));
        if (year is not (3 or 4) || year == 3 && !IsRocYear(text, at) || year == 4 && !IsGregorianCentury(text, at)) return false;
        int month = at + year + 1;
        if (month >= text.Length || text[month - 1] is not ('/' or '.' or '-')) return false;
        int monthDigits = DigitsAt(text, month), day = month + monthDigits + 1;
        if (monthDigits is not (1 or 2) || day >= text.Length || text[day - 1] != text[month - 1]) return false;
        int dayDigits = DigitsAt(text, day);
        return dayDigits is 1 or 2 && IsMonthAndDay(text.Slice(month, monthDigits), text.Slice(day, dayDigits));
    }

    /// <summary>A ROC date written whole: three digits of the year, two of the month, two of the day.</summary>
    private const int CompactRocDate = 7;

    // 100–119: the ROC years a record of these decades holds (2011–2030).
    private static bool IsRocYear(ReadOnlySpan<char> text, int at) => text[at] == '1' && text[at + 1] is '0' or '1';

    // 19xx and 20xx.
    private static bool IsGregorianCentury(ReadOnlySpan<char> text, int at) => text[at] == '1' && text[at + 1] == '9' || text[at] == '2' && text[at + 1] == '0';

    private static bool IsMonthAndDay(ReadOnlySpan<char> month, ReadOnlySpan<char> day)
    {
        int m = Number(month), d = Number(day);
        return m is >= 1 and <= 12 && d is >= 1 and <= 31;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        int value = 0;
        foreach (char c in digits) value = value * 10 + (c - '0');
        return value;
    }

    private static int DigitsAt(ReadOnlySpan<char> text, int at)
    {
        int digits = 0;
        while (at + digits < text.Length && AsciiChars.IsDigit(text[at + digits])) digits++;
        return digits;
    }
}
