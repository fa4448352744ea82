using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 28 (sets U15, U16): a person's name written right before a value labels it as an ID label would
/// ("車主林志明，AZ23456789", "當事人二：陳美玲，EI…", "吳宗翰 Pl2…，男，35歲"). The name is told by its shape, not from a
/// list: two to four Han characters in a field of their own, after a word naming a person's role in the case, or with a
/// sex or age word right after the value, or in a table column headed by such a word. A shop's or company's name before an e-invoice number has neither.
/// </summary>
internal static class NamedHolder
{
    private const int MinName = 2;
    private const int MaxName = 4;

    /// <summary>Words that name a person's role in a record; a name follows them, glued or after a colon and an ordinal.</summary>
    private static readonly string[] Roles =
    {
        "車主", "駕駛", "駕駛人", "乘客", "當事人", "關係人", "嫌疑人", "犯嫌", "被害人", "報案人", "證人", "被告", "行為人",
        "姓名", "申請人", "承租人", "移工", "通緝犯", "失蹤人", "受刑人",
    };

    /// <summary>
    /// <see cref="DigitLookalikes.StartsCode"/> (one capital read as the first digit asks for a label), unless a person's
    /// name labels the value's first <paramref name="count"/> chain characters.
    /// </summary>
    public static bool CodeUnlessNamed(ReadOnlySpan<char> text, in Chain chain, int lookalikes, int digitsFrom, int count) =>
        DigitLookalikes.StartsCode(chain, lookalikes, digitsFrom) && !Precedes(text, chain.Start, chain.EndOf(count));

    /// <summary>Whether a person's name stands right before [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static bool Precedes(ReadOnlySpan<char> text, int start, int end)
    {
        int nameEnd = Spaces.StartBefore(text, start);
        if (nameEnd > 0 && IsFieldSeparator(text[nameEnd - 1])) nameEnd = Spaces.StartBefore(text, nameEnd - 1);
        else if (nameEnd == start) return false; // (glued to the value: a code's prefix, not a name)
        int run = nameEnd;
        while (run > 0 && nameEnd - run < MaxName + 4 && (CharFolding.IsHan(text[run - 1]) || text[run - 1] == '○')) run--; // (黃○恩: a masked name)
        for (int length = MinName; length <= MaxName && nameEnd - length >= run; length++)
            if (RoleEndsAt(text, nameEnd - length)) return true;
        return nameEnd - run is >= MinName and <= MaxName && StartsField(text, run)
            && (SexOrAgeAfter(text, end) || nameEnd < start && IsFieldSeparator(text[nameEnd]) && InNameColumn(text, run, text[nameEnd]));
    }

    /// <summary>How many rows above a table row its header is looked for.</summary>
    private const int MaxRowsUp = 40;

    // The name's cell stands in a column whose header is a role word (姓名, 報案人): walking up the table's rows (lines that
    // hold the row's separator), the cell at the same place in one of them reads as such a word.
    private static bool InNameColumn(ReadOnlySpan<char> text, int nameStart, char separator)
    {
        int lineStart = TableCell.LineStart(text, nameStart);
        int column = TableCell.CellBreaksIn(text.Slice(lineStart, nameStart - lineStart), separator);
        for (int rows = 0; rows < MaxRowsUp && lineStart > 0; rows++)
        {
            int lineEnd = lineStart - 1;
            lineStart = TableCell.LineStart(text, lineEnd);
            var line = text.Slice(lineStart, lineEnd - lineStart);
            if (line.IndexOf(separator) < 0) return false;
            var (from, length) = TableCell.DelimitedCell(line, separator, column);
            if (from >= 0 && IsRoleCell(line.Slice(from, length).Trim())) return true;
        }
        return false;
    }

    private static bool IsRoleCell(ReadOnlySpan<char> cell) => WordLists.EndsWithAny(cell, Roles);

    // A role word ending at i, glued to the name or before it with a colon and an ordinal between (當事人二：).
    private static bool RoleEndsAt(ReadOnlySpan<char> text, int i)
    {
        int j = Spaces.StartBefore(text, i);
        if (j > 0 && text[j - 1] is ':' or '：')
        {
            j = Spaces.StartBefore(text, j - 1);
            if (j > 0 && IsOrdinal(text[j - 1])) j--;
        }
        foreach (string role in Roles)
            if (j >= role.Length && text.Slice(j - role.Length, role.Length).SequenceEqual(role.AsSpan())) return true;
        return false;
    }

    // The line's start, a field separator or a colon before the name.
    private static bool StartsField(ReadOnlySpan<char> text, int i)
    {
        i = Spaces.StartBefore(text, i);
        return i == 0 || text[i - 1] is '\n' or '\r' or ':' or '：' || IsFieldSeparator(text[i - 1]);
    }

    // 男 or 女, or an age (35歲), as the next field after the value.
    private static bool SexOrAgeAfter(ReadOnlySpan<char> text, int end)
    {
        int i = Spaces.SkipForward(text, end);
        if (i >= text.Length || !IsFieldSeparator(text[i])) return false;
        i = Spaces.SkipForward(text, i + 1);
        if (i < text.Length && text[i] is '男' or '女') return true;
        int digits = i;
        while (digits < text.Length && digits - i < 3 && (uint)(text[digits] - '0') <= 9) digits++;
        return digits > i && digits < text.Length && text[digits] == '歲';
    }

    private static bool IsFieldSeparator(char c) => RowDelimiters.Is(c, FieldMarks.NameFields);

    private static bool IsOrdinal(char c) => c is '一' or '二' or '三' or '四' or '五' or (>= '1' and <= '9') or (>= 'A' and <= 'E');
}
