using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 20 (set S): codes in a plate's shape that the words glued to them name as something else — a software version
/// after its product's name (iOS 17.2), a make and its engine size (KTM 200), a word before an ROC date (REC 1xx/MM/DD), a
/// room (C2-315室) and a receipt's price with its tax code (x3  65TX). Round 22 (sets U1–U4): a format's placeholder asked
/// about as a format (車牌格式 ABC-1234 是…), and a model whose plate the text says is gone or unknown (MT-09（車牌已拆除）).
/// Round 31: a group of a longer hyphenated code (Case No. 110-Jin-Su-200) near a plate word. Round 32: a messaging
/// account's user name after its label (LINE ID：vip228).
/// </summary>
internal static class NonPlateCodes
{
    /// <summary>Operating systems and apps whose versions follow their name; the letters of a plate are issued at random and spell none.</summary>
    private static readonly string[] ProductNames = { "IOS", "IPADOS", "MACOS", "ANDROID", "WINDOWS", "LINUX", "CHROME", "VER" };

    /// <summary>Suffixes that name the code as a room (C2-315室, A3-118號房).</summary>
    private static readonly string[] RoomSuffixes = { "室", "號房", "房" };

    internal static bool NamesOther(ReadOnlySpan<char> text, int start, int end) =>
        SpellsMakeOrProduct(text, start) || OpensRocDate(text, end) || NamesRoom(text, end) || IsTaxedPrice(text, start, end)
        || IsFormatExample(text, start, end) || PlateDeniedAfter(text, end) || IsMasked(text, start, end) || EndsModelName(text, start, end)
        || EndsDomain(text, start) || NamesCamera(text, start, end) || LeadsOnInHyphenatedCode(text, end) || NamesAccountHandle(text, start)
        || NamesTerminal(text, start) || PlaceholderPlates.IsPlaceholder(text, start, end);

    /// <summary>Words of a bank's or a shop's machine, whose number a statement writes after them (ATM 5172, POS 0215).</summary>
    private static readonly string[] TerminalWords = { "ATM", "POS", "EDC" };

    // "ATM提款 30,000 ATM 5172": a bank statement's machine word and its number, apart by one space, is the machine that
    // paid (round 39, set U37); a plate label right before still names a plate (車號 ATM 5172).
    private static bool NamesTerminal(ReadOnlySpan<char> text, int start)
    {
        if (start + 4 >= text.Length || text[start + 3] != ' ' || PlateContext.IsNamedImmediately(text, start)) return false;
        return WordLists.IsAny(text.Slice(start, 3), TerminalWords);
    }

    /// <summary>Labels of a messaging or social account's user name, which its owner makes up of letters and digits.</summary>
    private static readonly ContextWord[] HandleLabels = ContextWord.All(new[]
    {
        "LINE ID", "LINE（ID", "LINE(ID", "LINEID", "LINE帳號", "賴ID", "WeChat ID", "WeChat", "微信號", "微信ID", "IG帳號", "Instagram",
        "Telegram", "TG帳號", "Discord", "Skype",
    });

    // "對方要求加入LINE（ID：vip228）": a code right after a messaging account's label is the account's user name, not a
    // plate, however plate-shaped and whatever vehicle words stand in its sentence (round 32, set U23); a plate label right
    // before it still names a plate.
    private static bool NamesAccountHandle(ReadOnlySpan<char> text, int start) =>
        ContextScorer.IsLabelledImmediately(text, start, HandleLabels) && !PlateContext.IsNamedImmediately(text, start);

    // "Case No. 110-Jin-Su-200", "PN AB-123-X7": a hyphen right after the code that leads on into more letters or digits makes
    // it one group of a longer hyphenated code (a romanised court case number, a part number), not a plate; a plate ends
    // at its last digit or letter (ABC-1234。, ABC-1234-王…).
    private static bool LeadsOnInHyphenatedCode(ReadOnlySpan<char> text, int end) =>
        end + 1 < text.Length && text[end] == '-' && AsciiChars.IsLetterOrDigit(text[end + 1]);

    /// <summary>Words that name a camera or its channel before its number (cam41, CH3, CCTV 07, NVR2).</summary>
    private static readonly string[] CameraWords = { "CAM", "CH", "CCTV", "NVR", "DVR", "IPC" };

