using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 46 (det-spelled46): a value described place by place (<c>OrdinalDescriptions</c>), spelt with the radio alphabet
/// before digit words or past fillers (<c>PhoneticAlphabet</c>), parted by a marker that the rest follows
/// (<c>ContinuationMarkers</c>) — each found over its whole span — and the same shapes that hold no value kept clean.
/// Values are invented, checksum-valid.
/// </summary>
public sealed class SpelledAndContinuedUnitTests
{
    [Theory]
    [InlineData("身分證 第一碼英文字母K，第二碼1，第三碼5，第四碼7，第五碼3，第六碼9，第七碼2，第八碼6，第九碼0，第十碼4，住台中", "第一碼", "第十碼4", EntityTypes.NationalId)]
    [InlineData("居留證號：第一碼是英文字母T，後面依序是8、6、1、5、2、7、0、3、6。", "第一碼", "3、6", EntityTypes.ResidentCertificate)]
    [InlineData("他手機我描述一下：第1位是0；第2位是9；第3位是3；第4位是7；第5位是2；第6位是8；第7位是1；第8位是5；第9位是6；第10位是4", "第1位", "第10位是4", EntityTypes.PhoneNumber)]
    [InlineData("車牌開頭是字母R，接著E，再來是 W 2 7 1 8，請查車籍", "開頭", "1 8", EntityTypes.LicensePlate)]
    [InlineData("Card number: the first digit is 4, followed by 5, 3, 9, 1, 7, 6, 0, 2, 8, 1, 5, 3, 7, 4, 0.", "the first", "7, 4, 0", EntityTypes.CreditCard)]
    [InlineData("ID: first letter P, then 2, then 7 6 0 4 8 1 3 5 — please check it", "first", "3 5", EntityTypes.NationalId)]
    [InlineData("證號第一個字為英文F⏎第二個字是一⏎第三個字是八⏎第四個字是三⏎第五個字是五⏎第六個字是〇⏎第七個字是四⏎第八個字是七⏎第九個字是二⏎第十個字是九", "第一個字", "是九", EntityTypes.NationalId)]
    public void A_value_described_place_by_place_is_found_over_its_description(string text, string first, string last, string type) =>
        AssertOver(text, first, last, type);

    [Theory]
    [InlineData("身分證 Hotel two six zero nine three one five seven one，幫我查", "Hotel", "one", EntityTypes.NationalId)]
    [InlineData("統一證號：Echo · nine · one · seven · two · four · zero · three · six · four", "Echo", "four", EntityTypes.ResidentCertificate)]
    [InlineData("身分證 Kilo、one、five、seven、three、niner、two、six、zero、four。", "Kilo", "four", EntityTypes.NationalId)]
    [InlineData("車號 Romeo \u200B Echo \u200B Whiskey \u200B two \u200B seven \u200B one \u200B eight（白色）", "Romeo", "eight", EntityTypes.LicensePlate)]
    public void A_value_spelt_with_the_radio_alphabet_is_found_whole(string text, string first, string last, string type) =>
        AssertOver(text, first, last, type);

    [Theory]
    [InlineData("我的手機是 0937 281……先這樣，剩下的是 564，謝謝", "0937", "564", EntityTypes.PhoneNumber)]
    [InlineData("車號 REW-」，接著「2718，白色", "REW", "2718", EntityTypes.LicensePlate)]
    [InlineData("目標門號 0937-⏎（下一則）281564）：", "0937", "564", EntityTypes.PhoneNumber)]
    [InlineData("身分證 H2609⏎⏎—— 補充：後段 31571，住", "H2609", "31571", EntityTypes.NationalId)]
    [InlineData("居留證 E9172 / 續：40364", "E9172", "40364", EntityTypes.ResidentCertificate)]
    [InlineData("卡號 5243 8196 0273（未完）⏎（接續）5184", "5243", "5184", EntityTypes.CreditCard)]
    public void A_value_parted_by_a_continuation_marker_is_found_over_both_parts(string text, string first, string last, string type) =>
        AssertOver(text, first, last, type);

    [Theory]
    [InlineData("密碼規則：第一碼須為英文字母，第二碼為1或2，第三碼以後共8位數字")]
    [InlineData("案號第一碼是英文字母K，後面依序是1、1、3、0、4、5、6、7，請查詢")]
    [InlineData("型號第一碼英文字母X，第二碼英文字母J，第三碼2，第四碼7，第五碼1，第六碼8")]
    [InlineData("序號：第一碼是2，後面依序是0、5、7、8、2、1、1、4、3")]
    [InlineData("身分證 第一碼K，第二碼1，第三碼5，第四碼7，第五碼3，第六碼9，第七碼2，第八碼6，第九碼0，第十碼5，檢查碼錯了嗎")]
    [InlineData("Tower, Bravo Charlie request runway two seven, wind three four zero at five two, Alpha team hold")]
    [InlineData("金額 3,500 元……先這樣，剩下的是 12/05 再付")]
    [InlineData("版本 v2.1 / 續：第 4 章")]
    [InlineData("集合 10:30」，接著「14:45 出發")]
    [InlineData("身分證 K1573⏎（下一則）92605")]
    public void Shapes_that_hold_no_value_stay_clean(string text) => Assert.Empty(Scan(text.Replace("⏎", "\n")));

    private static void AssertOver(string text, string first, string last, string type)
    {
        text = text.Replace("⏎", "\n");
        int start = text.IndexOf(first, StringComparison.Ordinal), end = text.LastIndexOf(last, StringComparison.Ordinal) + last.Length;
        Assert.Contains(Scan(text), f => f.Type == type && f.Start <= start && f.Start + f.Length >= end);
    }
}
