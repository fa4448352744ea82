using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 44 (det-turns44, the "split" tag of set U48): a value dictated across the turns of a chat or transcript, each later
/// turn opening with wording that continues it, the other party's acknowledgement between; and e-mail addresses written
/// with the at sign and dot of other scripts, symbols and emoji, spelt one character at a time, or with the provider
/// described. Every value is invented (checksums and Luhn computed).
/// </summary>
public sealed class TurnPiecesUnitTests
{
    [Theory]
    [InlineData("[使用者] 身分證我分開打，前面是N275381\n[AI] 好的，請繼續提供後面的部分。\n[使用者] 接下來是603\n[使用者] 幫我檢查格式。", "N275381\n[AI] 好的，請繼續提供後面的部分。\n[使用者] 接下來是603", EntityTypes.NationalId)]
    [InlineData("User: my phone, first part 0935\nAssistant: OK, go on.\nUser: the rest is 227418\nUser: thanks", "0935\nAssistant: OK, go on.\nUser: the rest is 227418", EntityTypes.PhoneNumber)]
    [InlineData("民眾：手機前半段：洞九三五\n員警：嗯，請繼續\n民眾：後面接兩兩拐四幺八", "洞九三五\n員警：嗯，請繼續\n民眾：後面接兩兩拐四幺八", EntityTypes.PhoneNumber)]
    [InlineData("> 卡號開頭是 4539 1782\n> 收到\n> 再來是 8406\n> 好\n> 最後是 1278", "4539 1782\n> 收到\n> 再來是 8406\n> 好\n> 最後是 1278", EntityTypes.CreditCard)]
    [InlineData("14:21\t王小明\t身分證前面是 F14862\n14:22\t承辦人\t好\n14:23\t王小明\t後面我再打：九〇〇五", "F14862\n14:22\t承辦人\t好\n14:23\t王小明\t後面我再打：九〇〇五", EntityTypes.NationalId)]
    [InlineData("問：身分證？\n答：前面是Q2918\n問：OK\n答：剩下的是37406", "Q2918\n問：OK\n答：剩下的是37406", EntityTypes.NationalId)]
    public void A_value_continued_in_a_later_turn_is_found_over_its_pieces(string text, string pieces, string type) =>
        FindsAmongOthers(text, pieces, type);

    [Fact]
    public void A_value_continued_after_a_full_stop_in_one_message_is_found() =>
        FindsAmongOthers("她身分證號碼是N2753。後面我再打：81603，剛剛打錯。", "N2753。後面我再打：81603", EntityTypes.NationalId);

    [Fact]
    public void A_value_written_whole_in_the_first_message_stays_found()
    {
        const string text = "[民眾] 我手機0935227418，身分證前面是F14862\n[員警] 好\n[民眾] 後面接9005";
        FindsAmongOthers(text, "0935227418", EntityTypes.PhoneNumber);
        FindsAmongOthers(text, "F14862\n[員警] 好\n[民眾] 後面接9005", EntityTypes.NationalId);
    }

    [Theory]
    [InlineData("[客人] 便當前面是3份\n[店員] 好的\n[客人] 後面接2份")]
    [InlineData("User: meeting starts 10:30\nAssistant: OK\nUser: then 11:45 lunch")]
    [InlineData("民眾：金額前面是1,200元\n員警：嗯\n民眾：後面接300元手續費")]
    [InlineData("> 案號前面是114年度偵字第2608號\n> 好\n> 接下來是刑法第339條")]
    [InlineData("A: 版本前面是 v2.13\nQ: 收到\nA: 後面接 5.208 版")]
    [InlineData("[阿豪] 帳號 @wang_58\n[小美] 好\n[阿豪] 接下來是 #反詐騙2026")]
    public void Numbers_continued_across_turns_that_make_no_value_stay_clean(string text) => FindsNothing(text);

    [Theory]
    [InlineData("社工信箱 kuanyu58ⓐseed(.)net(.)tw。", "kuanyu58ⓐseed(.)net(.)tw")]
    [InlineData("韓籍被害人信箱 szuyu.chen41 골뱅이 naver 닷 com（골뱅이=@）", "szuyu.chen41 골뱅이 naver 닷 com")]
    [InlineData("檢舉人信箱是 pohan77 🐭 gmail ⚫ com，幫我回", "pohan77 🐭 gmail ⚫ com")]
    [InlineData("他用「鴨子」當@：tzuhan63🦆gmail🔸com，請寫進", "tzuhan63🦆gmail🔸com")]
    [InlineData("聯絡 junwei.wu AT hotmail·com。", "junwei.wu AT hotmail·com")]
    [InlineData("日籍被害人：yachi_lin1986あっとexample.co.jp（あっと就是@）", "yachi_lin1986あっとexample.co.jp")]
    [InlineData("email：hsinyi.tsai a còng gmail chấm com", "hsinyi.tsai a còng gmail chấm com")]
    [InlineData("Email 唸法：m e i l i n g 點 w u 八 八 小老鼠 yahoo 點 co 點 jp。", "m e i l i n g 點 w u 八 八 小老鼠 yahoo 點 co 點 jp")]
    [InlineData("民眾以語音補充信箱 c h i h a o dot l i n 四 一 小老鼠 gmail 點 com，要寄受理單。", "c h i h a o dot l i n 四 一 小老鼠 gmail 點 com")]
    [InlineData("主嫌使用之電子郵件帳號為 kuanyu.hung30，網域為谷歌的免費信箱。", "kuanyu.hung30，網域為谷歌的免費信箱")]
    public void Addresses_with_the_at_and_dot_of_other_scripts_are_found(string text, string address) =>
        FindsAmongOthers(text, address, EntityTypes.EmailAddress);

    [Theory]
    [InlineData("選項 ⓐ 同意 ⓑ 再議，請在 5 點前回覆。")]
    [InlineData("#反詐騙 #yuting58 🐭 可愛 🐶 gmail")]
    [InlineData("附件 scan_12·pdf 與 photo308 • jpg 已上傳。")]
    [InlineData("会議はあっという間に終わった。資料は3ドット1版です。")]
    [InlineData("골뱅이 무침 2인분, 가격은 12닷 5만원입니다.")]
    [InlineData("pohan58 在谷歌的辦公室上班，網域為公司內部。")]
    [InlineData("I said a b c at the station · gate 3.")]
    public void Symbols_and_words_of_other_scripts_in_prose_are_no_address(string text) => FindsNo(text, EntityTypes.EmailAddress);
}