    // "…22:42:30 cam514 命中", "CH3": a camera's or channel's word typed onto its number, letters then digits and nothing
    // else, is a plate-recognition log's camera, not a plate (round 25); a plate label or a plate column still names a plate.
    private static bool NamesCamera(ReadOnlySpan<char> text, int start, int end)
    {
        Span<char> word = stackalloc char[4];
        int i = start;
        while (i < end && i - start < word.Length && IsPlainLetter(text[i])) word[i - start] = CharFolding.Fold(text[i++]).Value;
        int letters = i - start;
        if (letters == 0 || i == end) return false;
        for (; i < end; i++) if (!AsciiChars.IsDigitOrFullWidth(text[i])) return false;
        foreach (var camera in CameraWords)
        {
            if (word.Slice(0, letters).SequenceEqual(camera.AsSpan()))
                return !PlateContext.IsNamedImmediately(text, start) && !PlateContext.FillsPlateColumn(text, start, end);
        }
        return false;
    }

    // ASCII or full-width letters (a camera's name is not typed in look-alike letters or numerals).
    private static bool IsPlainLetter(char c) => AsciiChars.IsLetter(c) || c is >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A';

    // "…@example.com.ph。113年…": letters glued after a dot that ends a word of two or more letters are the last label of a
    // host name (a mail address or a web address), not a plate's letters (a list's "1.ABC-1235" or "a.ABC-1235" is numbered).
    private static bool EndsDomain(ReadOnlySpan<char> text, int start) =>
        start >= 3 && text[start - 1] == '.' && AsciiChars.IsLetter(text[start]) && AsciiChars.IsLetter(text[start - 2])
        && AsciiChars.IsLetter(text[start - 3]);

    // "KDR-**63", "KB-1**5": characters masked by asterisks show a value partly, as a receipt or a redacted record prints it;
    // what is left is no plate to report. Not one star between every two characters (K*M*3*8*6, round 32): every character
    // is there, the stars only spell the plate out.
    private static bool IsMasked(ReadOnlySpan<char> text, int start, int end) =>
        text.Slice(start, end - start).IndexOfAny('*', '＊') >= 0 && !SpelledWithStars(text.Slice(start, end - start)) && !StarForHyphen(text.Slice(start, end - start));

    // "LWK＊3690", "8125*SB", "RWR＊6 6 8 5" (det-plates43, set U46): one star where the hyphen goes, between the last letter and
    // the first digit (or the last digit and the first letter), every character there: a mark typed for the hyphen
    // (PlateBars.IsHyphenMark), no mask.
    private static bool StarForHyphen(ReadOnlySpan<char> value)
    {
        int star = value.IndexOfAny('*', '＊');
        if (star <= 0 || star + 1 >= value.Length || value.Slice(star + 1).IndexOfAny('*', '＊') >= 0) return false;
        var before = CharFolding.KindOf(value[star - 1]);
        var after = CharFolding.KindOf(value[star + 1]);
        return before is CharKind.Letter or CharKind.Digit && after is CharKind.Letter or CharKind.Digit && before != after;
    }

    /// <summary>Fewest characters of a plate spelt out (LL-DDD).</summary>
    private const int MinSpelledCharacters = 5;

    // Letters or digits at the even places and one star at every odd one: "K*M*3*8*6".
    private static bool SpelledWithStars(ReadOnlySpan<char> value)
    {
        if (value.Length < 2 * MinSpelledCharacters - 1 || value.Length % 2 == 0) return false;
        for (int i = 0; i < value.Length; i++)
        {
            if (i % 2 == 1 ? value[i] is not ('*' or '＊') : !AsciiChars.IsLetterOrDigit(value[i])) return false;
        }
        return true;
    }

    // "Fiddle LX 115", "Racing KT 150": two or three letters and a number of at most three digits, apart by a space, right after a
    // capitalised English word (Fiddle, Racing) are the end of a model's name; a plate's letters follow a plate word or a field's
    // edge, not a word of the name (a 2012 plate after a model, Toyota Camry ABC 1235, keeps its four digits).
    private static bool EndsModelName(ReadOnlySpan<char> text, int start, int end)
    {
        if (start < 4 || text[start - 1] != ' ' || !IsSpacedShortCode(text.Slice(start, end - start))) return false;
        int word = start - 1;
        while (word > 0 && text[word - 1] is >= 'a' and <= 'z') word--;
        return start - 1 - word >= 2 && word > 0 && text[word - 1] is >= 'A' and <= 'Z' && (word == 1 || !AsciiChars.IsLetter(text[word - 2]))
            && !PlateContext.IsNamedImmediately(text, start);
    }

