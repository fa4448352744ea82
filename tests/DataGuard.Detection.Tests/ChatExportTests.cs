using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 47 (det-b47, set U56): chats as Telegram and WhatsApp export them (a date before each line's time, a name with
/// spaces closed by its colon); a value continued across their messages; a mistyped ID or certificate sent alone in a
/// chat that passes a person's details; the notes an export writes between messages. Values are invented.
/// </summary>
public class ChatExportTests
{
    private static readonly string Id = SyntheticIds.Numeric('K', 1, "2046813");

    // A certificate of the 2021 form whose check digit is wrong: a typo.
    private static readonly string MistypedCertificate = SyntheticIds.Corrupt(SyntheticIds.Numeric('F', 8, "2046813"), 3);

    private static readonly string MistypedId = SyntheticIds.Corrupt(Id, 4);

    [Theory]
    [InlineData("[26.02.24 12:03] 房東 黃: 4111 1111\n[26.02.24 12:07] 房東 黃: 1111 1111\n[26.02.24 12:07] 房東 黃: 到期 01/27")]
    [InlineData("3/1/24, 9:57 AM - 財務部 Tony: 4111 1111\n3/1/24, 10:01 AM - 財務部 Tony: 1111 1111\n3/1/24, 10:01 AM - 財務部 Tony: 到期 09/27")]
    public void A_card_continued_across_an_exports_messages_is_one_card(string text)
    {
        var findings = Scan(text);
        Assert.Contains(findings, f => f.Type == EntityTypes.CreditCard);
        Assert.DoesNotContain(findings, f => f.Type == EntityTypes.PhoneNumber);
    }

    [Theory]
    [InlineData("[10.06.24 00:40] Jessie🌸: 0921-238-782\n[10.06.24 00:48] 投資老師 林: 記：{0}\n[10.06.24 00:48] Mandy: 貼圖")]
    [InlineData("8/20/24, 8:20 PM - 王小姐: 0921-238-782\n8/20/24, 8:23 PM - 阿凱 Kai: 給你 {0}\n8/20/24, 8:23 PM - 王小姐: ok")]
    [InlineData("09:03\t外送員\t0921-238-782\n大雄已收回訊息\n09:06\t大雄\t這支 {0}\n09:06\t外送員\t今天好熱")]
    public void A_mistyped_id_sent_alone_in_a_chat_of_identifiers_is_reported(string chat)
    {
        FindsAmongOthers(string.Format(chat, MistypedId), MistypedId, EntityTypes.NationalId);
        FindsAmongOthers(string.Format(chat, MistypedCertificate), MistypedCertificate, EntityTypes.ResidentCertificate);
    }

    [Theory]
    [InlineData("[10.06.24 00:40] Jessie🌸: 明天開會\n[10.06.24 00:48] 投資老師 林: 記：{0}")] // no identifier in the chat
    [InlineData("[10.06.24 00:40] Jessie🌸: 0921-238-782\n[10.06.24 00:48] 投資老師 林: 訂單編號 {0}")] // named as an order
    [InlineData("[10.06.24 00:40] Jessie🌸: 0921-238-782\n[10.06.24 00:48] 投資老師 林: 發票號碼 {0}")]
    [InlineData("Jessie 說 0921-238-782\n林 說 {0}")] // no chat lines
    public void A_mistyped_id_without_a_chat_of_identifiers_or_named_otherwise_stays_silent(string chat)
    {
        FindsNo(string.Format(chat, MistypedId), EntityTypes.NationalId);
        FindsNo(string.Format(chat, MistypedCertificate), EntityTypes.ResidentCertificate);
    }

    [Theory]
    [InlineData("10.06.24 00:48 房東 黃: ok")] // a date without its bracket or WhatsApp's dash
    [InlineData("1.2.3 4:56] 版本: 說明")]
    [InlineData("3/1/24 9:57 AM 財務部: 說明")]
    public void A_line_that_only_looks_dated_is_no_chat_line(string line) =>
        FindsNo(line + "\n" + line.Replace("ok", MistypedId), EntityTypes.NationalId);
}
