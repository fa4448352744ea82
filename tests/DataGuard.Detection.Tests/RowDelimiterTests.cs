using DataGuard.Detection.Recognizers;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 39 (det-twins39): the one table of a row's field marks (<see cref="RowDelimiters"/>) and the one walk over a
/// delimited row's cells (<see cref="TableCell.DelimitedCell"/>), which five readers and three cell walks had each written
/// for themselves. The sets below are the readers' own, as written before the fold; the one difference made is ｜ for the
/// name's fields (every other reader took the full-width bar with the ASCII one). Values are invented.
/// </summary>
public class RowDelimiterTests
{
    [Theory]
    [InlineData((int)FieldMarks.RosterCells, "/／|｜、\t,，;；")]              // NationalityCell, ForeignRowNumbers
    [InlineData((int)FieldMarks.RecordFields, "/／|｜,，;；\t\n\r")]           // PersonRecord
    [InlineData((int)FieldMarks.NameFields, "/／|｜、\t,，;；(（")]           // NamedHolder (｜ added)
    [InlineData((int)FieldMarks.LatinNameEnd, "/／|｜、\t,，;；(（\u3000")]   // ForeignPersonRow
    [InlineData((int)FieldMarks.ContactLine, "/／|｜,，·")]                    // ForeignNumberContext.SharesLineWithAddress
    public void Each_reader_takes_exactly_its_marks(int set, string marks)
    {
        var kinds = (FieldMarks)set;
        for (int c = 0; c <= char.MaxValue; c++)
            Assert.True(RowDelimiters.Is((char)c, kinds) == marks.IndexOf((char)c) >= 0, $"U+{c:X4} under {kinds}");
    }

    [Fact]
    public void The_ASCII_mark_and_the_one_a_Chinese_input_method_types_are_one_kind()
    {
        foreach (var (ascii, wide) in new[] { ('/', '／'), ('|', '｜'), (',', '，'), (';', '；'), ('(', '（') })
            Assert.Equal(RowDelimiters.KindOf(ascii), RowDelimiters.KindOf(wide));
    }

    [Fact]
    public void A_nationality_cell_six_cells_before_the_number_names_it_and_a_seventh_does_not()
    {
        int vietnam = CountryWords.NamedExactly("越南".AsSpan());
        Assert.True(vietnam >= 0);
        const string number = "9876 5432";
        string near = "越南／甲／乙／丙／丁／戊／" + number;      // 越南 is the sixth cell back
        string far = "越南／甲／乙／丙／丁／戊／己／" + number;   // the seventh
        Assert.Equal(vietnam, NationalityCell.Before(near.AsSpan(), near.IndexOf(number, StringComparison.Ordinal)));
        Assert.Equal(-1, NationalityCell.Before(far.AsSpan(), far.IndexOf(number, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_nationality_cell_is_read_only_when_the_value_opens_the_next_cell()
    {
        const string number = "9876 5432";
        string glued = "越南／電話" + number;
        Assert.Equal(-1, NationalityCell.Before(glued.AsSpan(), glued.IndexOf(number, StringComparison.Ordinal)));
    }

    [Fact]
    public void An_amount_with_a_thousands_comma_is_one_cell_of_a_CSV_row_to_every_walk()
    {
        // (the nationality walk counted NT$12 and 480 as two cells before it shared TableCell's walk)
        int vietnam = CountryWords.NamedExactly("越南".AsSpan());
        const string number = "9876 5432";
        string row = "越南,甲,乙,丙,丁,NT$12,480," + number;
        Assert.Equal(vietnam, NationalityCell.Before(row.AsSpan(), row.IndexOf(number, StringComparison.Ordinal)));
        var (from, length) = TableCell.DelimitedCell(row.AsSpan(), ',', 5);
        Assert.Equal("NT$12,480", row.Substring(from, length));
        Assert.Equal(6, TableCell.CellBreaksIn(row.AsSpan(), ','));
    }

    [Theory]
    [InlineData("a|b|c", 0, "a")]
    [InlineData("a|b|c", 2, "c")]
    [InlineData("|b|", 0, "")]
    [InlineData("a|b", 2, null)]
    public void A_delimited_cell_is_found_by_its_column(string line, int column, string? cell)
    {
        var (from, length) = TableCell.DelimitedCell(line.AsSpan(), '|', column);
        Assert.Equal(cell, from < 0 ? null : line.Substring(from, length));
    }
}