    /// <summary>Words that ask about a format or give an example of one (車牌格式, 例如, 這種寫法, plate format).</summary>
    private static readonly string[] FormatWords = { "格式", "範例", "例如", "舉例", "像是", "這種", "示意", "寫法", "樣式", "舊式", "新式", "format",
        // det-plates43 (set U45): a template's sample, and an instruction to write one (車號寫「ABC-1234」即可).
        "範本", "即可" };

    /// <summary>How far before and after the value its line is searched for a format word.</summary>
    private const int FormatWordReach = 16;

    // "車牌格式 ABC-1234 是幾年開始的？", "例如 AA-0000": a format's placeholder — its letters and its digits each in a run
    // (ABC, XYZ, 1234, 0123) or one repeated (AAA, 0000) — beside a word about a format is an example, not a vehicle's plate.
    private static bool IsFormatExample(ReadOnlySpan<char> text, int start, int end)
    {
        if (!IsPlaceholder(text.Slice(start, end - start))) return false;
        int from = Math.Max(TableCell.LineStart(text, start), start - FormatWordReach);
        int to = Math.Min(TableCell.LineEnd(text, end), end + FormatWordReach);
        foreach (var word in FormatWords)
        {
            if (HoldsWord(text, from, start, word) || HoldsWord(text, end, to, word)) return true;
        }
        return false;
    }

    // Whether text[from..to) holds the word, an English one as a whole word (not the "format" of "information").
    private static bool HoldsWord(ReadOnlySpan<char> text, int from, int to, string word)
    {
        int at = text.Slice(from, to - from).IndexOf(word.AsSpan(), StringComparison.OrdinalIgnoreCase);
        if (at < 0 || word[0] >= 0x80) return at >= 0;
        at += from;
        return WordEdges.Whole(text, at, at + word.Length);
    }

    // Two or more letters and three or more digits, each group a run from the start of its alphabet (ABC, AB, 1234, 0123), XYZ, or
    // one character repeated (AAA, XX, 0000): BCD-5678 is a plate like any other.
    private static bool IsPlaceholder(ReadOnlySpan<char> value)
    {
        Span<char> letters = stackalloc char[8];
        Span<char> digits = stackalloc char[8];
        int l = 0, d = 0;
        foreach (char c in value)
        {
            var folded = CharFolding.Fold(c);
            if (folded.Kind == CharKind.Letter && l < letters.Length) letters[l++] = folded.Value;
            else if (folded.Kind == CharKind.Digit && d < digits.Length) digits[d++] = folded.Value;
        }
        return l >= 2 && d >= 3 && RunsOrRepeats(letters.Slice(0, l), "AX") && RunsOrRepeats(digits.Slice(0, d), "01");
    }

    private static bool RunsOrRepeats(ReadOnlySpan<char> group, string runStarts)
    {
        bool run = true, same = true;
        for (int i = 1; i < group.Length; i++)
        {
            run &= group[i] == group[i - 1] + 1;
            same &= group[i] == group[i - 1];
        }
        return run && runStarts.IndexOf(group[0]) >= 0 || same;
    }

    /// <summary>What says a vehicle has no plate to read, or none known (車牌已拆除, 未懸掛車牌, 無牌, 車號尚未查明).</summary>
    private static readonly string[] PlateDenials =
    {
        "車牌已拆除", "車牌已拔除", "車牌遭拆除", "未懸掛車牌", "未掛牌", "無牌", "沒有車牌", "無車牌", "車號尚未查明", "車號不明", "車牌不明", "車號不詳", "車牌不詳",
    };

    /// <summary>How far after the value its clause is searched for a denial of its plate.</summary>
    private const int DenialReach = 12;

    // "贓車 MT-09（車牌已拆除）", "機車 XR-150，未懸掛車牌": the text says the vehicle's plate is gone or unknown, so the code
    // written where a plate might stand is its model.
    // "…RWT-3681真的未掛牌？", "…是不是無牌?": a denial asked as a question doubts the plate the text has just written, and
    // denies nothing (round 25).
    private static bool PlateDeniedAfter(ReadOnlySpan<char> text, int end) =>
        PlateContext.AnyWordAfter(text, end, DenialReach, "。\n", PlateDenials) && !AskedAsQuestion(text, end);

