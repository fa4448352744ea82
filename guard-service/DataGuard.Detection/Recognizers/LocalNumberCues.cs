using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// What names a local number (seven or eight digits, no area code) a phone where no phone word stands before it: an
/// extension after it (844-7847 x7109, 7747527轉7135, 6569-4287分機8215), or the desk or person whose line it is right
/// before it (交通分隊 6031992, 打所裡2590-7040, 公司488-0789, 報案人827-3896). Duty rosters, chat lines and duty logs
/// write station and caller numbers so.
/// </summary>
internal static class LocalNumberCues
{
    /// <summary>A unit's desk or a station: the digits after it are its line, however they are grouped.</summary>
    private static readonly ContextWord[] Desks = ContextWord.All(new[]
    {
        "分隊", "勤務中心", "勤指中心", "派出所", "分駐所", "所裡", "隊裡", "隊部", "值班室",
        // a precinct's units in its phone list (刑事組：2345-6789: set O)
        "婦幼隊", "偵查隊", "保安隊", "交通隊", "刑警隊", "督察組", "交通組", "戶口組", "刑事組", "勤務組", "行政組", "防治組",
    });

    /// <summary>
    /// A reporter's relation to the person concerned, in brackets after the reporter's name (報案人：林小美（女兒）2345678):
    /// a number right after it is how the reporter is reached, however it is grouped.
    /// </summary>
    private static readonly ContextWord[] BracketedRelations = ContextWord.All(new[]
    {
        "（女兒）", "（兒子）", "（配偶）", "（母親）", "（父親）", "（丈夫）", "（妻子）", "（孫子）", "（孫女）", "（鄰居）", "（房東）",
        "(女兒)", "(兒子)", "(配偶)", "(母親)", "(父親)", "(丈夫)", "(妻子)", "(孫子)", "(孫女)", "(鄰居)", "(房東)",
    });

    /// <summary>
    /// Whose line it is. These words stand before other numbers too (a company's eight-digit UBN, a count), so the digits
    /// must be grouped the way a local number is (2345-6789, 345 6789).
    /// </summary>
    private static readonly ContextWord[] Owners = ContextWord.All(new[]
    {
        "公司", "店裡", "家裡", "報案人", "雇主", "家屬", "(公司)", "（公司）", "(店裡)", "（店裡）", "(家裡)", "（家裡）",
    });

    /// <summary>
    /// The caller's home said right before the number (可以打我家2345678, 住家23456789; sets U7, U8): in speech and chat a
    /// home line is named by the home, however the digits are grouped.
    /// </summary>
    private static readonly ContextWord[] Homes = ContextWord.All(new[]
    {
        "我家", "住家", "打我家", "我家裡",
        "打家裡", "打回家", "打到家裡", "他家", "她家", "他家裡", "她家裡", "家裡的", // round 25: whose home, or a call to it (打家裡 2345 6789 就好)
        "家用", "辦公室", // round 39: the home's or the office's line (他家用：23456789, 我辦公室 2345678); 家用 2345 元 is a quantity
    });

    /// <summary>
    /// People whose number is given in brackets right after them or their name (雇主王美華（234-5678）, 承辦：李警員（2345678）):
    /// a number alone in the brackets there is how they are reached.
    /// </summary>
    private static readonly string[] People =
    {
        "雇主", "警員", "隊員", "巡佐", "所長", "隊長", "組長", "承辦人", "房東", "家屬", "車主", "報案人", "學長", "先生", "小姐", "女士",
    };

    /// <summary>How many CJK characters of a name may stand between the person word and the bracket.</summary>
    private const int MaxNameLength = 3;

    /// <summary>Words that put an extension after a number; x and # only glued to its digits (2345678 x 3 is a product).</summary>
    private static readonly string[] Extensions = { "分機", "轉", "ext.", "ext", "ex.", "ex" };

    /// <summary>
    /// Column headers that say the column holds how to reach someone (車主聯絡, 聯絡方式), or which of a person's lines it
    /// is (住家, 公司, an exported sheet's home / office / landline beside its mobile column).
    /// </summary>
    private static readonly ContextWord[] ContactHeaders = ContextWord.All(new[]
    {
        "聯絡", "連絡", "聯繫", "住家", "公司", "辦公室", "home", "office", "landline", "contact",
    });

    /// <summary>How many digits an extension has at most.</summary>
    private const int MaxExtension = 6;

    /// <summary>
    /// Whether the local number at [<paramref name="start"/>, <paramref name="end"/>) is named a phone by an extension
    /// after it or by the desk or owner before it; <paramref name="grouped"/>: written in its usual groups.
    /// </summary>
    public static bool NameIt(ReadOnlySpan<char> text, int start, int end, bool grouped) =>
        HasExtension(text, end)
        || ContextScorer.IsLabelledImmediately(text, start, Desks)
        || ContextScorer.IsLabelledImmediately(text, start, BracketedRelations)
        || grouped && ContextScorer.IsLabelledImmediately(text, start, Owners)
        || ContextScorer.IsLabelledImmediately(text, start, Homes) && !LocalNumberShape.EndsAsQuantity(text, end) // 她家 2345678坪: an area
        || AnswersPhoneQuestion(text, start)
        || BracketedAfterPerson(text, start, end)
        || AfterDesk(text, start)
        || ListedAfterPhone(text, start)
        || ListedUnderPhoneHeading(text, start, end)
        || AddressBeforeNumber.NamesLine(text, start, end);

