using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 43 (issue 9, det-phones43; sets U45, U46 opened for training): everyday wording that names a local number (seven
/// or eight digits, no area code) the way a phone word would — a contact noun and its colon (轉介單位聯絡：2345678), a role
/// or an organisation, perhaps with a name (保險公司2345678, 雇主/仲介林美華 234-5678, 里長：23456789), a call verb after the
/// number (用 23456789 打給我), or a note that the area code is left out ((區碼省略) 2345678). These words stand before other
/// numbers too — a company's UBN, an amount, a case or a badge number — so the digits must keep the local plan's first
/// digit (seven: 2–9; eight: 2–8), eight digits after an organisation must be grouped (whole, they are its UBN as often;
/// those that pass the UBN checksum stay no phone even after a desk's label), and no unit, date or time may read them.
/// </summary>
internal static class ContactWording
{
    /// <summary>Nouns and verbs of contact that label the number after them (a colon or a space may follow).</summary>
    private static readonly ContextWord[] ContactLabels = ContextWord.All(new[]
    {
        "聯絡", "連絡", "聯繫", "連繫", "洽詢", "請洽", "窗口", "call",
    });

    /// <summary>People of a record whose line is given right after them (a name may come first, <see cref="MaxNameLength"/>).</summary>
    private static readonly string[] People =
    {
        "仲介", "雇主", "里長", "鄰長", "村長", "房東", "社工", "老師", "導師", "老闆", "保全", "主任",
    };

    /// <summary>
    /// Organisations and desks whose line is given right after them, glued or after a colon or a space. Eight whole digits
    /// there are as often the organisation's UBN (公司 2xxxxxxx 已完成登記): only seven, or eight in a local number's groups.
    /// </summary>
    private static readonly string[] Organisations =
    {
        "公司", "管理室", "警衛室", "管委會", "診所", "醫院", "學校", "輔導室", "事務所", "協會", "基金會", "辦公處", "單位", "機構",
        "櫃台", "櫃檯", "店家",
    };

    /// <summary>How many characters of a name may stand between a role and the number (林美華, 陳姐, 王○明).</summary>
    private const int MaxNameLength = 3;

    /// <summary>Verbs after the number that say it is rung (用 23456789 打給我, 2345678 聯絡她): within a few characters.</summary>
    private static readonly ContextWord[] CallsAfter = ContextWord.All(new[]
    {
        "打給", "撥給", "打來", "打過來", "回撥", "call me",
        // (contact with a person: 聯繫車手 after a wrapped +852 line names a task, not the number's line)
        "聯絡我", "聯絡她", "聯絡他", "聯繫我", "聯繫她", "聯繫他", "找我", "找她", "找他",
    });

    /// <summary>How far after the number a call verb may stand.</summary>
    private const int CallReach = 7;

    /// <summary>How far back in its clause a note that the area code is left out names the number.</summary>
    private const int NoteReach = 14;

    /// <summary>
    /// Whether everyday wording names the local number at [<paramref name="start"/>, <paramref name="end"/>) a phone, its
    /// digits (<paramref name="digits"/>, all ASCII) keeping the plan and failing the UBN checksum.
    /// </summary>
    public static bool NamesLine(ReadOnlySpan<char> text, int start, int end, ReadOnlySpan<char> digits)
    {
        // (3567，5257 after 最後聯絡 is a card's first groups: a pause inside the digits parts two things)
        if (!KeepsLocalPlan(digits) || LocalNumberShape.EndsAsQuantity(text, end) || text.Slice(start, end - start).IndexOfAny(Pauses.AsSpan()) >= 0) return false;
        return ContextScorer.IsLabelledImmediately(text, start, ContactLabels) && !GluedToLabel(text, start)
               || AfterParty(text, start, People, names: true)
               || AfterParty(text, start, Organisations, names: false) && !(digits.Length == 8 && end - start == 8)
               || CalledAfter(text, end)
               || AfterAreaCodeNote(text, start);
    }

    /// <summary>Marks that part a list's items or a sentence's clauses, never a local number's groups.</summary>
    private const string Pauses = "，、,；;";

    // "最後聯絡3567…": a contact noun glued to the digits is a sentence's (the last contact), not a label; a label takes a
    // colon or a space (聯絡：2345678, 承辦聯絡 2345678).
    private static bool GluedToLabel(ReadOnlySpan<char> text, int start) => start > 0 && CharFolding.IsHan(text[start - 1]);

    // Seven digits 2–9…, eight 2–8… that are no date or clock span (20260315, 0830 1730).
    private static bool KeepsLocalPlan(ReadOnlySpan<char> digits)
    {
        if (digits.Length is not (7 or 8) || digits[0] < '2' || digits[0] > (digits.Length == 8 ? '8' : '9')) return false;
        return digits.Length == 7 || !LocalNumberShape.IsDateOrTimeSpan(Value(digits, 0), Value(digits, 4));
    }

    private static int Value(ReadOnlySpan<char> digits, int from) =>
        (digits[from] - '0') * 1000 + (digits[from + 1] - '0') * 100 + (digits[from + 2] - '0') * 10 + (digits[from + 3] - '0');

    // "保險公司2345678", "雇主/仲介林美華 234-5678", "雇主 王小明：23456789": a party, perhaps a person's name (after one
    // space at most), then at most a colon or a space.
    private static bool AfterParty(ReadOnlySpan<char> text, int start, string[] parties, bool names)
    {
        int at = start;
        while (at > 0 && start - at < 2 && text[at - 1] is ' ' or '\u3000' or ':' or '：') at--;
        for (int name = 0; name <= (names ? MaxNameLength : 0) && name < at; name++)
        {
            if (name > 0 && !IsNameChar(text[at - name])) return false;
            var head = text.Slice(0, at - name);
            if (name > 0 && WordLists.EndsWithAny(text.Slice(0, at), Organisations)) return false; // 仲介公司: an organisation, no name
            if (WordLists.EndsWithAny(head, parties)) return true;
            if (name > 0 && head.Length > 0 && head[head.Length - 1] == ' ' && WordLists.EndsWithAny(head.Slice(0, head.Length - 1), parties)) return true;
        }
        return false;
    }

    // A character of a person's name: Han (not a word that names a number or a sum: 工號, 警號, 費, 額) or a mask.
    private static bool IsNameChar(char c) => CharFolding.IsHan(c) && NotNameChars.IndexOf(c) < 0 || c is '○' or '〇' or 'Ｏ';

    /// <summary>Characters no name holds that end the names of numbers and sums (工號, 證號, 密碼, 服務費, 金額, 欠款).</summary>
    private const string NotNameChars = "號碼費額款編";

    /// <summary>
    /// Whether the eight digits at <paramref name="start"/> (written whole) are an organisation's UBN: an organisation right
    /// before them (診所：, 事務所, 保險公司) and the UBN checksum passing. A desk's label (所, 公司) would name a line there.
    /// </summary>
    public static bool IsOrganisationUbn(ReadOnlySpan<char> text, int start, ReadOnlySpan<char> digits, bool whole) =>
        whole && digits.Length == 8 && AfterParty(text, start, Organisations, names: false) && UnifiedBusinessNumber.IsValid(digits)
        && !ContextScorer.IsLabelled(text, start, PhoneWords.Any, PhoneLabelReach); // 電話：公司 2xxxxxxx: the company's line

    /// <summary>How far back a phone word keeps an organisation's eight digits a line (電話：公司 …).</summary>
    private const int PhoneLabelReach = 8;

    // "用 23456789 打給我", "2345678 聯絡她": a call verb within a few characters after the number, in its clause.
    private static bool CalledAfter(ReadOnlySpan<char> text, int end)
    {
        int to = end;
        while (to < text.Length && to - end < CallReach && text[to] is not ('，' or '。' or '；' or ';' or ',' or '\n' or '\r' or '\t' or '|')
               && !AsciiChars.IsDigit(text[to])) // (一直打來: a numeral of a word, not the next number)
            to++;
        return ContextWord.AnyIn(CallsAfter, text.Slice(end, to - end));
    }

    // "電話（區碼省略）2345678", "家裡的（沒加區碼）234 5678", "(no area code) 2345678": the note names the number a phone.
    private static bool AfterAreaCodeNote(ReadOnlySpan<char> text, int start)
    {
        int from = start;
        while (from > 0 && start - from < NoteReach && text[from - 1] is not ('\n' or '。' or '，' or '；' or ',')) from--;
        var clause = text.Slice(from, start - from);
        int code = clause.IndexOf("區碼".AsSpan());
        if (code >= 0)
        {
            var around = clause.Slice(Math.Max(0, code - 2));
            return around.IndexOfAny("無沒略省未不".AsSpan()) >= 0;
        }
        return clause.IndexOf("area code".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
