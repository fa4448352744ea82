using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 34 (categories of sets U25, U26): values disguised inside pasted documents. A record's row or column names a
/// phone or card typed with look-alike letters as a label does; a digit retyped as another, or a letter misread after a
/// group's separator, with the right digit in brackets, reads as corrected; a phone word right before a number keeps an
/// account label further back off it. Look-alikes of the same shapes stay clean. Values are invented (checksums computed
/// by <see cref="SyntheticIds"/> and <see cref="Generated.ValueFamilies.LuhnDigit"/>).
/// </summary>
public class DisguisedRecordTests
{
    private static readonly string RowId = SyntheticIds.Numeric('H', 2, "7309171");

    private static string Card(string body15) => body15 + Generated.ValueFamilies.LuhnDigit(body15);

    [Fact]
    public void Every_zero_and_one_of_a_mobile_as_letters_under_a_phone_column() =>
        FindsAmongOthers($"證號\t姓名\t電話\n{RowId}\t游○翰\tO92O-1OI5l3", "O92O-1OI5l3", EntityTypes.PhoneNumber);

    [Fact]
    public void A_landline_with_look_alikes_in_a_csv_row_beside_the_persons_id() =>
        FindsAmongOthers($"{RowId},胡○芬,O4-72O-46O6,wang@example.com,BUL-6935", "O4-72O-46O6", EntityTypes.PhoneNumber);

    [Fact]
    public void Bare_landline_digits_with_look_alikes_in_a_csv_row_beside_the_persons_id() =>
        FindsAmongOthers($"{RowId},潘○如,038OO7413,su@example.com", "038OO7413", EntityTypes.PhoneNumber);

    [Fact]
    public void A_mobile_with_look_alikes_under_a_fixed_width_phone_column() =>
        FindsAmongOthers("手機  信箱  Name\n0959-894-956    lai@example.com    陳美玲\nO925-4IO967     yang@example.com   沈○翰", "O925-4IO967", EntityTypes.PhoneNumber);

    [Fact]
    public void The_same_look_alikes_with_no_record_or_label_stay_unread() =>
        FindsNo("型號 O925-4IO967 已停產。", EntityTypes.PhoneNumber);

    [Fact]
    public void A_card_with_look_alikes_after_a_spaced_ocr_label()
    {
        var card = Card("412339846602379");
        var typed = card[0] + "l" + card[2..].Replace('0', 'O');
        var finding = FindsExactly($"信 用 卡 號 : {typed} \n日 期：112年6月23日", typed, EntityTypes.CreditCard);
        Assert.True(finding.Score >= 0.8, "a form's spaced card label names the disguised card");
    }

    [Fact]
    public void A_card_with_look_alikes_in_a_row_beside_the_persons_id()
    {
        var card = Card("489251756500405");
        var typed = $"{card[..4]} {card[4..8].Replace('1', 'I')} {card[8..12].Replace('0', 'O')} {card[12..].Replace('0', 'O')}";
        FindsAmongOthers($"| BXD-0030 | {typed} | (045)132-1955 | 余○雄 | {RowId} |", typed, EntityTypes.CreditCard);
    }

    [Theory]
    [InlineData("08-8[6]27-1444", "086271444")]
    [InlineData("0912-34(6)5-678", "0912365678")]
    [InlineData("04-Z（2）318-4425", "0423184425")]
    [InlineData("0975-k[6]41355", "0975641355")]
    public void A_phone_corrected_in_brackets_reads_as_corrected(string typed, string read)
    {
        var finding = FindsExactly($"| 王○明 | {typed} | 未接 |", typed, EntityTypes.PhoneNumber);
        Assert.Equal(read, finding.NormalizedValue.Replace("+886", "0"));
    }

    [Fact]
    public void An_id_with_a_digit_retyped_in_full_width_brackets_reads_as_corrected()
    {
        var id = SyntheticIds.Numeric('T', 2, "0587732");
        var typed = id[..5] + (char)('0' + (id[5] - '0' + 3) % 10) + "（" + id[5] + "）" + id[6..];
        var finding = FindsExactly($"身分證 {typed} 請查", typed, EntityTypes.NationalId);
        Assert.Equal(id, finding.NormalizedValue);
    }

    [Theory]
    [InlineData("合計 3,250元[2]，見第4(1)款。")]
    [InlineData("版本 2.3[1] 已上線，共 12(3) 項。")]
    [InlineData("房號 3-A(1) 與 5-B[8] 已清潔。")]
    [InlineData("訂單編號  金額\nPO1234-56[7]890    1,250元")]
    public void Footnotes_list_numbers_and_short_codes_with_brackets_stay_clean(string text) => FindsNothing(text);

    [Fact]
    public void A_phone_word_right_before_a_number_is_nearer_than_an_account_label() =>
        FindsExactly("出售帳戶 價格好談 聯絡：0912 345 678。", "0912 345 678", EntityTypes.PhoneNumber);

    [Fact]
    public void An_account_label_right_before_its_number_still_names_an_account() =>
        FindsExactly("匯款帳號：0912345678123，戶名王○明。", "0912345678123", EntityTypes.BankAccount);
}