    /// <summary>
    /// A subscriber's line right before the number (舊門號 2345 6789 已解約, 新門號…): a label of the number only, not of a
    /// column (a 門號 column holds mobiles and numbers with their codes).
    /// </summary>
    private static readonly ContextWord[] LineNouns = ContextWord.All(new[] { "門號" });

    /// <summary>Characters that may stand before 號碼 used alone: which one (新號碼, 舊號碼, 這個號碼, 這支號碼, 他的號碼).</summary>
    private const string NumberWordQualifiers = "新舊的個支";

    /// <summary>
    /// Round 38 (categories of sets U33, U34): 門號 right before the number, or 號碼 as a word of its own (來電，號碼2345678;
    /// 號碼是 2345 6789) — after a mark, a space or a word saying which number, never the end of another number's name (案件號碼,
    /// 收據號碼, 身分證號碼 name what they count).
    /// </summary>
    public static bool NumberWordAlone(ReadOnlySpan<char> text, int start)
    {
        if (ContextScorer.IsLabelledImmediately(text, start, LineNouns)) return true;
        int at = start;
        while (at > 0 && start - at < 3 && text[at - 1] is ' ' or '\u3000' or ':' or '：' or '是' or '為') at--;
        if (at < 2 || text[at - 2] != '號' || text[at - 1] != '碼') return false;
        return at == 2 || !CharFolding.IsHan(text[at - 3]) || NumberWordQualifiers.IndexOf(text[at - 3]) >= 0;
    }

    /// <summary>The last character of a unit's name in a phone list (保安民防組, 學務處, 外事科, 秘書室).</summary>
    private const string DeskEnds = "組隊室處課科";

    // "保安民防組⇥2345678", "學務處 2345678": a unit's name, however long, right before the number in a list of desks.
    private static bool AfterDesk(ReadOnlySpan<char> text, int start)
    {
        int at = start - 1;
        while (at > 0 && start - at <= 2 && (text[at] is ' ' or '\u3000' or '：' or ':' || CellBreaks.Is(text[at]))) at--;
        return at > 0 && at < start - 1 && DeskEnds.IndexOf(text[at]) >= 0 && CharFolding.IsHan(text[at - 1]);
    }

    /// <summary>How far back from its question mark a question is read for a phone word.</summary>
    private const int QuestionReach = 24;

    /// <summary>
    /// Whether the number opens the answer to a question that asks for a phone (問：家裡電話？⏎答：2345678; a 筆錄's
    /// question and answer, sets U7, U8): the question names the number as a label right before it would.
    /// </summary>
    public static bool AnswersPhoneQuestion(ReadOnlySpan<char> text, int start)
    {
        int at = SkipBack(text, start - 1);
        while (at > 0 && text[at] is '\'' or '"' or '「' or '<' or '(' or '（' or '[') at--; // 答:'2345678'
        bool colon = at > 0 && text[at] is '：' or ':';
        if (colon) at--;
        if (at < 1 || !(text[at] == '答' || colon && text[at] == 'A' && (uint)((text[at - 1] | 0x20) - 'a') > 'z' - 'a')) return false;
        int mark = at - 1;
        while (mark >= 0 && text[mark] is ' ' or '\u3000' or '\n' or '\r') mark--;
        if (mark < 0 || text[mark] is not ('？' or '?')) return false;
        int from = mark;
        while (from > 0 && mark - from < QuestionReach && text[from - 1] is not ('\n' or '。' or '：' or ':')) from--;
        return ContextWord.AnyIn(PhoneWords.Any, text.Slice(from, mark - from));
    }

    /// <summary>How far back the phone before a list mark is read.</summary>
    private const int ListReach = 20;

    /// <summary>
    /// Whether the number is the next item of a list whose item before it is a phone with its area code
    /// (電話 (08)812-3456、678123, 聯絡方式：09xx-xxx-xxx / 234-5678, +886 … / 2345678): the second number of a line is
    /// written without the area code both share.
    /// </summary>
    public static bool ListedAfterPhone(ReadOnlySpan<char> text, int start)
    {
        int at = SkipBack(text, start - 1);
        if (at < 1 || text[at] is not ('、' or '，' or ',' or '/' or '／')) return false;
        int digits = 0, first = -1;
        for (int i = SkipBack(text, at - 1); i >= 0 && at - i <= ListReach; i--)
        {
            char c = text[i];
            if ((uint)(c - '0') <= 9) digits++;
            else if (c is not ('-' or ' ' or '.' or '(' or ')' or '（' or '）' or '+')) break; // (det-foreign45: 0955.167.189 / …)
            if (c != ' ') first = i;
        }
        return digits >= 7 && first >= 0 && text[first] is '0' or '(' or '（' or '+';
    }

