using DataGuard.Detection.Tests.Generated;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 38 (categories of sets U33, U34): an ID's or certificate's first letter described — a spelling-alphabet word and a
/// word joining it to the rest (Foxtrot 後面 …), said to head the rest with its place in brackets (V字頭（臺東縣）…) — is read
/// as one value when the whole passes its checksum; and an OCR'd value whose 1 was scanned as a bar at its end or opening a
/// group after a space is read when the checksum passes. The same shapes failing the checksum, or bars of a table row, are
/// not. Values are invented (checksums computed by <see cref="SyntheticIds"/>).
/// </summary>
public class DescribedLetterAndScanTests
{
    [Theory]
    [InlineData("後面")]
    [InlineData("之後")]
    [InlineData("然後")]
    [InlineData("再來")]
    public void A_spelling_word_and_a_joining_word_head_nine_digits_with_no_id_word(string connector)
    {
        var id = SyntheticIds.Numeric('F', 1, "5209364");
        var written = $"Foxtrot {connector} {id[1..4]} {id[4..7]} {id[7..]}";
        var finding = FindsExactly($"王○明、{written}、已聯繫", written, EntityTypes.NationalId);
        Assert.Equal(id, finding.NormalizedValue);
    }

    [Fact]
    public void An_old_certificates_spelt_first_letter_and_a_joining_word_take_its_second_letter()
    {
        var arc = SyntheticIds.OldResident('H', 'C', "4071825");
        var written = "Hotel 後面 " + arc[1..];
        var finding = FindsExactly($"關係人\t{written}\t已通知", written, EntityTypes.ResidentCertificate);
        Assert.Equal(arc, finding.NormalizedValue);
    }

    [Theory]
    [InlineData("{0}字頭（臺東縣）{1}")]
    [InlineData("{0}字頭（彰化縣），{1}")]
    [InlineData("{0}字頭（嘉義市） {1}")]
    public void A_letter_said_to_head_the_rest_with_its_place_in_brackets_is_read(string form)
    {
        var arc = SyntheticIds.Numeric('V', 9, "1836057");
        var written = string.Format(form, arc[0], arc[1..]);
        var finding = FindsExactly($"<id>{written}</id>", written, EntityTypes.ResidentCertificate);
        Assert.Equal(arc, finding.NormalizedValue);
    }

    [Fact]
    public void A_place_in_brackets_before_an_old_certificates_second_letter_is_passed()
    {
        var arc = SyntheticIds.OldResident('V', 'D', "3052816");
        var written = $"V字頭（臺東縣）{arc[1..]}";
        var finding = FindsExactly($"王○明｜{written}｜失聯", written, EntityTypes.ResidentCertificate);
        Assert.Equal(arc, finding.NormalizedValue);
    }

    [Theory]
    [InlineData("K（King的K）")]
    [InlineData("K(King 的 K)，")]
    public void A_letter_said_again_after_its_example_word_in_brackets_heads_the_rest(string described)
    {
        var id = SyntheticIds.Numeric('K', 2, "6093814");
        var written = described + id[1..];
        var finding = FindsExactly($"當事人陳○○，{written}，已到案。", written, EntityTypes.NationalId);
        Assert.Equal(id, finding.NormalizedValue);
    }

    [Theory]
    [InlineData("Foxtrot 後面 {1} 這個航班已取消")]
    [InlineData("{0}字頭（臺北市）{1} 的案件已歸檔")]
    public void A_described_letter_before_digits_failing_the_checksum_joins_nothing(string form)
    {
        var failing = SyntheticIds.Corrupt(SyntheticIds.Numeric('F', 1, "5209364"), 3);
        FindsNo(string.Format(form, failing[0], failing[1..]), EntityTypes.NationalId);
    }

    [Fact]
    public void A_scanned_ids_last_one_read_as_a_bar_is_read()
    {
        var id = DescribedLettersAndScans.WithCheckDigitOne(SyntheticIds.Numeric('F', 1, "4718260"))!;
        var written = id[..9] + "|";
        var finding = FindsExactly($"身分證統一編號：{written}\n日期：112年7月17日", written, EntityTypes.NationalId);
        Assert.Equal(id, finding.NormalizedValue);
    }

    [Fact]
    public void A_scanned_certificates_last_one_read_as_a_bar_in_a_tab_separated_row_is_read()
    {
        var arc = DescribedLettersAndScans.WithCheckDigitOne(SyntheticIds.Numeric('U', 9, "6270415"))!;
        var written = arc[..9] + "|";
        var finding = FindsExactly($"王○明\t{written}\t日本", written, EntityTypes.ResidentCertificate);
        Assert.Equal(arc, finding.NormalizedValue);
    }

    [Fact]
    public void A_bar_ending_nine_characters_in_a_bar_table_stays_a_cell_break()
    {
        var id = DescribedLettersAndScans.WithCheckDigitOne(SyntheticIds.Numeric('F', 1, "4718260"))!;
        FindsNo($"| 王○明 | {id[..9]}| 12 | 正常 |", EntityTypes.NationalId);
    }

    [Fact]
    public void A_bar_ending_nine_characters_that_fail_the_checksum_with_it_is_no_id()
    {
        var id = SyntheticIds.Numeric('F', 1, "4718263");
        Assert.NotEqual('1', id[^1]);
        FindsNo($"料號 {id[..9]}| 已停產", EntityTypes.NationalId);
    }

    [Theory]
    [InlineData("{0}{1}{2}{3}{4}{5} |{7}{8}{9}")]
    [InlineData("{0}{1} {2}{3}{4}{5} |{7}{8}{9}")]
    [InlineData("{0}I{2}{3}{4}{5} |{7}l{9}")]
    public void A_scanned_ids_one_read_as_a_bar_opening_a_group_is_read(string form)
    {
        var id = SyntheticIds.Numeric('A', 1, "5903171");
        Assert.Equal('1', id[6]);
        var written = string.Format(form, id.Select(c => (object)c).ToArray());
        if (form.Contains('l')) Assert.Equal('1', id[8]);
        var finding = FindsExactly($"駕駛人身分證 {written}\n電話 未填", written, EntityTypes.NationalId);
        Assert.Equal(id, finding.NormalizedValue);
    }

    [Fact]
    public void An_id_typed_backwards_starting_with_a_sound_alike_digit_is_turned_round_whole()
    {
        var id = SyntheticIds.Numeric('J', 1, "5307246");
        Assert.Equal('8', id[^1]);
        var typed = id.Replace('3', '山').Replace('4', '寺').Replace('8', '吧');
        var written = new string(typed.Reverse().ToArray());
        var finding = FindsExactly($"身分證倒著寫是{written}，請轉正。", written, EntityTypes.NationalId);
        Assert.Equal(id, finding.NormalizedValue);
    }
}
