namespace DataGuard.Detection.Normalization;

/// <summary>
/// What a pipeline puts between the two pieces of a value it broke at a line end (det-breaks45, issue 9 round 45): blank
/// lines (a PDF's paragraph gap, a mail client's double break, a log's wrapped record), page furniture — a page number
/// ("- 2 -", "— 2 —", "第 2 頁", "Page 2 of 5", "2/5"), a running header or footer holding one, a print stamp or
/// classification line (列印時間 …, 機密 不得外流) — and the quote marks a mail
/// thread puts at the start of every line ("> ", ">> "). <see cref="ChainReader.LineWrapEnd"/> reads across them as it
/// reads across the break itself: the pieces still sit at the break's two sides, and the joined value is validated by
/// its recognizer (checksum, Luhn, numbering plan, plate layout, a known top-level domain) as any wrapped value is.
/// </summary>
internal static class BreakFurniture
{
    /// <summary>Most lines of furniture (blank lines included) read between the two pieces.</summary>
    private const int MaxLines = 4;

    /// <summary>Longest line read as furniture: a page's header or footer is a short line.</summary>
    private const int MaxLineLength = 48;

    /// <summary>
    /// Length of the furniture that starts at <paramref name="lineStart"/>, the start of the line after a break, up to
    /// the start of the line holding the next piece (with that line's quote marks where the broken line, the one holding
    /// <paramref name="lineBreak"/>, opens with the same), or 0 where none stands there.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int lineStart, int lineBreak)
    {
        int i = lineStart;
        bool onlyBlank = true;
        for (int lines = 0; lines < MaxLines && i < text.Length; lines++)
        {
            int lineEnd = LineEnd(text, i);
            if (lineEnd >= text.Length || !IsFurnitureLine(text, i, lineEnd, ref onlyBlank)) break;
            i = lineEnd + ChainReader.LineBreakLength(text, lineEnd);
        }
        int quote = QuotePrefixLength(text, i, lineBreak);
        // "0912⏎⏎345678": two lines holding nothing but pieces, a blank line between, are two lines of a list unless a
        // sentence says to join them (JoiningInstructions); a piece inside a record (a field, a cell, a log line) is wrapped.
        if (i > lineStart && onlyBlank && quote == 0 && IsLonePiece(BrokenLine(text, lineBreak)) && IsLonePiece(text.Slice(i, LineEnd(text, i) - i))) return 0;
        return i - lineStart + quote;
    }

    private static ReadOnlySpan<char> BrokenLine(ReadOnlySpan<char> text, int lineBreak)
    {
        int start = text.Slice(0, lineBreak).LastIndexOfAny('\n', '\r') + 1;
        return text.Slice(start, lineBreak - start);
    }

    // A line that holds nothing but what a value's piece is written with: letters, digits, blanks, hyphens, a plus, brackets.
    private static bool IsLonePiece(ReadOnlySpan<char> line)
    {
        foreach (char c in line)
        {
            var kind = CharFolding.KindOf(c);
            if (kind is CharKind.Digit or CharKind.Letter or CharKind.Invisible || IsBlank(c) || CharFolding.IsHyphen(c) || c is '+' or '(' or ')') continue;
            return false;
        }
        return true;
    }

    // Length of the mail quote marks (">", ">>", "＞") with their blanks opening the line at lineStart, where the broken
    // line (the one holding lineBreak) opens with quote marks too: a quoted line's continuation is quoted; where the broken
    // line was not, a '>' opens no furniture.
    private static int QuotePrefixLength(ReadOnlySpan<char> text, int lineStart, int lineBreak)
    {
        int quote = QuoteMarks(text, lineStart);
        if (quote == 0) return 0;
        int brokenLineStart = text.Slice(0, lineBreak).LastIndexOfAny('\n', '\r') + 1;
        return QuoteMarks(text, brokenLineStart) > 0 ? Blanks.Skip(text, lineStart + quote) - lineStart : 0;
    }

    // Count of quote marks opening the line at i (blanks between them allowed: "> > "), 0 where none, or where none is
    // followed by a blank (">50" is no quote).
    private static int QuoteMarks(ReadOnlySpan<char> text, int i)
    {
        int start = i, end = i;
        while (i < text.Length && i - start < 8)
        {
            if (text[i] is '>' or '＞') end = ++i;
            else if (text[i] is ' ' or '\u3000') i++;
            else break;
        }
        return end > start && end < text.Length && text[end] is ' ' or '\u3000' ? end - start : 0;
    }

    private static int LineEnd(ReadOnlySpan<char> text, int i)
    {
        int end = text.Slice(i).IndexOfAny('\n', '\r');
        return end < 0 ? text.Length : i + end;
    }

