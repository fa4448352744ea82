using DataGuard.Detection.Recognizers;

namespace DataGuard.Detection.Tests;

/// <summary>
/// det-speed45 (issue 9 §3): table look-ups answered before any cell is counted where the answer is already known — a value
/// on a text's first line has no header above it (<c>TableCell.Header</c>, <c>TableCell.SpacedHeader</c>), a text of one line
/// has no other rows (<c>PhoneColumn.OtherRowsHold</c>, asked by <c>PlateColumn.Holds</c>) — and the legacy plate codes'
/// column and field look-ups asked after their shape tests. The answers must be those of the full look-ups: a value one line
/// down still finds its header and its column. Values are invented (the IDs checksum-valid, made up for these tests).
/// </summary>
public class FirstLineTableAnswersTests
{
    private const string Delimited = "車號,姓名,備註\nKQT-3815,王○明,無\nRHW-2067,陳○芬,無\nMZD-5091,林○豪,無";
    private const string Spaced = "車號      姓名      備註\nKQT-3815  王○明  無\nRHW-2067  陳○芬  無\nMZD-5091  林○豪  無";

    [Fact]
    public void A_value_on_the_first_line_has_no_header()
    {
        const string row = "KQT-3815,王○明,無";
        Assert.True(TableCell.Header(row.AsSpan(), 0, 8, out bool wholeCell).IsEmpty);
        Assert.False(wholeCell);
        Assert.True(TableCell.SpacedHeader("KQT-3815  王○明  無".AsSpan(), 0).IsEmpty);
    }

    [Fact]
    public void A_value_one_line_down_still_finds_its_header()
    {
        int start = Delimited.IndexOf("RHW", StringComparison.Ordinal);
        Assert.Equal("車號", TableCell.Header(Delimited.AsSpan(), start, start + 8, out bool wholeCell).ToString());
        Assert.True(wholeCell);
        int spaced = Spaced.IndexOf("RHW", StringComparison.Ordinal);
        Assert.Equal("車號", TableCell.SpacedHeader(Spaced.AsSpan(), spaced).ToString().Trim());
    }

    [Fact]
    public void A_text_of_one_line_has_no_other_rows_to_hold_plates()
    {
        const string line = "KQT-3815、RHW-2067、MZD-5091、TPN-6632";
        Assert.False(PlateColumn.Holds(line.AsSpan(), 0, 8));
        // The same plates one per row under a plate column: the other rows hold plates.
        int start = Delimited.IndexOf("RHW", StringComparison.Ordinal);
        Assert.True(PlateColumn.Holds(Delimited.AsSpan(), start, start + 8));
    }

    [Theory]
    [InlineData("身分證K273058145，騎乘機車離開")]
    [InlineData("居留證號R158306278。")]
    public void An_id_is_read_as_an_id_and_never_as_a_legacy_plate_code(string text)
    {
        var findings = PersonalDataScanner.Default.Scan(text);
        Assert.Contains(findings, f => f.Type is EntityTypes.NationalId or EntityTypes.ResidentCertificate);
        Assert.DoesNotContain(findings, f => f.Type == EntityTypes.LicensePlate);
    }

    [Theory]
    [InlineData("他騎5K8362離開現場")]
    [InlineData("車號5K8362，111年3月停放")]
    public void A_joined_legacy_code_named_by_a_verb_or_a_plate_word_is_still_a_plate(string text)
    {
        var findings = PersonalDataScanner.Default.Scan(text);
        Assert.Contains(findings, f => f.Type == EntityTypes.LicensePlate && text.Substring(f.Start, f.Length) == "5K8362");
    }
}
