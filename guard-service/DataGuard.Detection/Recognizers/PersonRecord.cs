using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// A person's record written on one line, its fields split by / , ， ； a tab or | (or their full-width forms) ("黃○恩/Q193009926/DD-795/0988-916-922",
/// "吳志明,B890535207,0933408014,DL-54384"): a code standing in a field of its own beside a checksum-valid national ID or
/// resident certificate, or a Taiwan mobile, is one of that person's identifiers.
/// </summary>
internal static class PersonRecord
{
    /// <summary>How far along its line the other identifiers of the record are looked for.</summary>
    private const int Reach = 160;

    /// <summary>Whether the value at [<paramref name="start"/>, <paramref name="end"/>) is a field of such a record.</summary>
    public static bool Holds(ReadOnlySpan<char> text, int start, int end)
    {
        if (!IsFieldEdge(text, start - 1, -1) || !IsFieldEdge(text, end, 1)) return false;
        int from = start;
        while (from > 0 && start - from < Reach && text[from - 1] is not ('\n' or '\r')) from--;
        int to = end;
        while (to < text.Length && to - end < Reach && text[to] is not ('\n' or '\r')) to++;
        return HasIdentifier(text.Slice(from, start - from)) || HasIdentifier(text.Slice(end, to - end));
    }

    /// <summary>
    /// Whether the value stands between spaces right beside a valid ID, ARC or mobile of its own (a roll typed with spaces
    /// between its fields: "王小明 A123456789 KAB-237 0912345678 台北市…"): the next field of the same person's row.
    /// </summary>
    public static bool BesideIdentifier(ReadOnlySpan<char> text, int start, int end)
    {
        // (a quote or bracket around the value first: … "KAB-237" …, … (KAB-237) …)
        if (start > 0 && IsEnclosing(text[start - 1])) start--;
        if (end < text.Length && IsEnclosing(text[end])) end++;
        // (the value may end the row: … A123456789 KAB-237⏎)
        if (start == 0 || !IsSpace(text[start - 1]) || end < text.Length && !IsSpace(text[end]) && text[end] is not ('\n' or '\r')) return false;
        int before = start;
        while (before > 0 && IsSpace(text[before - 1])) before--;
        int token = before;
        while (token > 0 && before - token <= IdentifierLength && CharFolding.Fold(text[token - 1]).Kind is CharKind.Digit or CharKind.Letter) token--;
        if (before - token == IdentifierLength && IdentifierAt(text, token)) return true;
        int after = end;
        while (after < text.Length && IsSpace(text[after])) after++;
        return IdentifierAt(text, after);
    }

    private const int IdentifierLength = 10;

    /// <summary>Most capitalised Latin words a person's name between an ID and the value may have (Nguyen Thi Lan).</summary>
    private const int MaxLatinWords = 3;

    /// <summary>
    /// Whether the value is the next field of a roll typed with spaces after a valid ID or ARC and the person's name, in Han
    /// characters (masked with ○ too) or capitalised Latin words ("- A123456789 Nguyen 0771 234 567", "B123456789 王○明
    /// 0961…", the name glued to the value or joined by 是): the third field of the same person's row.
    /// </summary>
    public static bool FollowsIdAndName(ReadOnlySpan<char> text, int start, int end)
    {
        // (a quote or bracket around the value first: … '0771 234 567', … (0771 234 567))
        if (start > 0 && IsEnclosing(text[start - 1])) start--;
        bool enclosed = end < text.Length && IsEnclosing(text[end]);
        if (!enclosed && end < text.Length && CharFolding.Fold(text[end]).Kind is CharKind.Digit or CharKind.Letter) return false;
        int nameEnd = Spaces.StartBefore(text, start);
        // (the name glued to the value, or joined to it by 是: "- A123456789 陳○華0771…", "… Nguyen是0771…")
        if (nameEnd > 0 && text[nameEnd - 1] == '是') nameEnd--;
        if (nameEnd == 0) return false;
        int nameStart = NameStartBefore(text, nameEnd);
        int idEnd = Spaces.StartBefore(text, nameStart);
        if (nameStart == nameEnd || idEnd == nameStart) return false;
        int token = IdentifierStartBefore(text, idEnd);
        return token >= 0 && IdentifierAt(text, token);
    }

