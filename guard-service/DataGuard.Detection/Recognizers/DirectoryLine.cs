using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// A line of a contact directory: a name (or a title and a name) and then a number that ends the line, beside a line that
/// holds a phone word (各所聯絡窗口 / 中山所 2345 6789 / 里長林美玲 2678 1234). The list names the number a phone as a label
/// would; a name alone before eight digits does not.
/// </summary>
internal static class DirectoryLine
{
    /// <summary>The longest name, with its title, before a directory number (里長林美玲, 保全王志明).</summary>
    private const int MaxName = 8;

    /// <summary>A directory's heading words, besides the phone words of its other entries.</summary>
    private static readonly ContextWord[] DirectoryWords = ContextWord.All(new[] { "聯絡窗口", "通訊錄", "聯絡名單", "分機" });

    private static readonly ContextWord[] ExtensionWords = ContextWord.All(new[] { "分機", "ext", "轉", "#" });

    /// <summary>
    /// Whether the local number at [<paramref name="start"/>, <paramref name="end"/>), whose digits are
    /// <paramref name="digits"/>, is a directory entry, its neighbour lines holding one of <paramref name="phoneWords"/>.
    /// </summary>
    public static bool Names(ReadOnlySpan<char> text, int start, int end, ReadOnlySpan<char> digits, ContextWord[] phoneWords)
    {
        int lineStart = text.Slice(0, start).LastIndexOf('\n') + 1;
        if (!IsNameBefore(text.Slice(lineStart, start - lineStart)) || !EndsLine(text, end) || IsYearMonthDay(digits)) return false;
        var before = LineBefore(text, lineStart);
        var after = LineAfter(text, end);
        return ContextWord.AnyIn(phoneWords, before) || ContextWord.AnyIn(DirectoryWords, before)
            || ContextWord.AnyIn(phoneWords, after) || ContextWord.AnyIn(DirectoryWords, after);
    }

    /// <summary>How many lines above and below a roster line are read.</summary>
    private const int MaxRosterLines = 16;

    /// <summary>
    /// Round 34 (categories of set U26): whether the local number at [<paramref name="start"/>, <paramref name="end"/>) ends
    /// a line of a duty roster after a person's name (週一 0000-0800 警員 余文彬 2345 6789) where the other lines of the block
    /// end with phones (a mobile, a grouped number) more often than with numbers of another kind: the roster's last column
    /// is its contact number, whatever the line says before it.
    /// </summary>
    public static bool EndsRosterLine(ReadOnlySpan<char> text, int start, int end, ReadOnlySpan<char> digits)
    {
        int lineStart = text.Slice(0, start).LastIndexOf('\n') + 1;
        // (a bracket or quote may open around the number: … 余文彬 (2345 6789))
        var before = text.Slice(lineStart, start - lineStart).TrimEnd(" \u3000([{<\"'「（【".AsSpan());
        if (before.Length == start - lineStart || before.IsEmpty || !CharFolding.IsHan(before[before.Length - 1]) || !EndsLine(text, end) || IsYearMonthDay(digits))
            return false;
        int phones = 0, others = 0;
        for (int at = lineStart, n = 0; at > 0 && n < MaxRosterLines; n++)
        {
            var line = LineBefore(text, at);
            if (line.Trim().IsEmpty) break;
            Tally(line, ref phones, ref others);
            at -= line.Length + 1;
            if (at > 0 && text[at - 1] == '\r') at--;
        }
        int lineEnd = text.Slice(end).IndexOf('\n');
        for (int at = lineEnd < 0 ? text.Length : end + lineEnd, n = 0; at < text.Length && n < MaxRosterLines; n++)
        {
            var rest = text.Slice(at + 1);
            int next = rest.IndexOf('\n');
            var line = (next < 0 ? rest : rest.Slice(0, next)).TrimEnd('\r');
            if (line.Trim().IsEmpty) break;
            Tally(line, ref phones, ref others);
            at += (next < 0 ? rest.Length : next) + 1;
        }
        return phones >= MinRosterPhones && phones >= others;
    }

    /// <summary>Fewest other lines of a roster that must end with a phone.</summary>
    private const int MinRosterPhones = 2;

    // Counts the line's last field (its trailing digits, spaces, hyphens and brackets) as a phone or a number of another kind.
    private static void Tally(ReadOnlySpan<char> line, ref int phones, ref int others)
    {
        line = line.TrimEnd();
        int from = line.Length;
        while (from > 0 && line[from - 1] is (>= '0' and <= '9') or ' ' or '-' or '(' or ')' or '+' or '.') from--;
        switch (PhoneColumn.KindOf(line.Slice(from)))
        {
            case PhoneColumn.CellKind.Phone: phones++; break;
            case PhoneColumn.CellKind.Other: others++; break;
        }
    }

    // "里長林美玲 ", "王淑芬：", "總幹事　黃文彬 (": two to eight Chinese characters (spaces may part a title from a name),
    // then a gap before the number.
    private static bool IsNameBefore(ReadOnlySpan<char> prefix)
    {
        var name = prefix.TrimEnd(" \u3000：:([{<\"'「（【".AsSpan()).Trim(" \u3000".AsSpan());
        if (name.Length == prefix.Length || name.Length > MaxName + 2) return false;
        int characters = 0;
        foreach (char c in name)
        {
            if (c is ' ' or '\u3000') continue;
            if (!CharFolding.IsHan(c) && c != '○') return false;
            characters++;
        }
        return characters is >= 2 and <= MaxName;
    }

    // Nothing after the number on its line but a closing bracket and an extension (分機 12, ext. 8, #7448).
    private static bool EndsLine(ReadOnlySpan<char> text, int end)
    {
        int lineEnd = text.Slice(end).IndexOfAny('\n', '\r');
        var rest = text.Slice(end, lineEnd < 0 ? text.Length - end : lineEnd).TrimStart(" \u3000)]}>\"'」）】".AsSpan()).TrimEnd();
        return rest.IsEmpty || ContextWord.AnyIn(ExtensionWords, rest.Slice(0, Math.Min(rest.Length, 4)));
    }

    // 20231105: eight digits that read as a year, a month and a day are a date in a roster.
    private static bool IsYearMonthDay(ReadOnlySpan<char> value)
    {
        if (value.Length != 8) return false;
        int month = (value[4] - '0') * 10 + value[5] - '0', day = (value[6] - '0') * 10 + value[7] - '0';
        return value[0] is '1' or '2' && value[1] is '9' or '0' && month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }

    private static ReadOnlySpan<char> LineBefore(ReadOnlySpan<char> text, int lineStart)
    {
        if (lineStart == 0) return default;
        var before = text.Slice(0, lineStart - 1).TrimEnd('\r');
        return before.Slice(before.LastIndexOf('\n') + 1);
    }

    private static ReadOnlySpan<char> LineAfter(ReadOnlySpan<char> text, int end)
    {
        int lineEnd = text.Slice(end).IndexOf('\n');
        if (lineEnd < 0) return default;
        var after = text.Slice(end + lineEnd + 1);
        int next = after.IndexOf('\n');
        return next < 0 ? after : after.Slice(0, next);
    }
}
