using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 20 (set S): numbers in a phone's shape that what is glued to them names as something else — a land parcel's
/// number after its section (福德段1234-0056) and a bank's code in brackets before an account (某銀行(0xx) and 12 or more digits).
/// </summary>
internal static class NotPhoneCodes
{
    /// <summary>A bank account runs to at least this many digits; a landline's local part after its area code has at most eight.</summary>
    private const int MinAccountDigits = 10;

    internal static bool NamesOther(ReadOnlySpan<char> text, int start) =>
        FollowsLandSection(text, start) || OpensBankAccount(text, start) || ListedAsCompanies(text, start);

    /// <summary>Words that call the numbers of a list firms' numbers (…、8xxxxxxx。這些都是本案相關的公司行號).</summary>
    private static readonly ContextWord[] CompanyWords = ContextWord.All(new[] { "公司行號", "統一編號", "統編", "營利事業" });

    /// <summary>How far after the list the sentence naming it may reach.</summary>
    private const int CompanySentenceReach = 40;

    // "22xxxxxx、53xxxxxx、86xxxxxx。這些都是本案相關的公司行號": numbers listed with the enumeration comma that the sentence
    // closing the list calls firms' are unified business numbers, whatever phone word opened it (round 39, set U37).
    private static bool ListedAsCompanies(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end < text.Length && IsDigit(text[end])) end++;
        bool listed = start > 0 && text[start - 1] == '、' || end < text.Length && text[end] == '、';
        if (!listed) return false;
        int to = end;
        while (to < text.Length && to - end < CompanySentenceReach && text[to] is not ('\n' or '\r')) to++;
        return ContextWord.AnyIn(CompanyWords, text.Slice(end, to - end));
    }

    // "光明段2481-0003": a land register's section (段) glued to the digits names a parcel; an address's 段 is followed by
    // its number and 號, and a phone is written apart from it.
    private static bool FollowsLandSection(ReadOnlySpan<char> text, int start) => start > 0 && text[start - 1] == '段';

    // "(0xx)\t1234…": a three-digit code starting with 0 in brackets, then an unbroken run of ten or more digits, is a
    // bank's code and its account; an area code in brackets is followed by a local number of at most eight digits.
    private static bool OpensBankAccount(ReadOnlySpan<char> text, int start)
    {
        bool openedBefore = start > 0 && IsOpeningBracket(text[start - 1]);
        if (!openedBefore)
        {
            if (start >= text.Length || !IsOpeningBracket(text[start])) return false;
            start++;
        }

        if (start + 4 > text.Length || char.GetNumericValue(text[start]) != 0 || !IsDigit(text[start + 1]) || !IsDigit(text[start + 2]) || text[start + 3] is not (')' or '）'))
            return false;
        int i = start + 4;
        while (i < text.Length && text[i] is ' ' or '\t' or '\u3000') i++;
        int from = i;
        while (i < text.Length && IsDigit(text[i])) i++;
        return i - from >= MinAccountDigits;
    }

    private static bool IsOpeningBracket(char c) => c is '(' or '（';

    private static bool IsDigit(char c) => CharFolding.KindOf(c) == CharKind.Digit;
}
