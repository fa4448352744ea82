using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 39 (issue 9 §1, no held-out set open): a landline without its area code named by a calling verb with a
/// demonstrative (打這支 …), by an address that names its city right before it, by 家用 or 辦公室; digits written as
/// sound-alikes mixed in one value with Chinese and radio numerals, a common sound-alike glued to an edge of such a value.
/// Values are invented (IDs and the card built with their check digits).
/// </summary>
public class PlainLandlineAndMixedSoundAlikeTests
{
    [Theory]
    [InlineData("打這支 27523880 找他", "27523880")]
    [InlineData("撥這個 5342501 就找得到她。", "5342501")]
    [InlineData("有事就打這支39701032，他都在。", "39701032")]
    public void A_local_number_after_a_calling_verb_and_a_demonstrative_is_found(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("臺北市大安區復興南路一段100號 27001234", "27001234")]
    [InlineData("王○明 高雄市苓雅區四維三路43號，2596860", "2596860")]
    [InlineData("住址：台中市北區三民路三段152號　(2275 8843)", "2275 8843")]
    public void A_local_number_of_the_citys_length_right_after_its_address_is_found(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("臺北市大安區復興南路一段100號 2596860")] // seven digits where Taipei dials eight
    [InlineData("高雄市苓雅區四維三路43號 統編 27001234")]
    [InlineData("臺北市大安區復興南路一段100號 20261207 遷入")] // a date
    [InlineData("臺中市西屯區台灣大道三段84號 12樓之3，郵遞區號 40756")]
    public void Other_numbers_after_an_address_stay_clean(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("他家用：84758226", "84758226")]
    [InlineData("我辦公室 2700-1234 ext.123", "2700-1234")]
    public void A_local_number_after_the_home_or_office_it_rings_in_is_found(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("這個月家用 23456 元，電話費 820 元")]
    [InlineData("家用 NT$2,345,678")]
    public void A_households_spending_stays_clean(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("手機 洞勾衣兩-三四五-六拐是", "洞勾衣兩-三四五-六拐是")] // a common sound-alike ending a disguised mobile
    [InlineData("卡號 是5山9 拐1〇二 8三6四 五衣9溜", "是5山9 拐1〇二 8三6四 五衣9溜")] // and starting a card, no Han before 是
    [InlineData("卡號：無3洞2 八四拐衣 9兩六五 〇3衣山", "無3洞2 八四拐衣 9兩六五 〇3衣山")]
    [InlineData("電話 靈九陸七-9九幺-三八洞", "靈九陸七-9九幺-三八洞")] // a rare one at one edge of a value of numerals
    public void A_value_of_sound_alikes_and_numerals_is_read_to_its_edges(string text, string value) =>
        FindsAmongOthers(text, value, text.StartsWith("卡號", StringComparison.Ordinal) ? EntityTypes.CreditCard : EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("身分證 P而六四九衣拐三洞3", "P而六四九衣拐三洞3")] // 而 for 2 right after the letter
    [InlineData("身分證字號是K衣七3〇舞八兒溜久", "K衣七3〇舞八兒溜久")]
    public void An_id_of_sound_alikes_and_numerals_is_found(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.NationalId);

    [Theory]
    [InlineData("電話是靈九一二 三四五 六七八", "靈九一二 三四五 六七八")] // 是 before a 0 is the verb
    [InlineData("〇九一二三四五六七八是他的手機", "〇九一二三四五六七八")] // a whole mobile keeps 是 out
    [InlineData("電話是八八六 勾拐四 洞洞四 八兩五（已拖吊）", "八八六 勾拐四 洞洞四 八兩五")] // 是 glued to Han: the verb
    public void A_common_sound_alike_beside_a_whole_value_stays_out_of_it(string text, string value) =>
        Assert.Contains(Scan(text), f => f.Type == EntityTypes.PhoneNumber && text.Substring(f.Start, f.Length) == value);

    [Theory]
    [InlineData("他是無所謂吧，好久不見，期限留到下週，醫院在山上，而且是三點，兩個人在山洞裡待了很久。")]
    [InlineData("是是是，無無無，吧吧吧，久久久久，而已吧，醫生說是流感吧，留一兩個，勾選是或否。")]
    [InlineData("舞團第五期一二月開課，留兩天，山洞拐彎處是一個酒吧，無論是誰都久等了。")]
    public void Prose_dense_in_sound_alikes_and_numerals_stays_clean(string text) =>
        Assert.DoesNotContain(Scan(text), f => EntityTypes.Core.Contains(f.Type));
}