    private static bool IsFurnitureLine(ReadOnlySpan<char> text, int start, int end, ref bool onlyBlank)
    {
        var line = Trim(text.Slice(start, end - start));
        if (line.IsEmpty) return true;
        if (line.Length > MaxLineLength || !(IsPageNumber(line) || HoldsPageMark(line) || StartsWithStamp(line))) return false;
        onlyBlank = false;
        return true;
    }

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> line)
    {
        int a = 0, b = line.Length;
        while (a < b && IsBlank(line[a])) a++;
        while (b > a && IsBlank(line[b - 1])) b--;
        return line.Slice(a, b - a);
    }

    private static bool IsBlank(char c) => c is ' ' or '\u3000' or '\t' or '\u00A0' || CharFolding.KindOf(c) == CharKind.Invisible;

    // "- 2 -", "— 12 —", "(2)", "【3】", "2/5", "2 / 5": a number framed by dashes with blanks inside them (a list item's
    // piece "- 123-" has none), or by brackets, or over a page count; a bare number alone on a line is a list's or a
    // value's piece, not furniture.
    private static bool IsPageNumber(ReadOnlySpan<char> line)
    {
        int i = 0;
        char open = '\0', close = '\0';
        while (i < line.Length && IsFrame(line[i])) open = line[i++];
        int number = SkipBlanks(line, i);
        bool blankBefore = number > i;
        int digits = CountDigits(line, number);
        if (digits is 0 or > 3) return false;
        i = number + digits;
        int after = SkipBlanks(line, i);
        bool blankAfter = after > i;
        i = after;
        if (open == '\0' && i < line.Length && line[i] == '/') // "2/5", "2 / 5"
        {
            i = SkipBlanks(line, i + 1);
            int total = CountDigits(line, i);
            return total is > 0 and <= 3 && SkipBlanks(line, i + total) == line.Length;
        }
        while (i < line.Length && IsFrame(line[i])) close = line[i++];
        if (open == '\0' || close == '\0' || i != line.Length) return false;
        return IsBracket(open) && IsBracket(close) || blankBefore && blankAfter;
    }

    private static bool IsBracket(char c) => c is '(' or ')' or '（' or '）' or '[' or ']' or '【' or '】';

    private static bool IsFrame(char c) => CharFolding.IsHyphen(c) || c is '—' or '─' or '━' or '(' or ')' or '（' or '）' or '[' or ']' or '【' or '】';

    // "第 2 頁", "第2頁 / 共5頁", "移工聯絡名冊　第 2 頁", "Page 2 of 5", "p. 3": a header or footer naming its page.
    private static bool HoldsPageMark(ReadOnlySpan<char> line)
    {
        if (IsWordAt(line, 0, "page") || IsWordAt(line, 0, "p."))
            return CountDigits(line, SkipBlanks(line, line[1] == '.' ? 2 : 4)) > 0;
        for (int at = line.IndexOf('第'); at >= 0; at = Next(line, at, '第'))
        {
            int number = SkipBlanks(line, at + 1), digits = CountDigits(line, number);
            int after = SkipBlanks(line, number + digits);
            if (digits > 0 && after < line.Length && line[after] is '頁' or '页') return true;
        }
        return false;
    }

    private static int Next(ReadOnlySpan<char> line, int at, char c)
    {
        int next = line.Slice(at + 1).IndexOf(c);
        return next < 0 ? -1 : at + 1 + next;
    }

    // Print stamps and classification lines a document system repeats on every page.
    private static readonly string[] Stamps =
    {
        "列印時間", "列印日期", "列印人", "列印者", "列印單位", "印表時間", "打印时间", "機密", "机密", "密件", "限閱", "不得外流", "僅供", "本頁",
        "頁次", "printed", "confidential", "internal use",
    };

    /// <summary>The first characters of the stamps, asked before the words are compared.</summary>
    private static readonly string StampInitials = "列印打機机密限不僅本頁PpCcIi";

    private static bool StartsWithStamp(ReadOnlySpan<char> line)
    {
        if (StampInitials.IndexOf(line[0]) < 0) return false;
        foreach (var stamp in Stamps)
            if (line.StartsWith(stamp.AsSpan(), StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool IsWordAt(ReadOnlySpan<char> line, int i, string word) =>
        i + word.Length < line.Length && (i == 0 || !AsciiChars.IsLetterOrDigit(line[i - 1]))
        && line.Slice(i, word.Length).Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase);

    private static int SkipBlanks(ReadOnlySpan<char> line, int i)
    {
        while (i < line.Length && IsBlank(line[i])) i++;
        return i;
    }

    private static int CountDigits(ReadOnlySpan<char> line, int i)
    {
        int n = 0;
        while (i + n < line.Length && line[i + n] is >= '0' and <= '9') n++;
        return n;
    }
}
