using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>National IDs and resident certificates in running text.</summary>
public class IdentityNumberTests
{
    [Fact]
    public void Id_glued_to_cjk_label_is_found()
    {
        var finding = FindsExactly("身分證字號A123456789", "A123456789", EntityTypes.NationalId);
        Assert.Equal("A123456789", finding.NormalizedValue);
        Assert.Equal(Evasions.None, finding.Evasions);
    }

    [Fact]
    public void Id_without_context_is_found_on_its_checksum()
    {
        var finding = FindsExactly("請查 A123456789 的資料", "A123456789", EntityTypes.NationalId);
        Assert.True(finding.Score >= 0.8);
    }

    [Fact]
    public void Context_raises_the_score_of_a_valid_id()
    {
        var bare = Single("請查 A123456789 的資料");
        var labelled = Single("身分證字號：A123456789");
        Assert.True(labelled.Score > bare.Score);
    }

    [Fact]
    public void Id_followed_by_cjk_is_found() =>
        FindsExactly("A123456789號碼的民眾", "A123456789", EntityTypes.NationalId);

    [Fact]
    public void Id_with_letter_glued_before_is_not_found() => FindsNo("XA123456789", EntityTypes.NationalId);

    [Fact]
    public void Id_with_digit_glued_after_is_not_found() => FindsNo("A1234567890", EntityTypes.NationalId);

    [Fact]
    public void Bad_checksum_without_context_is_not_reported() => FindsNothing("代碼 A123456788 已更新");

    [Fact]
    public void Bad_checksum_next_to_strong_context_is_reported_with_a_lower_score()
    {
        var finding = FindsExactly("身分證字號：A123456788", "A123456788", EntityTypes.NationalId);
        Assert.InRange(finding.Score, 0.5, 0.7);
    }

    [Fact]
    public void Bad_checksum_next_to_weak_context_only_is_not_reported() => FindsNo("姓名王小明 A123456788", EntityTypes.NationalId);

    [Fact]
    public void Several_ids_are_reported_in_order()
    {
        var findings = Scan("A123456789、B120000008 與 A223456781");
        Assert.Equal(3, findings.Count);
        Assert.True(findings[0].Start < findings[1].Start && findings[1].Start < findings[2].Start);
    }

    [Theory]
    [InlineData("AA00000009")]
    [InlineData("AB00000001")]
    [InlineData("AC00000003")]
    [InlineData("AD00000005")]
    [InlineData("AC01234567")]
    public void Old_resident_certificate_is_found(string value) =>
        FindsExactly($"外籍移工居留證號{value}。", value, EntityTypes.ResidentCertificate);

    [Theory]
    [InlineData("A800000014")]
    [InlineData("A800000005")]
    [InlineData("A900000007")]
    public void New_resident_certificate_is_found(string value) =>
        FindsExactly($"統一證號 {value}", value, EntityTypes.ResidentCertificate);

    [Fact]
    public void New_resident_certificate_is_not_reported_as_a_national_id() =>
        Assert.Equal(EntityTypes.ResidentCertificate, Single("A800000014").Type);

    [Fact]
    public void Old_resident_certificate_with_bad_checksum_needs_context()
    {
        FindsNothing("編碼 AC01234568 已停用");
        FindsExactly("居留證 AC01234568", "AC01234568", EntityTypes.ResidentCertificate);
    }

    [Fact]
    public void Invoice_layout_is_not_a_resident_certificate_without_context() =>
        FindsNothing("統一發票 AC-01234567 已開立");

    [Fact]
    public void A_country_code_cell_and_the_number_after_it_are_no_certificate()
    {
        var digits = SyntheticIds.OldResident('I', 'D', "0823405")[2..];
        Assert.Equal(EntityTypes.ResidentCertificate, FindsExactly("居留證 ID" + digits, "ID" + digits, EntityTypes.ResidentCertificate).Type);
        FindsNo($"SITI RAHAYU\tID\t{digits[..4]}~{digits[4..]}~15\t雅加達", EntityTypes.ResidentCertificate);
    }
}