    // Where ten letters and digits ending at end start, single spaces between them counted out as IdentifierAt reads them
    // (T 1 2 3 4 5 6 7 8 9, H1 2345 6789); -1 when fewer stand there.
    private static int IdentifierStartBefore(ReadOnlySpan<char> text, int end)
    {
        int i = end, n = 0;
        while (i > 0 && n < IdentifierLength)
        {
            if (CharFolding.Fold(text[i - 1]).Kind is CharKind.Digit or CharKind.Letter) n++;
            else if (text[i - 1] != ' ' || i < 2 || text[i - 2] == ' ') return -1;
            i--;
        }
        return n == IdentifierLength && (i == 0 || CharFolding.Fold(text[i - 1]).Kind is not (CharKind.Digit or CharKind.Letter)) ? i : -1;
    }

    // Where a name ending at end starts: one to four Han characters or ○ masks, else up to three capitalised Latin words
    // (accented too: Lê Quốc Bảo) apart by single spaces; end when there is none.
    private static int NameStartBefore(ReadOnlySpan<char> text, int end)
    {
        int han = end;
        while (han > 0 && end - han < MaxNameLength && (CharFolding.IsHan(text[han - 1]) || text[han - 1] == '○')) han--;
        if (han < end) return han > 0 && CharFolding.IsHan(text[han - 1]) ? end : han;
        int start = end;
        for (int words = 0, i = end; words < MaxLatinWords; words++)
        {
            int word = i;
            while (word > 0 && IsLatinLetter(text[word - 1])) word--;
            // (a word glued to digits is a code's tail, not a name)
            if (word == i || !char.IsUpper(text[word]) || (word > 0 && char.IsLetterOrDigit(text[word - 1]))) break;
            start = word;
            if (word < 2 || text[word - 1] != ' ') break;
            i = word - 1;
        }
        return start;
    }

