namespace DataGuard.Cli.Scanning;

/// <summary>
/// A 1-based line and column (columns count UTF-16 code units, as SARIF's default <c>utf16CodeUnits</c> column kind does).
/// Line breaks are LF, CRLF and a lone CR.
/// </summary>
internal readonly record struct TextPosition(int Line, int Column, bool AfterCarriageReturn = false)
{
    /// <summary>The start of a text.</summary>
    public static TextPosition Start { get; } = new(1, 1);

    /// <summary>The position after reading <paramref name="text"/> from this one.</summary>
    public TextPosition Advance(ReadOnlySpan<char> text)
    {
        int line = Line, column = Column;
        bool afterCr = AfterCarriageReturn;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                if (!afterCr) { line++; }
                column = 1;
                afterCr = false;
            }
            else if (c == '\r')
            {
                line++;
                column = 1;
                afterCr = true;
            }
            else
            {
                column++;
                afterCr = false;
            }
        }
        return new TextPosition(line, column, afterCr);
    }
}