    /// <summary>Question marks and particles that end a question (嗎, 吗, 呢, ?, ？).</summary>
    private const string QuestionEnds = "嗎吗呢?？";

    // Whether the clause after the value, within the denial's reach, ends in a question.
    private static bool AskedAsQuestion(ReadOnlySpan<char> text, int end)
    {
        var after = text.Slice(end, Math.Min(DenialReach + 2, text.Length - end));
        int stop = after.IndexOfAny("。，,；;！!\n".AsSpan());
        if (stop >= 0) after = after.Slice(0, stop);
        return after.IndexOfAny(QuestionEnds.AsSpan()) >= 0;
    }

    // "KTM 200 Adventure", "iOS 17.2": the value's letters are a make (its model's engine size follows) or a product (its version),
    // written apart from a number of at most three digits or a version's dot; a plate's four digits (BMW0377, BMW-0377) are
    // a plate whose letters happen to spell a make.
    private static bool SpellsMakeOrProduct(ReadOnlySpan<char> text, int start)
    {
        int length = 0;
        while (start + length < text.Length && length < 8 && AsciiChars.IsLetter(text[start + length])) length++;
        if (length < 2 || !IsModelNumberAt(text, start + length)) return false;
        Span<char> letters = stackalloc char[length];
        for (int i = 0; i < length; i++) letters[i] = char.ToUpperInvariant(text[start + i]);
        if (PlateContext.IsMake(letters)) return true;
        return WordLists.IsAny(letters, ProductNames);
    }

    private static bool IsModelNumberAt(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length || text[at] != ' ') return false;
        int digits = 0;
        while (at + 1 + digits < text.Length && char.IsDigit(text[at + 1 + digits])) digits++;
        bool version = at + 1 + digits < text.Length && text[at + 1 + digits] == '.';
        return digits is >= 1 and <= 3 || digits > 0 && version;
    }

    // Two or three ASCII letters, one space, two or three ASCII digits (LX 115).
    private static bool IsSpacedShortCode(ReadOnlySpan<char> value)
    {
        int letters = 0;
        while (letters < value.Length && AsciiChars.IsLetter(value[letters])) letters++;
        int digits = value.Length - letters - 1;
        if (letters is < 2 or > 3 || digits is < 2 or > 3 || value[letters] != ' ') return false;
        foreach (char c in value.Slice(letters + 1)) if ((uint)(c - '0') > 9) return false;
        return true;
    }

    // "REC 1xx/MM/DD": the value's digits are an ROC year that a month and a day follow after slashes.
    private static bool OpensRocDate(ReadOnlySpan<char> text, int end) =>
        end + 6 <= text.Length && IsSlash(text[end]) && IsSlash(text[end + 3]) && IsTwoDigits(text, end + 4)
        && TwoDigitValue(text, end + 1) is >= 1 and <= 12;

    private static bool IsSlash(char c) => c is '/' or '／';

    // The value of two digits, plain or full-width; -1 when they are not both digits.
    private static int TwoDigitValue(ReadOnlySpan<char> text, int at) =>
        IsTwoDigits(text, at) ? (int)char.GetNumericValue(text[at]) * 10 + (int)char.GetNumericValue(text[at + 1]) : -1;

    private static bool NamesRoom(ReadOnlySpan<char> text, int end)
    {
        return WordLists.StartsWithAny(text.Slice(end), RoomSuffixes);
    }

    // "茶葉蛋 x3  65TX": a price and the receipt's tax code right after an item's quantity, not a plate's digits and letters.
    private static bool IsTaxedPrice(ReadOnlySpan<char> text, int start, int end)
    {
        if (end - start < 3 || !text.Slice(end - 2, 2).Equals("TX".AsSpan(), StringComparison.OrdinalIgnoreCase)) return false;
        int i = start;
        while (i > 0 && text[i - 1] is ' ' or '\t' or '\u3000') i--;
        int digitsEnd = i;
        while (i > 0 && char.IsDigit(text[i - 1])) i--;
        return i < digitsEnd && i > 0 && text[i - 1] is 'x' or 'X' or '×' or '＊' or '*';
    }

    private static bool IsTwoDigits(ReadOnlySpan<char> text, int at) => char.IsDigit(text[at]) && char.IsDigit(text[at + 1]);
}
