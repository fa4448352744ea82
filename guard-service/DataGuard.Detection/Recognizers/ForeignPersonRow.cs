using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 37 (categories of sets U31, U32): a roster row or list line that names its person as a foreigner before the
/// number — a resident certificate (…（FC…，099-…）, 吳○芳、TB…、0896-…) or a first field that is a name in Latin
/// letters written in name case (Maria C.、X1…、0918 …; - Kim Ji-ho — … — 010-…). A number Taiwan's plan turns down there is the person's
/// number in their home country's national form, as a country named before it would say.
/// </summary>
internal static class ForeignPersonRow
{
    /// <summary>Most characters of a list item's marker before the name (- , 12. , 3、).</summary>
    private const int MaxMarker = 4;

    /// <summary>Longest name read (Nguyen Thi Thanh Huong).</summary>
    private const int MaxNameLength = 32;

    /// <summary>Fewest words of the name: one capitalised word alone is as often a label (Phone, Total).</summary>
    private const int MinNameWords = 2;

    /// <summary>
    /// Whether the line of the value at [<paramref name="start"/>, <paramref name="end"/>), before it, names its person as a
    /// foreigner, the value under no column header but a phone word: a header that names its column (Ref, 訂單編號, 金額)
    /// says what the column holds, whoever the row is.
    /// </summary>
    public static bool Names(ReadOnlySpan<char> text, int start, int end)
    {
        int lineStart = TableCell.LineStart(text, start);
        var before = text.Slice(lineStart, start - lineStart);
        return (StartsWithLatinName(before) || PersonRecord.HoldsResidentCertificate(before))
               && NamesPhoneOrNothing(TableCell.Header(text, start, end, out _)) && NamesPhoneOrNothing(TableCell.SpacedHeader(text, start))
               && NamesPhoneOrNothing(TableCell.ListHeader(text, start)) && !HeadedByLookAlikeColumn(text, lineStart);
    }

    // A line just above the row (up to a blank line) that names a look-alike column (訂單編號, 金額) and no phone says what
    // the rows' numbers are, whatever delimiter or leading text (a chat's timestamp, Ref:) kept its cells from aligning.
    private static bool HeadedByLookAlikeColumn(ReadOnlySpan<char> text, int lineStart)
    {
        var heading = RowHeading.Nearest(text, lineStart, phone: false);
        return !heading.IsEmpty && !ContextWord.AnyIn(PhoneWords.Any, heading);
    }

    // (訂單號碼 holds a phone's noun and names an order's column)
    private static bool NamesPhoneOrNothing(ReadOnlySpan<char> header) =>
        header.IsEmpty || ContextWord.AnyIn(PhoneWords.Any, header) && !PhoneWords.LookAlikeLabels.AnyIn(header);

    // A first field of capitalised Latin words (initials with their dot, hyphenated parts: Tran T. H., Kim Ji-ho), past a
    // list marker, ending at a field break: a delimiter, a dash between spaces or a wide gap.
    private static bool StartsWithLatinName(ReadOnlySpan<char> line)
    {
        int i = 0;
        while (i < line.Length && i < MaxMarker && IsMarker(line[i])) i++;
        int words = 0, from = i;
        bool spelt = false;
        while (i < line.Length && i - from <= MaxNameLength)
        {
            if (!AsciiChars.IsUpper(line[i])) return false;
            int word = i;
            while (i < line.Length && (IsLatinLetter(line[i]) || line[i] is '.' or '\'' || line[i] == '-' && i + 1 < line.Length && IsLatinLetter(line[i + 1]))) i++;
            words++;
            // (a word spelt in name case: an upper-case run is how exports type codes and labels, as for glued names)
            spelt |= i - word >= 2 && line[i - 1] != '.' && HasLowerCase(line.Slice(word, i - word));
            if (i >= line.Length) return false;
            // (A B、 is no name: one word at least is spelt out; Order No、 and Phone Number、 are labels)
            if (EndsField(line, i)) return words >= MinNameWords && spelt && !IsLabel(line.Slice(from, i - from));
            if (line[i] != ' ') return false;
            i++;
        }
        return false;
    }

    private static bool HasLowerCase(ReadOnlySpan<char> word)
    {
        foreach (char c in word) if (char.IsLower(c)) return true;
        return false;
    }

    private static bool IsLabel(ReadOnlySpan<char> words) => PhoneWords.LookAlikeLabels.AnyIn(words) || ContextWord.AnyIn(PhoneWords.Any, words);

    // A list item's marker or number (- , * , 12. , 3、).
    private static bool IsMarker(char c) => c is ' ' or '-' or '*' or '•' or '.' or '、' or ')' or '）' || AsciiChars.IsDigit(c);

    // A Latin letter, accented ones too (Lê, Bùi), never Han.
    private static bool IsLatinLetter(char c) => AsciiChars.IsLetter(c) || c is >= '\u00C0' and <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF';

    // A field break at i: a delimiter of a row, a dash between spaces, or a gap of two spaces or an ideographic space.
    private static bool EndsField(ReadOnlySpan<char> line, int i) =>
        RowDelimiters.Is(line[i], FieldMarks.LatinNameEnd)
        || line[i] == ' ' && i + 1 < line.Length && (line[i + 1] is ' ' or '—' or '–' or '-' || RowDelimiters.Is(line[i + 1], FieldMarks.Slash | FieldMarks.Bar | FieldMarks.ListMark));
}
