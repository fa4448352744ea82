using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 32 (categories of sets U23, U24): a value given in pieces joined by words and marks that tell the reader to join
/// them (<c>Normalization/JoiningWords</c>), across lines, wrapped with a continuation mark, a plate spelled down with its
/// hyphen on a line of its own, an e-mail address given as its mailbox then its domain; the same shapes holding other
/// numbers stay clean. Values are invented (checksums computed by the test helpers).
/// </summary>
public class JoinedPieceTests
{
    private static readonly string Id = SyntheticIds.Numeric('K', 1, "2345671");
    private static readonly string Certificate = SyntheticIds.Numeric('H', 8, "1234563");
    private const string Card = "4111222526018153"; // Visa range, passes Luhn

    [Theory]
    [InlineData("\n接著 {1}\n剩下的 {2}")]
    [InlineData("\n[2] {1}\n[3] {2}")]
    [InlineData(" / then {1} / the rest {2}")]
    [InlineData("，中間{1}，最後{2}")]
    [InlineData(" 再來{1} 結尾{2}")]
    public void An_id_in_three_pieces_with_joining_words_is_an_id(string joined)
    {
        var value = Id[..3] + string.Format(joined, "", Id[3..6], Id[6..]);
        FindsExactly($"身分證：{value}\n備註：已通知。", value, EntityTypes.NationalId);
    }

    [Fact]
    public void A_certificate_with_numbered_pieces_on_three_lines_is_a_certificate()
    {
        var value = $"{Certificate[..3]}\n[2] {Certificate[3..6]}\n[3] {Certificate[6..]}";
        FindsExactly($"居留證：{value}\n身分證：無", value, EntityTypes.ResidentCertificate);
    }

    [Theory]
    [InlineData("0933 / then 81 / the rest 2457")]
    [InlineData("0933⏎接著 812⏎剩下的 457")]
    [InlineData("093，中間381，最後2457")]
    [InlineData("0933-8 + 12-457")]
    [InlineData("0933- / 812457")]
    [InlineData("0933-- ⏎812-457")]
    [InlineData("0933-（接下行）⏎812457")]
    [InlineData("09338（接下行）⏎12457")]
    [InlineData("+886 933 /  812 457")]
    public void A_mobile_in_pieces_after_a_phone_word_is_a_phone(string written)
    {
        var value = written.Replace("⏎", "\n");
        FindsExactly($"聯絡電話：{value}\n備註", value, EntityTypes.PhoneNumber);
    }

    [Theory]
    [InlineData("4111⏎接著 222⏎剩下的 526018153")]
    [InlineData("411 / then 122 / the rest 2526018153")]
    [InlineData("41112225 + 26018153")]
    [InlineData("4111 2225 /  2601 8153")]
    public void A_card_in_pieces_after_a_card_word_is_a_card(string written)
    {
        var value = written.Replace("⏎", "\n");
        Assert.Equal(Card, value.Where(char.IsAsciiDigit).Aggregate("", (s, c) => s + c));
        FindsExactly($"信用卡號：{value}\n備註", value, EntityTypes.CreditCard);
    }

    [Theory]
    [InlineData("TKW / then -61 / the rest 47")]
    [InlineData("TKW-⏎接著 61⏎剩下的 47")]
    [InlineData("TKW-，中間582，最後3")]
    [InlineData("TKW 再來-6 結尾147")]
    public void A_plate_in_pieces_with_joining_words_is_a_plate(string written)
    {
        var value = written.Replace("⏎", "\n");
        FindsExactly($"車牌：{value}\n備註", value, EntityTypes.LicensePlate);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" 。")]
    [InlineData("；公司電話")]
    public void A_plate_spelled_down_with_its_hyphen_on_a_line_of_its_own_is_a_plate(string after)
    {
        var value = string.Join("\n", "TKW-5823".ToCharArray());
        FindsExactly($"車輛 {value}{after}", value, EntityTypes.LicensePlate);
    }

    [Fact]
    public void A_value_spelled_down_ends_before_a_speakers_line()
    {
        var value = string.Join("\n", "0933812457".ToCharArray());
        FindsExactly($"當事人：{value}\nA：那個機車？", value, EntityTypes.PhoneNumber);
    }

    [Fact]
    public void A_card_spelled_down_after_a_glued_label_ends_at_its_full_stop()
    {
        var value = string.Join("\n", Card.ToCharArray());
        FindsExactly($"卡號是{value} 。", value, EntityTypes.CreditCard);
    }

    [Theory]
    [InlineData("chen_ming4821，網域是 @mail.example.gov.tw")]
    [InlineData("yu.chen31，然後小老鼠，ms1.hinet.net")]
    public void An_address_given_as_its_mailbox_then_its_domain_is_an_address(string value) =>
        FindsExactly($"信箱：{value}\n備註", value, EntityTypes.EmailAddress);

    [Theory]
    [InlineData("案號 113 / then 0456 / the rest 789")]
    [InlineData("金額 1200 + 3500 + 4800 + 2600 元")]
    [InlineData("總計 12 + 34 + 56 = 102")]
    [InlineData("日期\n2\n0\n2\n4\n-\n0\n3\n-\n1\n5")]
    [InlineData("案號\n1\n1\n3\n-\n4\n5\n6")]
    [InlineData("發票號碼 AB\n接著 1234\n剩下的 5678")]
    [InlineData("訂單 0933 | 812 | 457")]
    [InlineData("手機：0933-○○○-457，中間○○○，最後457")]
    [InlineData("時間 10 / 20 / 30 分鐘")]
    [InlineData("版本 10 / then 22 / the rest 631")]
    [InlineData("金額 123，中間456，最後7890 元")]
    [InlineData("編號 ABC / then -12 / the rest 34")]
    public void Other_numbers_in_the_same_shapes_stay_clean(string text) =>
        Assert.DoesNotContain(Scan(text), f => f.Type is EntityTypes.NationalId or EntityTypes.ResidentCertificate or EntityTypes.PhoneNumber
            or EntityTypes.CreditCard or EntityTypes.LicensePlate);

    [Fact]
    public void An_id_with_a_wrong_check_digit_in_pieces_stays_clean() =>
        FindsNo($"編號：{SyntheticIds.Corrupt(Id, 3)[..3]}\n接著 {SyntheticIds.Corrupt(Id, 3)[3..6]}\n剩下的 {SyntheticIds.Corrupt(Id, 3)[6..]}", EntityTypes.NationalId);
}
