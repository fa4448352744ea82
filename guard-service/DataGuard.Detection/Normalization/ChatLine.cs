namespace DataGuard.Detection.Normalization;

/// <summary>
/// The speaker prefix of a chat line as group chats and duty logs are pasted ("[08:28] 偵查佐王: ", "15:35\t值班台\t",
/// "下午7:35 交通組-張 ", "Kevin：", "承辦 李 - ", "[值班台] ", "[10.06.24 00:48] 房東 黃: ", "8/20/24, 8:23 PM - 王小姐: "): a value continued on the next chat line is read on after it.
/// </summary>
internal static class ChatLine
{
    /// <summary>Longest speaker name taken (阿明, 偵查佐王, 交通組-張, 承辦 李).</summary>
    private const int MaxName = 8;

    /// <summary>
    /// Length of the speaker prefix that opens the line at <paramref name="nextLine"/>, spaces after it included, when the
    /// line that ends at <paramref name="lineBreak"/> is a chat line too, of the same speaker or both with a time; else 0.
    /// A form's "電話：0912⏎手機：345678" holds two fields, not one value continued.
    /// </summary>
    public static int ContinuationLength(ReadOnlySpan<char> text, int lineBreak, int nextLine)
    {
        int length = Parse(text, nextLine, out var name, out bool timed);
        if (length == 0) return 0;
        int previous = lineBreak;
        while (previous > 0 && text[previous - 1] is not ('\n' or '\r')) previous--;
        if (Parse(text.Slice(0, lineBreak), previous, out var previousName, out bool previousTimed) == 0) return 0;
        bool sameSpeaker = text.Slice(name.Start, name.Length).SequenceEqual(text.Slice(previousName.Start, previousName.Length));
        return sameSpeaker || timed && previousTimed ? length : 0;
    }

    /// <summary>
    /// Length of the speaker prefix that opens the line at <paramref name="lineStart"/>, spaces after it included, or 0,
    /// whatever the line before: for a value whose line ends on an open hyphen (Round 35, categories of set U28).
    /// </summary>
    public static int SpeakerLength(ReadOnlySpan<char> text, int lineStart) => Parse(text, lineStart, out _, out _);

    /// <summary>
    /// Where the message of the line starting at <paramref name="lineStart"/> begins, past its speaker prefix and the spaces
    /// after it; -1 when the line is no chat line.
    /// </summary>
    public static int MessageStart(ReadOnlySpan<char> text, int lineStart)
    {
        int length = SpeakerLength(text, lineStart);
        return length == 0 ? -1 : lineStart + length;
    }

    // The prefix at lineStart: an optional time (bracketed, 上午/下午), then a name closed by a colon, a tab or " - ", or,
    // after a time, by a space. Returns its length with the spaces after it, or 0.
    private static int Parse(ReadOnlySpan<char> text, int lineStart, out (int Start, int Length) name, out bool timed)
    {
        name = default;
        timed = false;
        int i = lineStart;
        bool bracket = i < text.Length && text[i] == '[';
        if (bracket) i++;
        int date = DateLength(text, i);
        i += date;
        if (date == 0 && i + 1 < text.Length && text[i] is '上' or '下' && text[i + 1] == '午') i += 2;
        int time = TimeLength(text, i);
        if (date > 0 && time == 0) return 0;
        if (date > 0) time += MeridiemLength(text, i + time);
        timed = time > 0;
        if (bracket && time == 0) return BracketedName(text, lineStart, out name);
        if (bracket && (i + time >= text.Length || text[i + time] != ']')) return 0;
        i += time + (bracket ? 1 : 0);
        if (date > 0) return DatedName(text, lineStart, i, bracket, out name);
        if (timed)
        {
            int gap = i;
            while (i < text.Length && text[i] is ' ' or '\t') i++;
            if (i == gap) return 0;
        }
        int nameStart = i;
        for (; i < text.Length && i - nameStart <= MaxName; i++)
        {
            char c = text[i];
            bool dash = c == ' ' && i + 2 < text.Length && text[i + 1] == '-' && text[i + 2] == ' ';
            // After a time, a space closes the name ("下午7:35 交通組-張 9858").
            if (c is ':' or '：' or '\t' || dash || c == ' ' && timed)
            {
                if (i == nameStart) return 0;
                name = (nameStart, i - nameStart);
                return SkipSpaces(text, i + (dash ? 3 : 1)) - lineStart;
            }
            if (c is '\n' or '\r' or '，' or '。' or '、' or ',' || CharFolding.KindOf(c) == CharKind.Digit) return 0;
        }
        return 0;
    }