    private static bool IsLatinLetter(char c) => char.IsLetter(c) && (c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF');

    private static bool IsSpace(char c) => c is ' ' or '\u3000';

    internal static bool IsEnclosing(char c) => c is '(' or ')' or '[' or ']' or '{' or '}' or '<' or '>' or '"' or '\'' or '「' or '」' or '（' or '）';

    /// <summary>How many Han characters a person's name written between the value and the ID may have (鄧明, 歐陽志明).</summary>
    private const int MaxNameLength = 4;

    /// <summary>
    /// Whether the value opens a row of a chat message or a roll whose fields are split by spaces: the value, a name in
    /// Han characters, then a valid ID or ARC ("小陳：ABC1235 林宜君 A123456789", "AB-1234 張志遠 B2… ": a stop list typed
    /// into a duty chat). A product code or reference is not followed by a person's name and identity number.
    /// </summary>
    public static bool OpensNamedRow(ReadOnlySpan<char> text, int start, int end)
    {
        if (!StartsMessage(text, start)) return false;
        int name = Spaces.SkipForward(text, end);
        if (name == end) return false;
        int nameEnd = name;
        while (nameEnd < text.Length && nameEnd - name <= MaxNameLength && CharFolding.IsHan(text[nameEnd])) nameEnd++;
        if (nameEnd - name is < 2 or > MaxNameLength) return false;
        int id = Spaces.SkipForward(text, nameEnd);
        return id > nameEnd && IdentifierAt(text, id);
    }

    /// <summary>Longest Latin name read glued between the value and the mobile (Maria Santos, Nguyen Van An).</summary>
    private const int MaxLatinName = 24;

    /// <summary>
    /// Whether the value opens a row whose cell separators were lost in the paste (round 25): at the start of a line, a
    /// person's name glued right after it, in Han characters or capitalised Latin words, then a Taiwan mobile in its national
    /// or international form (KT-582王小明0912345678113/01/02, HNT-215Siti Aminah+886 912 345 678…). A product code or
    /// reference is not followed by a person's name and number.
    /// </summary>
    public static bool OpensGluedRow(ReadOnlySpan<char> text, int start, int end)
    {
        if (start > 0 && IsEnclosing(text[start - 1])) start--;
        if (end < text.Length && IsEnclosing(text[end])) end++;
        if (!StartsMessage(text, start) || end >= text.Length) return false;
        int nameEnd = GluedNameEnd(text, end);
        return nameEnd > end && MobileStartsAt(text, nameEnd);
    }

    // Where a name glued at i ends: two to four Han characters, or capitalised Latin words apart by single spaces; i when none.
    private static int GluedNameEnd(ReadOnlySpan<char> text, int i)
    {
        int han = i;
        while (han < text.Length && han - i <= MaxNameLength && CharFolding.IsHan(text[han])) han++;
        if (han - i is >= 2 and <= MaxNameLength) return han;
        int latin = i;
        while (latin < text.Length && latin - i < MaxLatinName && GluedNames.StartsAt(text, latin))
        {
            latin++;
            while (latin < text.Length && char.IsLetter(text[latin]) && !AsciiChars.IsUpper(text[latin])) latin++;
            if (latin + 1 < text.Length && text[latin] == ' ' && GluedNames.StartsAt(text, latin + 1)) latin++;
        }
        return latin;
    }

    // A Taiwan mobile's start at i: 09 and eight more digits, or +886, 886 or 00886 and 9 with eight more, grouped by spaces
    // or hyphens; a glued date may follow it (…0912345678113.01.02), so what comes after is not read.
    private static bool MobileStartsAt(ReadOnlySpan<char> text, int i)
    {
        if (i < text.Length && text[i] == '+') i++;
        Span<char> digits = stackalloc char[14];
        int n = 0;
        for (; i < text.Length && n < digits.Length; i++)
        {
            var folded = CharFolding.Fold(text[i]);
            if (folded.Kind == CharKind.Digit) digits[n++] = folded.Value;
            else if (!(n > 0 && (text[i] == ' ' || folded.Kind == CharKind.Separator))) break;
        }
        var read = digits.Slice(0, n);
        if (read.StartsWith("00886".AsSpan())) read = read.Slice(5);
        else if (read.StartsWith("886".AsSpan())) read = read.Slice(3);
        else if (read.StartsWith("09".AsSpan())) read = read.Slice(1);
        else return false;
        return read.Length >= 9 && read[0] == '9';
    }

    // Past spaces, the start of the text, a line or a message after its sender's colon.
    private static bool StartsMessage(ReadOnlySpan<char> text, int start)
    {
        int i = Spaces.StartBefore(text, start);
        return i == 0 || text[i - 1] is '\n' or '\r' or ':' or '：';
    }

    // Ten letters and digits from i (spaces and invisible characters inside are how IDs are typed to slip past filters:
    // H1 2345 6789) that read as an ID, an ARC or a mobile (only an ARC with residentOnly), and end there.
    private static bool IdentifierAt(ReadOnlySpan<char> text, int i, bool residentOnly = false)
    {
        Span<char> field = stackalloc char[10];
        int n = 0;
        for (; i < text.Length && n < field.Length; i++)
        {
            var folded = CharFolding.Fold(text[i]);
            if (folded.Kind is CharKind.Digit or CharKind.Letter) field[n++] = folded.Value;
            else if (text[i] is not ' ' && folded.Kind != CharKind.Invisible) return false;
        }
        return n == field.Length && (i == text.Length || CharFolding.Fold(text[i]).Kind is not (CharKind.Digit or CharKind.Letter))
               && (residentOnly ? IsResidentCertificate(field) : IsIdentifier(field));
    }

    // (full-width marks typed with a Chinese input method count: 孫冠柏／Ｔ２９７３９４８９６／ZT-19780, GU-598 ｜ 廖美冠 ｜ 0971-803647)
    private static bool IsDelimiter(char c) => RowDelimiters.Is(c, FieldMarks.RecordFields);

    // Past spaces, brackets, quotes and invisible characters, a field delimiter or the edge of the text.
    private static bool IsFieldEdge(ReadOnlySpan<char> text, int i, int step)
    {
        while (i >= 0 && i < text.Length && (text[i] is ' ' or '(' or ')' or '[' or ']' or '{' or '}' or '<' or '>' or '"' or '\'' or '`' or '「' or '」' or '（' or '）'
                   || CharFolding.KindOf(text[i]) == CharKind.Invisible))
            i += step;
        // "…，A123456789，TW-35120。": a full stop ends the record's last field as the end of its line would (round 28)
        return i < 0 || i >= text.Length || IsDelimiter(text[i]) || step > 0 && text[i] == '。' || step < 0 && ClosesItemNumber(text, i);
    }

    // "1. HB-2081／陳○廷／…", "：3) 2151-U7／…", "(4) …": a list item's number of one or two digits, closed by a dot, a
    // bracket or 、, at the start of a line or after a colon, opens the record's first field as the line's start would
    // (round 34, sets U25 and U26). i is where the walk left stopped: on the mark, or on the number when it stepped over
    // a bracket.
    private static bool ClosesItemNumber(ReadOnlySpan<char> text, int i)
    {
        if ((uint)(text[i] - '0') <= 9 && i + 1 < text.Length && text[i + 1] is ')' or '）') i++;
        if (text[i] is not ('.' or '．' or ')' or '）' or '、')) return false;
        int number = i;
        while (number > 0 && i - number < 3 && (uint)(text[number - 1] - '0') <= 9) number--;
        if (i - number is < 1 or > 2) return false;
        int before = Spaces.StartBefore(text, number);
        if (before > 0 && text[before - 1] is '(' or '（' && text[i] is ')' or '）') before = Spaces.StartBefore(text, before - 1);
        return before == 0 || text[before - 1] is '\n' or '\r' or ':' or '：';
    }

    /// <summary>How many chat lines above and below the value's are read for a person's identifier.</summary>
    private const int ChatLines = 8;

    /// <summary>
    /// Round 35 (categories of sets U27, U28): whether the value is the one code of its chat message, words around it
    /// ("[19:09] 阿志：另外一個 abc-123", "小李：對方留的：KM 627 先別外流"), in a chat whose other messages hold a valid
    /// ID, ARC or mobile: a chat that passes a person's details one message at a time is a record read down its lines.
    /// </summary>
    public static bool SentInChatOfIdentifiers(ReadOnlySpan<char> text, int start, int end)
    {
        int lineStart = TableCell.LineStart(text, start);
        int message = ChatLine.MessageStart(text, lineStart);
        int lineEnd = TableCell.LineEnd(text, end);
        if (message < 0 || message > start || !HoldsOnlyWords(text.Slice(message, start - message)) || !HoldsOnlyWords(text.Slice(end, lineEnd - end)))
            return false;
        return ChatHoldsIdentifier(text, lineStart, up: true) || ChatHoldsIdentifier(text, lineEnd, up: false);
    }

    // No Latin letter or digit of another code: words (a Han numeral too: 另外一個), marks and emoji only.
    private static bool HoldsOnlyWords(ReadOnlySpan<char> span)
    {
        foreach (char c in span) if (CharFolding.IsAlphanumeric(c) && !CharFolding.IsHan(c)) return false;
        return true;
    }

    // Reads the chat lines above the line starting at edge (up) or below the line ending at edge, while they are chat lines
    // and at most ChatLines of them: whether one's message holds a valid ID, ARC or mobile.
    private static bool ChatHoldsIdentifier(ReadOnlySpan<char> text, int edge, bool up)
    {
        for (int lines = 0; lines < ChatLines; lines++)
        {
            int from;
            if (up)
            {
                if (edge == 0) return false;
                from = TableCell.LineStart(text, edge - 1);
            }
            else
            {
                if (edge >= text.Length) return false;
                from = edge + (text[edge] == '\r' && edge + 1 < text.Length && text[edge + 1] == '\n' ? 2 : 1);
                if (from >= text.Length) return false;
            }
            int to = TableCell.LineEnd(text, from);
            int message = ChatLine.MessageStart(text, from);
            // Round 47 (set U56): the notes an export writes between messages (大雄已收回訊息, Messages and calls are
            // end-to-end encrypted.) are passed over, as the reader of the chat passes them.
            if (message < 0 && ChatLine.IsExportNote(text.Slice(from, to - from)))
            {
                edge = up ? from : to;
                continue;
            }
            if (message < 0 || message > to) return false;
            if (HoldsIdentifierToken(text.Slice(message, to - message)) || OpensWithIdentifierLabel(text.Slice(message, to - message))) return true;
            edge = up ? from : to;
        }
        return false;
    }

    /// <summary>
    /// Labels that open a chat message passing a person's identifier (證號 …, 卡號 …, ID …): round 38 (set U34), where the
    /// identifier after them is disguised past the checksum readers (emoji inside it, other scripts' digits, in pieces).
    /// </summary>
    private static readonly string[] IdentifierLabels = { "身分證", "身份證", "證號", "居留證", "統一證號", "卡號", "手機", "電話", "ID" };

    /// <summary>How many digits (in any form the folding reads) the value after such a label must hold.</summary>
    private const int LabelledDigits = 4;

    // "證號 G12😀3456😀789", "卡號 肆貳柒壹-…": the message opens with an identifier's label and digits follow it.
    private static bool OpensWithIdentifierLabel(ReadOnlySpan<char> message)
    {
        message = message.TrimStart(' ');
        foreach (var label in IdentifierLabels)
        {
            if (!message.StartsWith(label.AsSpan(), StringComparison.Ordinal)) continue;
            // (ID must stand apart: IDE, IDs)
            if (label.Length < message.Length && AsciiChars.IsLetter(message[label.Length])) return false;
            int digits = 0;
            foreach (char c in message.Slice(label.Length)) if (CharFolding.KindOf(c) == CharKind.Digit) digits++;
            return digits >= LabelledDigits;
        }
        return false;
    }

    // A valid ID, ARC or mobile starting at one of the message's tokens (0912-…, +886 912 …, A123456789, H1 2345 6789).
    private static bool HoldsIdentifierToken(ReadOnlySpan<char> message) => HoldsToken(message, residentOnly: false);

    /// <summary>
    /// Round 37 (categories of sets U31, U32): whether one of the span's tokens is a valid resident certificate (old or
    /// 2021 form, digits in any form the folding reads: FC…, J九…), the number of a foreign resident.
    /// </summary>
    public static bool HoldsResidentCertificate(ReadOnlySpan<char> span) => HoldsToken(span, residentOnly: true);

    private static bool HoldsToken(ReadOnlySpan<char> span, bool residentOnly)
    {
        for (int i = 0; i < span.Length; i++)
        {
            if (!CharFolding.IsAlphanumeric(span[i]) || i > 0 && CharFolding.IsAlphanumeric(span[i - 1])) continue;
            if (IdentifierAt(span, i, residentOnly) || !residentOnly && MobileStartsAt(span, i)) return true;
        }
        return false;
    }

    /// <summary>Whether a remark's fields (王小明，0912-345-678) hold a valid ID, ARC or mobile.</summary>
    public static bool HoldsIdentifier(ReadOnlySpan<char> remark) => HasIdentifier(remark);

    // A field that reads as a valid ID or ARC (letter and nine digits, checksum) or as a 09 mobile of ten digits.
    private static bool HasIdentifier(ReadOnlySpan<char> window)
    {
        Span<char> field = stackalloc char[10];
        int n = 0;
        for (int i = 0; i <= window.Length; i++)
        {
            if (i == window.Length || IsDelimiter(window[i]) || IsLabelColon(window[i]))
            {
                if (n == 10 && IsIdentifier(field)) return true;
                n = 0;
                continue;
            }
            var folded = CharFolding.Fold(window[i]);
            if (folded.Kind is CharKind.Digit or CharKind.Letter)
            {
                if (n < field.Length) field[n] = folded.Value;
                n = n < field.Length ? n + 1 : field.Length + 1;
            }
            // quotes around a field (('王小明', 'A123456789', …): a SQL insert's or a Python list's row) are no part of it
            else if (folded.Kind is not (CharKind.Separator or CharKind.Invisible) && !IsQuote(window[i])) n = field.Length + 1; // words: not an identifier field
        }
        return false;
    }

    // "- 王小明：0912-345-678，AB-123": a colon after a name or a word labels the field after it (round 25), in a window's
    // fields only: the value itself still stands between delimiters.
    private static bool IsLabelColon(char c) => c is '：' or ':';

    private static bool IsQuote(char c) => c is '\'' or '"' or '`' or '「' or '」';

    private static bool IsIdentifier(ReadOnlySpan<char> field)
    {
        if (field[0] == '0' && field[1] == '9') return AsciiChars.AllDigits(field);
        if ((uint)(field[0] - 'A') > 25 || !AsciiChars.AllDigits(field.Slice(2))) return false;
        if (field[1] is 'A' or 'B' or 'C' or 'D') return TaiwanIdChecksum.IsValidOldResident(field);
        return (uint)(field[1] - '0') <= 9 && TaiwanIdChecksum.IsValidNumeric(field);
    }

    // An old certificate (two letters, eight digits) or a 2021 one (a letter, 8 or 9, eight digits) with its checksum.
    private static bool IsResidentCertificate(ReadOnlySpan<char> field) =>
        (uint)(field[0] - 'A') <= 25 && AsciiChars.AllDigits(field.Slice(2))
        && (field[1] is 'A' or 'B' or 'C' or 'D' ? TaiwanIdChecksum.IsValidOldResident(field) : field[1] is '8' or '9' && TaiwanIdChecksum.IsValidNumeric(field));
}
