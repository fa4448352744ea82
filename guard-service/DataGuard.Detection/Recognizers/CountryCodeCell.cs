using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// A country written as its ISO code in a sheet's nationality column (<c>姓名⇥國籍⇥手機</c>, then <c>…⇥VN⇥09…</c>): the code
/// names the country of the numbers in its row. A bare code names too many other things (<c>ID</c> is an identifier's
/// label, <c>TH</c> a heading, <c>US</c> a word), so it counts only as a whole cell under a header that names nationality.
/// </summary>
internal static class CountryCodeCell
{
    private static readonly ContextWord[] NationalityHeaders = ContextWord.All(new[] { "國籍", "國別", "籍別", "國家", "Nationality", "Country" });

    /// <summary>
    /// The country (see <see cref="CountryWords.Region"/>) whose code fills a cell of the nationality column in the row of
    /// the value at [<paramref name="start"/>, <paramref name="end"/>), or -1.
    /// </summary>
    public static int InRow(ReadOnlySpan<char> text, int start, int end)
    {
        int lineStart = TableCell.LineStart(text, start);
        if (lineStart == 0) return -1; // a header row must stand above
        int lineEnd = TableCell.LineEnd(text, end);
        for (int at = lineStart; at + 1 < lineEnd; at++)
        {
            if (!IsCodeAt(text, at, lineEnd)) continue;
            int country = CountryWords.OfRegion(text.Slice(at, 2));
            if (country < 0) continue;
            var header = TableCell.Header(text, at, at + 2, out bool wholeCell);
            if (wholeCell && ContextWord.AnyIn(NationalityHeaders, header)) return country;
        }
        return -1;
    }

    // Two capital ASCII letters with no letter or digit on either side.
    private static bool IsCodeAt(ReadOnlySpan<char> text, int at, int lineEnd) =>
        text[at] is >= 'A' and <= 'Z' && text[at + 1] is >= 'A' and <= 'Z'
        && (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + 2 >= lineEnd || !char.IsLetterOrDigit(text[at + 2]));
}