    /// <summary>How far back over the items before it a number in a list is read for the colon that opens the list.</summary>
    private const int ListItemsReach = 48;

    /// <summary>How far back from that colon its heading is read for a phone word.</summary>
    private const int HeadingReach = 16;

    /// <summary>
    /// Whether the number is an item of a list of numbers that a colon opens, the words before the colon naming phones
    /// (請把這些市話加上區碼：2345-6789、87654321、2233 4455; round 32, set U23): the heading names every item, not only the
    /// one right after it. Only digits, their grouping and the list's marks stand between the colon and the number, which
    /// follows a mark, or the colon with a mark right after it.
    /// </summary>
    public static bool ListedUnderPhoneHeading(ReadOnlySpan<char> text, int start, int end)
    {
        // (right after the colon or a list's mark, and a list's mark on one side: a group after a space is more of the
        // number before it, and a lone number after a key is its own (X-Contact-card: 3528 1234 5678 9012))
        int before = SkipBack(text, start - 1);
        if (before < 1 || text[before] is not ('：' or ':' or '、' or '，' or ',')) return false;
        if (text[before] is '：' or ':' && !(end < text.Length && text[end] is '、' or '，' or ',')) return false;
        int at = start - 1;
        while (at >= 0 && start - at <= ListItemsReach && ((uint)(text[at] - '0') <= 9 || text[at] is '-' or ' ' or '\u3000' or '、' or '，' or ',')) at--;
        if (at < 1 || text[at] is not ('：' or ':')) return false;
        int from = at;
        while (from > 0 && at - from < HeadingReach && text[from - 1] is not ('\n' or '。' or '，' or '；' or '、')) from--;
        var heading = text.Slice(from, at - from);
        // (電話訂單編號：…: a look-alike label in the heading calls the items something else)
        return ContextWord.AnyIn(PhoneWords.Any, heading) && !ContextWord.AnyIn(PhoneWords.LookAlikeLabels.Words, heading);
    }

    private static int SkipBack(ReadOnlySpan<char> text, int at) => Spaces.StartBefore(text, at + 1) - 1;

    // "雇主王美華（234-5678）": the number fills the brackets, and a person word, perhaps with a name, stands right before them.
    private static bool BracketedAfterPerson(ReadOnlySpan<char> text, int start, int end)
    {
        if (start == 0 || end >= text.Length || text[start - 1] is not ('（' or '(') || text[end] is not ('）' or ')')) return false;
        var before = text.Slice(0, start - 1);
        for (int name = 0; name <= MaxNameLength && name <= before.Length; name++)
        {
            var head = before.Slice(0, before.Length - name);
            if (WordLists.EndsWithAny(head, People)) return true;
            if (name < before.Length && !CharFolding.IsHan(before[before.Length - 1 - name])) return false;
        }
        return false;
    }

    /// <summary>Whether a table column's header says it holds contact numbers.</summary>
    public static bool IsContactHeader(ReadOnlySpan<char> header) => ContextWord.AnyIn(ContactHeaders, header);

    /// <summary>
    /// Whether an extension is typed right onto the number's last digit (2345678ext123, 2345-6789x12): the reader takes
    /// its letters for the number's, so the number does not end cleanly there.
    /// </summary>
    public static bool GluedExtensionAt(ReadOnlySpan<char> text, int end) =>
        end < text.Length && text[end] is 'x' or 'X' or 'e' or 'E' or '#' && HasExtension(text, end);

    // " x7109", "ext. 3150", "轉 6207", "分機8215", "(2345-6789) ext. 12": an extension word, then its digits (ASCII or
    // numerals); a bracket or quote closed around the number may stand before it. Round 41: asked for short local numbers too
    // (PhoneNumberRecognizer.IsShortLocal: 戶政事務所：338108 #156, 督察組：555-544 轉 423).
    internal static bool HasExtension(ReadOnlySpan<char> text, int end)
    {
        int at = SkipSpaces(text, end, 2);
        if (at < text.Length && text[at] is ')' or '）' or '」' or '"' or '\'' or ']' or '>' or '}' or '】') at = SkipSpaces(text, at + 1, 2);
        int digits;
        if (at < text.Length && text[at] is 'x' or 'X' or '#') digits = at + 1;
        else
        {
            int word = WordAt(text, at);
            if (word < 0) return false;
            digits = SkipSpaces(text, at + word, 2);
        }
        int run = 0;
        while (digits + run < text.Length && CharFolding.KindOf(text[digits + run]) == CharKind.Digit) run++;
        return run is > 0 and <= MaxExtension;
    }

    private static int WordAt(ReadOnlySpan<char> text, int at)
    {
        foreach (var word in Extensions)
        {
            if (at + word.Length <= text.Length && text.Slice(at, word.Length).Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase)) return word.Length;
        }
        return -1;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int at, int max)
    {
        int from = at;
        while (at < text.Length && at - from < max && text[at] is ' ' or '\u3000') at++;
        return at;
    }
}
