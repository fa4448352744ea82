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

    /// <summary>
    /// Round 39: whether the next cell starts right after the first <paramref name="count"/> characters, as
    /// <see cref="NextValueAt"/> reads it or as an e-mail address's mailbox name (a plate column pasted onto the e-mail
    /// column after it: UW-3985chen.hua10@…, 2954-NCtina.wu90@…). Only plates ask: a plate's groups have a fixed length, so
    /// where they end is known; the recognizer still asks its layout and its context.
    /// </summary>
    public static bool NextFieldAt(ReadOnlySpan<char> text, in Chain chain, int count) =>
        NextValueAt(text, chain, count) || count < chain.Length && chain.Gaps[count] == 0 && MailboxAt(text, chain.Positions[count]);

    /// <summary>How far ahead of a mailbox name's start its at sign is looked for.</summary>
    private const int MaxMailboxName = 40;

    // A mailbox name from at to an at sign and a letter after it, starting with a letter; glued to a letter, it must start with
    // a small letter after a capital (NCtina.wu90@…: the plate's letters are typed in capitals, the address in small ones).
    private static bool MailboxAt(ReadOnlySpan<char> text, int at)
    {
        if (at == 0 || !AsciiChars.IsLetter(text[at]) || CharFolding.KindOf(text[at - 1]) == CharKind.Letter && !(IsSmall(text[at]) && !IsSmall(text[at - 1])))
            return false;
        for (int i = at + 1; i < text.Length && i - at <= MaxMailboxName; i++)
        {
            char c = text[i];
            if (c == '@') return i + 1 < text.Length && AsciiChars.IsLetter(text[i + 1]);
            if (!AsciiChars.IsLetterOrDigit(c) && c is not ('.' or '_' or '-' or '+')) return false;
        }
        return false;
    }

    private static bool IsSmall(char c) => (uint)(c - 'a') <= 'z' - 'a';

    /// <summary>
    /// Round 39: where the mailbox name that starts at <paramref name="start"/> really starts when a plate cell is glued before
    /// it (UW-3985chen.hua10@…, ＢＫ－８５６４chen@…, 2954-NCtina.wu90@…; HBS 818hua_88@… with the plate's letters before a
    /// space): after the plate's digits, or after its capitals where a small letter follows. The plate stands at a cell's start
    /// and in one of <see cref="PlateLayouts"/>; otherwise <paramref name="start"/>.
    /// </summary>
    public static int MailboxStartAfterPlate(ReadOnlySpan<char> text, int start, int localEnd)
    {
        // (a digits-first plate whose digits are in numerals or end before a space or dot, which no mailbox name holds: 二三四五-ABchen@…,
        // 7842·RCtina@…; its capitals open the name)
        int afterJoint = IsJoint(text[start]) ? start + 1 : start;
        if (afterJoint > 1 && afterJoint < localEnd && CharFolding.KindOf(text[afterJoint]) == CharKind.Letter
            && (IsJoint(text[afterJoint - 1]) || IsPlainGap(text[afterJoint - 1])) && CharFolding.KindOf(text[afterJoint - 2]) == CharKind.Digit)
        {
            int capitals = CapitalsEnd(text, afterJoint, localEnd);
            return capitals - afterJoint == 2 && capitals < localEnd - 1 && IsSmall(text[capitals]) ? capitals : start;
        }
        int head = start;
        // (the plate's letters and a space or middle dot before the mailbox name, which starts with its digits)
        if (start > 2 && IsPlainGap(text[start - 1]) && CharFolding.KindOf(text[start]) == CharKind.Digit)
        {
            head = start - 1;
            while (head > 0 && start - 1 - head < 3 && (AsciiChars.IsUpper(text[head - 1]) || AsciiChars.IsDigit(text[head - 1]))) head--;
            if (start - 1 - head < 2) return start;
        }
        if (head > 0 && !StartsCell(text[head - 1])) return start;
        int first = GroupEnd(text, head, localEnd, out bool letters);
        int second = head == start ? first + 1 : start;
        if (first - head is < 2 or > 4 || second >= localEnd || head == start && !IsJoint(text[first])) return start;
        int end = letters ? DigitsEnd(text, second, localEnd) : CapitalsEnd(text, second, localEnd);
        bool fits = PlateLayouts.TryFind(lettersFirst: letters, letters ? first - head : end - second, letters ? end - second : first - head, out _);
        return fits && end < localEnd - 1 && AsciiChars.IsLetter(text[end]) && (letters || IsSmall(text[end])) ? end : start;
    }

    // A cell opens after a row's start, a delimiter or a blank.
    private static bool StartsCell(char c) => c is '\n' or ',' or '\t' or '|' or ';' or ' ' or '，' or '、' or '｜';

    // A space or middle dot between a plate's groups, which no mailbox name holds.
    private static bool IsPlainGap(char c) => c is ' ' or '\u00B7' or '\u2027';

    // A hyphen of any form, or an invisible character standing for it.
    private static bool IsJoint(char c) => CharFolding.Fold(c).Value == '-' || CharFolding.KindOf(c) == CharKind.Invisible;

    // The end of a plate's first group (letters, or a mixed code of letters and digits; or digits alone), as folded.
    private static int GroupEnd(ReadOnlySpan<char> text, int from, int limit, out bool letters)
    {
        letters = false;
        int i = from;
        for (; i < limit && i - from <= 4; i++)
        {
            var kind = CharFolding.KindOf(text[i]);
            if (kind is not (CharKind.Letter or CharKind.Digit)) break;
            letters |= kind == CharKind.Letter;
        }
        return i;
    }

    private static int DigitsEnd(ReadOnlySpan<char> text, int from, int limit)
    {
        while (from < limit && CharFolding.KindOf(text[from]) == CharKind.Digit) from++;
        return from;
    }

    private static int CapitalsEnd(ReadOnlySpan<char> text, int from, int limit)
    {
        while (from < limit && CharFolding.KindOf(text[from]) == CharKind.Letter && !IsSmall(text[from]) && (uint)(text[from] - 'ａ') > 'ｚ' - 'ａ') from++;
        return from;
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
        return DigitsToTenthAt(text, at) && TaiwanIdChecksum.IsValidNumeric(text.Slice(at, IdLength));
    }

    // The body an ID and an old-style certificate share after their first two characters: digits to the tenth character,
    // and no digit right after them.
    private static bool DigitsToTenthAt(ReadOnlySpan<char> text, int at)
    {
        for (int i = 2; i < IdLength; i++) if (!AsciiChars.IsDigit(text[at + i])) return false;
        return at + IdLength == text.Length || !AsciiChars.IsDigit(text[at + IdLength]);
    }

    /// <summary>
    /// det-breaks45 (issue 9 round 45): whether a mobile starts at <paramref name="at"/> glued to a value that ends right
    /// before it — "T1003954760924497140" (an ID and a phone pasted into one cell), "09123456780987654321" (two phones) —
    /// and both parts validate on their own: the mobile is 09 and eight digits with no digit after them, the value before
    /// it a valid ID or certificate (a capital and nine digits, <see cref="IdAt"/>; two capitals and eight, the old
    /// certificate) or a mobile of its own, starting where
    /// the run of letters and digits starts. A long number that is no two such values (an account, a tracking number, a
    /// time stamp) is not parted.
    /// </summary>
    public static bool MobileAfterValueAt(ReadOnlySpan<char> text, int at)
    {
        if (at < IdLength || !AsciiChars.IsDigit(text[at - 1]) || !MobileAt(text, at)) return false;
        int head = at - IdLength; // both an ID and a mobile are ten characters long
        if (head > 0 && AsciiChars.IsLetterOrDigit(text[head - 1])) return false; // the run holds more than the two values
        var before = text.Slice(0, at);
        return IdAt(before, head) || OldCertificateAt(before, head) || MobileAt(before, head);
    }

    // "AC12345678": an old-style certificate — a capital, A to D, eight digits whose checksum holds, no digit after them.
    private static bool OldCertificateAt(ReadOnlySpan<char> text, int at)
    {
        if (at + IdLength > text.Length || !AsciiChars.IsUpper(text[at]) || text[at + 1] is not (>= 'A' and <= 'D')) return false;
        return DigitsToTenthAt(text, at) && TaiwanIdChecksum.IsValidOldResident(text.Slice(at, IdLength));
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

    // "111年度", "98年": a ROC year of two or three digits before 年 — three only from 100 to 119 (開FA25836394年: the
    // tail of a longer code before 年 is no year, and a plate cut from the code's head is no plate).
    private static bool RocYearAt(ReadOnlySpan<char> text, int at)
    {
        int digits = DigitsAt(text, at);
        return (digits == 2 || digits == 3 && IsRocYear(text, at)) && at + digits < text.Length && text[at + digits] == '年';
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
