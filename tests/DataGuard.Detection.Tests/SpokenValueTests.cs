using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Values read out in pieces as speech-to-text writes them down (the letter on its own, English hesitations, filler words
/// glued to the digits, pauses and invisible characters), and the look-alikes that must not join: the generator's
/// split.spoken and split.letter cells cover them across contexts; these name the behaviour.
/// </summary>
public class SpokenValueTests
{
    private static readonly string Id = SyntheticIds.Numeric('M', 1, "2345678");
    private static readonly string Arc2021 = SyntheticIds.Numeric('G', 9, "1234567");
    private static readonly string OldArc = SyntheticIds.OldResident('W', 'B', "1234567");

    [Theory]
    [InlineData("駕駛{0} … 呃 {1} 後面是 {2} … 欸 {3}駕駛車輛", " … 呃 ", " 後面是 ", " … 欸 ")]
    [InlineData("你幫我看一下 {0} 就是 {1}後面是{2}那個{3} 這個是不是他本人", " 就是 ", "後面是", "那個")]
    [InlineData("收到，{0}，對{1}對{2}，再來{3}，我去查", "，對", "對", "，再來")]
    [InlineData("rider ID {0}那個{1} 對 {2} uh {3}", "那個", " 對 ", " uh ")]
    [InlineData("持卡人{0} … 嗯 {1} \u200D… 嗯 {2}，然後{3}。", " … 嗯 ", " \u200D… 嗯 ", "，然後")]
    public void An_id_read_out_from_its_letter_on_is_one_id(string frame, string first, string second, string third)
    {
        string value = Id[..1] + first + Id[1..4] + second + Id[4..7] + third + Id[7..];
        string text = string.Format(frame, Id[..1], Id[1..4], Id[4..7], Id[7..]);
        Assert.Equal(Id, FindsExactly(text, value, EntityTypes.NationalId).NormalizedValue);
    }

    [Fact]
    public void A_certificate_read_out_from_its_letters_on_is_one_certificate()
    {
        string text = $"證號 {Arc2021[..1]} … 後面是 {Arc2021[1..4]}接著{Arc2021[4..7]}，接著{Arc2021[7..]}\t泰國";
        Assert.Equal(Arc2021, FindsAmong(text, EntityTypes.ResidentCertificate));
        string old = $"被告與{OldArc[..2]} \u00AD… 那個 {OldArc[2..6]} … 接著 {OldArc[6..]}共同經營";
        Assert.Equal(OldArc, FindsAmong(old, EntityTypes.ResidentCertificate));
    }

    [Theory]
    [InlineData("電話 0987 uh 393807", "0987 uh 393807")]
    [InlineData("電話0935對793 uh 492。", "0935對793 uh 492")]
    [InlineData("他的電話是0932，uh452uh509，我再說一次", "0932，uh452uh509")]
    [InlineData("電話0941 … 呃 656then671", "0941 … 呃 656then671")]
    [InlineData("contact phone 0980then121-570", "0980then121-570")]
    [InlineData("手機 0987 um 393 erm 807", "0987 um 393 erm 807")]
    [InlineData("phone 0912 like 345 er 678", "0912 like 345 er 678")]
    [InlineData("電話 0921，呃592，那個656", "0921，呃592，那個656")]
    [InlineData("聯絡電話：0925對86\u200C4\u200D，嗯39\u200D4", "0925對86\u200C4\u200D，嗯39\u200D4")]
    [InlineData("\"phone\":\"00886-939 … uh 245-428\"", "00886-939 … uh 245-428")]
    public void A_phone_read_out_with_spoken_fillers_is_one_phone(string text, string value) =>
        FindsExactly(text, value, EntityTypes.PhoneNumber);

    [Fact]
    public void A_card_read_out_with_spoken_fillers_is_one_card()
    {
        FindsExactly("綁定信用卡6254then1234 then 5678 … then 9015", "6254then1234 then 5678 … then 9015", EntityTypes.CreditCard);
        FindsExactly("銀聯卡號6254 … 再來 1234，uh5678，呃9015", "6254 … 再來 1234，uh5678，呃9015", EntityTypes.CreditCard);
    }

    [Fact]
    public void A_card_ends_where_a_bracketed_remark_opens() =>
        FindsExactly("紀錄：信用卡為6254 1234 5678 9015（115年8月14日 19:03 登記）", "6254 1234 5678 9015", EntityTypes.CreditCard);

    [Theory]
    [InlineData("座位 {0} 然後 {1} 再來 {2} 那個 {3} 號")] // the check digit is wrong: a seat and some numbers
    [InlineData("option {0} then {1} then {2} then {3}")]
    public void A_letter_and_numbers_that_fail_the_checksum_stay_apart(string frame)
    {
        string wrong = SyntheticIds.Corrupt(Id, 4);
        FindsNothing(string.Format(frame, wrong[..1], wrong[1..4], wrong[4..7], wrong[7..]));
    }

    [Theory]
    [InlineData("訂單 6254 然後 1234 uh 5678 再來 9016 已出貨")] // fails Luhn
    [InlineData("0912 然後 2024年 3月")]
    public void Numbers_that_fail_their_check_stay_apart(string text) => FindsNothing(text);

    [Theory]
    [InlineData("手機型號A2634，IMEI1 350123456789011，IMEI2 3551234567890126，外觀有刮痕。")]
    [InlineData("The suspect's IMEI is 3551234567890126; the device ran iOS 17.3.")]
    [InlineData("扣案手機IMEI 3551234567890126，SIM卡未插。")]
    public void An_imei_is_not_a_card(string text) => FindsNo(text, EntityTypes.CreditCard);

    [Fact]
    public void A_phone_label_right_before_the_number_outweighs_an_account_label_further_back() =>
        FindsAmongOthers("被害人提供詐騙者帳號資訊：收款人手機0912-345-678，信箱另附", "0912-345-678", EntityTypes.PhoneNumber);

    private static string FindsAmong(string text, string type) =>
        Assert.Single(Scan(text), f => f.Type == type).NormalizedValue;
}