    // Round 41 (det-pieces41, U42): "[值班台] D2095" — a name in brackets with no time, as some chat exports write the
    // speaker; a space or tab and the message must follow on the line ("[貼圖]" alone on its line is a sticker, not a speaker).
    private static int BracketedName(ReadOnlySpan<char> text, int lineStart, out (int Start, int Length) name)
    {
        name = default;
        int nameStart = lineStart + 1, i = nameStart;
        for (; i < text.Length && i - nameStart <= MaxName && text[i] != ']'; i++)
            if (text[i] is '\n' or '\r' or ' ' or '，' or '。' or '、' or ',' or '[' || CharFolding.KindOf(text[i]) == CharKind.Digit) return 0;
        if (i == nameStart || i + 2 >= text.Length || text[i] != ']' || text[i + 1] is not (' ' or '\t')) return 0;
        int message = SkipSpaces(text, i + 1);
        if (message >= text.Length || text[message] is '\n' or '\r') return 0;
        name = (nameStart, i - nameStart);
        return message - lineStart;
    }

    /// <summary>Longest note an export writes on a line of its own (Messages and calls are end-to-end encrypted.).</summary>
    private const int MaxNote = 48;

    /// <summary>
    /// Round 47 (set U56): whether <paramref name="line"/> is a note a chat export writes between messages, with no speaker
    /// (大雄已收回訊息, 阿明 已讀, Kevin加入群組, Messages and calls are end-to-end encrypted.): a short line with no digit.
    /// </summary>
    public static bool IsExportNote(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length == 0 || line.Length > MaxNote) return false;
        foreach (char c in line) if (CharFolding.KindOf(c) == CharKind.Digit) return false;
        return true;
    }

    /// <summary>Longest speaker name taken after an export's date, where only the colon closes it (投資老師 林, 財務部 Tony).</summary>
    private const int MaxDatedName = 16;

    // Round 47 (det-b47, set U56): the exports that date every line — Telegram "[10.06.24 00:48] 房東 黃: …" and WhatsApp
    // "8/20/24, 8:23 PM - 王小姐: …". Their names hold spaces, so only the colon closes one; WhatsApp puts " - " before it.
    private static int DatedName(ReadOnlySpan<char> text, int lineStart, int i, bool bracket, out (int Start, int Length) name)
    {
        name = default;
        if (!bracket)
        {
            if (i + 2 >= text.Length || text[i] != ' ' || text[i + 1] != '-' || text[i + 2] != ' ') return 0;
            i += 3;
        }
        else
        {
            if (i >= text.Length || text[i] != ' ') return 0;
            i++;
        }
        int nameStart = i;
        for (; i < text.Length && i - nameStart <= MaxDatedName; i++)
        {
            char c = text[i];
            if (c is ':' or '：')
            {
                if (i == nameStart) return 0;
                name = (nameStart, i - nameStart);
                return SkipSpaces(text, i + 1) - lineStart;
            }
            if (c is '\n' or '\r' or '\t' or '，' or '。' or ',') return 0;
        }
        return 0;
    }

    // "10.06.24 " (Telegram), "8/20/24, " (WhatsApp): day, month and year of one to four digits parted by dots or slashes,
    // then a space (after a comma for the slashes). 0 when no date opens the line.
    private static int DateLength(ReadOnlySpan<char> text, int i)
    {
        int start = i;
        char mark = '\0';
        for (int part = 0; part < 3; part++)
        {
            int digits = i;
            while (i < text.Length && i - digits < 4 && text[i] is >= '0' and <= '9') i++;
            if (i == digits || part < 2 && i - digits > 2) return 0;
            if (part == 2) break;
            if (i >= text.Length || text[i] is not ('.' or '/') || mark != '\0' && text[i] != mark) return 0;
            mark = text[i++];
        }
        if (mark == '/' && i < text.Length && text[i] == ',') i++;
        return i < text.Length && text[i] == ' ' ? i + 1 - start : 0;
    }

    // " PM", " am" after a WhatsApp time.
    private static int MeridiemLength(ReadOnlySpan<char> text, int i) =>
        i + 2 < text.Length && text[i] == ' ' && text[i + 1] is 'A' or 'P' or 'a' or 'p' && text[i + 2] is 'M' or 'm' ? 3 : 0;

    // "08:28", "7:35", "15:41:09": an hour, then minutes (and seconds) of two digits after a colon.
    private static int TimeLength(ReadOnlySpan<char> text, int i)
    {
        int start = i;
        while (i < text.Length && i - start < 2 && text[i] is >= '0' and <= '9') i++;
        if (i == start) return 0;
        int parts = 0;
        while (parts < 2 && i + 2 < text.Length && text[i] is ':' or '：' && text[i + 1] is >= '0' and <= '9' && text[i + 2] is >= '0' and <= '9')
        {
            i += 3;
            parts++;
        }
        return parts == 0 ? 0 : i - start;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t' or '\u3000') i++;
        return i;
    }
}
