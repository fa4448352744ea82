using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Values read out with the pauses of held-out set G (an ellipsis typed as dots, full-width commas around a word, a full
/// stop and words, "the last N digits", hesitations glued to numerals), e-mail addresses with a pause or a spoken word
/// before the at sign, older plates read out in pieces — and the look-alikes of the same shape that must stay silent.
/// The generator's split.pauses, split.tail-count, plate.read-out.* and email.* cells cover them across contexts.
/// </summary>
public class PausedValueTests
{
    private static readonly string Id = SyntheticIds.Numeric('M', 1, "2345678");
    private static readonly string OldArc = SyntheticIds.OldResident('W', 'B', "1234567");
    private const string Radio = "洞幺兩三四五六拐八勾";

    [Theory]
    [InlineData("電話0912... 再來是 345... 後面是 678", "0912... 再來是 345... 後面是 678")]
    [InlineData("請撥0912... 再來是 345 喔，678與分局聯繫", "0912... 再來是 345 喔，678")]
    [InlineData("手機洞勾幺兩... 嗯 三四五六拐八", "洞勾幺兩... 嗯 三四五六拐八")]
    [InlineData("阿伯的電話是0912，後六碼345678", "0912，後六碼345678")]
    [InlineData("電話是0912，後面六碼是345678", "0912，後面六碼是345678")]
    [InlineData("被害人電話0912。然後後段345678，她說", "0912。然後後段345678")]
    [InlineData("回撥號碼 +八八六後面是九幺兩 再來 三四五... 然後是 六七八，地點", "+八八六後面是九幺兩 再來 三四五... 然後是 六七八")]
    [InlineData("家屬+八八六 再來是 九幺兩呃…三四五um六七八。", "+八八六 再來是 九幺兩呃…三四五um六七八")]
    [InlineData("當事人（886 後面是，912... 再來是 345 呃… 678）", "886 後面是，912... 再來是 345 呃… 678")]
    [InlineData("報案人說市話是2345 uh，6789，沒有手機。", "2345 uh，6789")]
    [InlineData("住家電話 2345 嗯 6789 手機", "2345 嗯 6789")]
    [InlineData("民國112年4月24日 ｜ (02)2345，接著，6789", "(02)2345，接著，6789")]
    public void A_phone_read_out_with_pauses_is_one_phone(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Fact]
    public void An_id_read_out_with_pauses_is_one_id()
    {
        string dots = $"{Id[..1]}... 後面是 {Id[1..4]}... 呃 {Id[4..7]}呃{Id[7..]}";
        FindsAmongOthers($"| 身分證 | {dots} |", dots, EntityTypes.NationalId);
        // Over the radio, a hesitation glued where numerals meet ASCII and after the capital.
        string radio = $"{Id[..1]}{InRadio(Id[1..4])}uh{InRadio(Id[4..7])}... 然後 {InRadio(Id[7..])}";
        FindsAmongOthers($"身分證{radio} 電話", radio, EntityTypes.NationalId);
        string capital = $"{Id[..1]}uh{InRadio(Id[1..4])}，然後是，{InRadio(Id[4..7])} 嗯，{InRadio(Id[7..])}";
        FindsAmongOthers($"自稱身分證{capital}，電話", capital, EntityTypes.NationalId);
        string arc = $"{OldArc[..2]}，接著，{OldArc[2..6]}... uh {OldArc[6..]}";
        FindsAmongOthers($"舊居留證{arc}已換發", arc, EntityTypes.ResidentCertificate);
    }

    [Theory]
    [InlineData("信用卡6254um1234... 呃… 5678... 然後是 9015已掛失", "6254um1234... 呃… 5678... 然後是 9015")]
    [InlineData("被害人信用卡62541234。後八碼56789015遭盜刷", "62541234。後八碼56789015")]
    [InlineData("payload = {\"cardNo\": \"6254，um，1234 接著，5678... 呃… 9015\"}", "6254，um，1234 接著，5678... 呃… 9015")]
    public void A_card_read_out_with_pauses_is_one_card(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.CreditCard);

    [Theory]
    [InlineData("有一台機車RAB... 再來是 1235撞到行人", "RAB... 再來是 1235")]
    [InlineData("車號AB，呃…，1234，宏佳騰", "AB，呃…，1234")]
    [InlineData("車號AB，然後，123營業小客車", "AB，然後，123")]
    [InlineData("自用車AB... 嗯 12345行照", "AB... 嗯 12345")]
    [InlineData("下午10點21分 攔查RAB 然後是，1235，駕駛周宏翰", "RAB 然後是，1235")]
    [InlineData("名單：\nAB-123 ｜ 王小明 ｜ 0912-345-678", "AB-123")]
    [InlineData("舊式車牌U 5 1 5 5 5的MAZDA", "U 5 1 5 5 5")]
    public void A_plate_read_out_in_pieces_or_in_a_full_width_record_is_one_plate(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("我的帳號是wang.ming，小老鼠 yahoo.com.tw，密碼被改了", "wang.ming，小老鼠 yahoo.com.tw")]
    [InlineData("\"Email\": \"wang0302.94 老鼠 gmail 點 com\"", "wang0302.94 老鼠 gmail 點 com")]
    [InlineData("寄件人<wang8 艾特 gmail.com>", "wang8 艾特 gmail.com")]
    [InlineData("另以email wang.yh 呃 @naver.com寄送假合約", "wang.yh 呃 @naver.com")]
    [InlineData("\"email\": \"wang.sh52，然後是 @icloud.com\"", "wang.sh52，然後是 @icloud.com")]
    [InlineData("收件人<wang57 uh @hinet.net>", "wang57 uh @hinet.net")]
    public void A_written_out_address_with_a_pause_before_the_at_sign_is_one_address(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.EmailAddress);

    [Theory]
    [InlineData("號碼牌 123... 然後 456... 再來 789")]
    [InlineData("112.03.05... 然後 14:30 開庭")]
    [InlineData("案號 1234，接著，5678 元")]
    [InlineData("帳號 0912，後六碼只記得 3456")]
    [InlineData("密碼 0912。後四碼 345678")]
    [InlineData("倉庫有老鼠 3 隻，請消毒")]
    [InlineData("記得艾特 Amy 一下，3 點開會")]
    [InlineData("LINE 群組 呃 @everyone 明天 9 點集合")]
    [InlineData("航班 CI... 然後 123 延誤")]
    [InlineData("ok 然後 1234 筆資料")]
    [InlineData("型號 U 5 1 5 5 5 的規格")]
    public void Numbers_and_words_of_the_same_shape_stay_silent(string text) =>
        Assert.DoesNotContain(Scan(text), f => EntityTypes.Core.Contains(f.Type));

    [Fact]
    public void A_count_of_digits_that_does_not_match_joins_nothing()
    {
        FindsNo("他的電話是0912，後五碼345678", EntityTypes.PhoneNumber);
        FindsNo("信用卡62541234。後六碼56789015", EntityTypes.CreditCard);
    }

    private static string InRadio(string digits)
    {
        var chars = digits.ToCharArray();
        for (int i = 0; i < chars.Length; i++) chars[i] = Radio[chars[i] - '0'];
        return new string(chars);
    }
}
