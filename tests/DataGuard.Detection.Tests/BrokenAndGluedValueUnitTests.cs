using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 45 (det-breaks45, the "split" tags of set U49): values broken by the pipeline that carried them — across blank
/// lines, page furniture and a mail thread's quote marks (<c>BreakFurniture</c>), a mailbox name wrapped before its at sign's
/// line (<c>WrappedMailbox</c>) — and values glued to each other (<c>GluedCells.MobileAfterValueAt</c>); and the numbers in
/// the same frames that are no value. Every value is invented (checksums and Luhn computed).
/// </summary>
public sealed class BrokenAndGluedValueUnitTests
{
    [Theory]
    [InlineData("2026-03-01 10:22:31,120 WARN  [sms-svc] query tel=+886 9\n\n12 468 357 took 716ms", "+886 9\n\n12 468 357", EntityTypes.PhoneNumber)]
    [InlineData("{\"name\": \"李姓男子\",\n    \"idNo\": \"K13\n\n5724684\",\n    \"caseNo\": \"112年度偵字第3號\"}", "K13\n\n5724684", EntityTypes.NationalId)]
    [InlineData("\"card\": \"4532 0176 5\r\n\r\n432 1986\", \"caseNo\": \"112年度金訴字第2號\"", "4532 0176 5\r\n\r\n432 1986", EntityTypes.CreditCard)]
    [InlineData("聯絡人：劉○○ 電話：049-271\n- 2 -\n-0643 地址：台南市東區", "049-271\n- 2 -\n-0643", EntityTypes.PhoneNumber)]
    [InlineData("3 劉○○ N8374\n移工聯絡名冊　第 2 頁\n61524 131-QY", "N8374\n移工聯絡名冊　第 2 頁\n61524", EntityTypes.ResidentCertificate)]
    [InlineData("5 王○○ E2468\n列印時間 2026/10/14 19:36\n13573 0974-590-256", "E2468\n列印時間 2026/10/14 19:36\n13573", EntityTypes.NationalId)]
    [InlineData("> 寄件者: 承辦人黃\n> 電話: 0912-46\n> 8-357\n> 主旨: 回覆", "0912-46\n> 8-357", EntityTypes.PhoneNumber)]
    [InlineData("姓名 黃○○\n統號 R182\n\nPage 2 of 3\n\n736459  出生 111/10/26", "R182\n\nPage 2 of 3\n\n736459", EntityTypes.NationalId)]
    public void A_value_broken_across_blank_lines_furniture_or_quote_marks_is_joined(string text, string value, string type) =>
        FindsAmongOthers(text, value, type);

    [Theory]
    [InlineData("> 寄件者: kaiwen.lin@liv\n\nemail.tw\n> 寄件日期: 2026/4/5", "kaiwen.lin@liv\n\nemail.tw")]
    [InlineData("1\tXJ-5821\tmeiling.yu\n\nch@yahoo.co.jp\n2\t林小姐", "meiling.yu\n\nch@yahoo.co.jp")]
    [InlineData("5,吳女,pinyu.ts-\nai@icloud.com\n6,張○○", "pinyu.ts-\nai@icloud.com")]
    [InlineData("2026-03-01 04:22:15 DEBUG [idcheck] user weilun\n4821@qq.com login ok", "weilun\n4821@qq.com")]
    public void A_mailbox_name_wrapped_at_a_line_end_is_joined_with_its_head(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.EmailAddress);

    [Theory]
    [InlineData("請寄到 Email\nkaiwen.lin@gmail.com 謝謝", "kaiwen.lin@gmail.com")]
    [InlineData("聯絡方式 XJ-5821\nkaiwen.lin@gmail.com", "kaiwen.lin@gmail.com")]
    [InlineData("please reply to\nkaiwen.lin@gmail.com", "kaiwen.lin@gmail.com")]
    public void A_word_or_value_ending_the_line_above_is_no_head_of_the_mailbox(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.EmailAddress);

    [Fact]
    public void An_id_glued_to_a_mobile_is_parted_into_both()
    {
        const string text = "K1357246840912468357（兩個黏在一起了，前面是身分證後面是手機）";
        FindsAmongOthers(text, "K135724684", EntityTypes.NationalId);
        FindsAmongOthers(text, "0912468357", EntityTypes.PhoneNumber);
    }

    [Fact]
    public void Two_mobiles_glued_are_parted()
    {
        const string text = "手機09124683570935791246都是他的";
        FindsAmongOthers(text, "0912468357", EntityTypes.PhoneNumber);
        FindsAmongOthers(text, "0935791246", EntityTypes.PhoneNumber);
    }

    [Theory]
    [InlineData("本月詐騙財損合計新台幣 48,312\n\n579 元為上月數字")]
    [InlineData("相關案號 113年度偵字第2608\n- 2 -\n391 號已併案")]
    [InlineData("受理日期 114/03/12\n\n14:25 報案")]
    [InlineData("統計表共 3\n第 2 頁\n12 頁")]
    [InlineData("> 項目 竊盜 384\n> 1290 件")]
    [InlineData("物流單號 09124683570001234567\n\n已送達")]
    [InlineData("匯款帳號 0091246835709124\n\n備註：第2筆")]
    [InlineData("ts=202603011245091234567\n列印時間 2026/03/01 12:45\nseq=318")]
    public void Numbers_at_line_ends_and_long_runs_stay_clean(string text) =>
        Assert.DoesNotContain(Scan(text), f => Generated.BrokenAndGluedValuesTests.CoreTypes.Contains(f.Type));
}
