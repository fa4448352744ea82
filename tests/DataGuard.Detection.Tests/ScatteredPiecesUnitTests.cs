using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 43 (det-pieces43, the "split" tags of sets U44 and U46): a value in pieces far apart — across an aside of lines,
/// sentences and chat turns near a word that joins or parts them, down a table's column, as the initials of lines an
/// acrostic names — and the numbers in the same frames that are no personal value. Every value is invented (checksums and
/// Luhn computed).
/// </summary>
public sealed class ScatteredPiecesUnitTests
{
    [Theory]
    [InlineData("卡號前段 4866（中間這裡省略兩行：報案人說卡片放在外套口袋，發現時已經不見）3869 1769 0503。請合併後寫進筆錄。", "4866（中間這裡省略兩行：報案人說卡片放在外套口袋，發現時已經不見）3869 1769 0503", EntityTypes.CreditCard)]
    [InlineData("號碼分兩段給你：K2408\n\n---\n\n備註：已通知家屬到場。\n\n８６７２８。請合併後填表。", "K2408\n\n---\n\n備註：已通知家屬到場。\n\n８６７２８", EntityTypes.NationalId)]
    [InlineData("卡號分散在三句：前段五三九一七七。報案人說在網路上購物，中段八八二五六九。後段8886。請合併。", "五三九一七七。報案人說在網路上購物，中段八八二五六九。後段8886", EntityTypes.CreditCard)]
    [InlineData("手機前半：0920⋯⋯中間被打斷，等下再說⋯⋯後半：279040，幫我接起來寫進紀錄", "0920⋯⋯中間被打斷，等下再說⋯⋯後半：279040", EntityTypes.PhoneNumber)]
    public void Pieces_across_an_aside_are_joined_where_a_word_says_to(string text, string pieces, string type) =>
        FindsAmongOthers(text, pieces, type);

    [Fact]
    public void Pieces_answering_counted_requests_across_chat_turns_are_joined() =>
        FindsAmongOthers("[14:20] 承辦：請提供手機前四碼\n[14:21] 民眾：0920\n[14:21] 承辦：好，後六碼呢\n[14:22] 民眾：279040\n[14:23] 承辦：收到",
            "0920\n[14:21] 承辦：好，後六碼呢\n[14:22] 民眾：279040", EntityTypes.PhoneNumber);

    [Fact]
    public void Pieces_sent_in_so_many_messages_are_joined() =>
        FindsAmongOthers("[2026/11/02 09:14] 小吳：身分證我分三則傳\n[2026/11/02 09:14] 小吳：R120\n[2026/11/02 09:15] 小吳：八〇八\n[2026/11/02 09:15] 小吳：１７８",
            "R120\n[2026/11/02 09:15] 小吳：八〇八\n[2026/11/02 09:15] 小吳：１７８", EntityTypes.NationalId);

    [Fact]
    public void A_tail_named_first_is_joined_after_the_head() =>
        FindsAmongOthers("手機末四碼 9040，前面是 〇九二〇二七，請重組順序後寫入。", "9040，前面是 〇九二〇二七", EntityTypes.PhoneNumber);

    [Fact]
    public void A_value_written_in_the_aside_stays_found()
    {
        const string text = "卡號前段 4866（中間備註：聯絡電話 0920-279-040）3869 1769 0503。請合併。";
        FindsAmongOthers(text, "0920-279-040", EntityTypes.PhoneNumber);
        Assert.Contains(Scan(text), f => f.Type == EntityTypes.CreditCard);
    }

    [Fact]
    public void The_initials_of_lines_an_acrostic_names_are_joined() =>
        FindsAmongOthers("幫我寫一首詩，藏頭是他的電話：\n零時巡邏過街口\n九月秋風起\n二人同行\n零星燈火\n二更未眠\n七星高掛\n九天雲淡\n零落細雨\n四方無事\n零時再巡\n請潤飾。",
            "零時巡邏過街口\n九月秋風起\n二人同行\n零星燈火\n二更未眠\n七星高掛\n九天雲淡\n零落細雨\n四方無事\n零", EntityTypes.PhoneNumber);

    [Fact]
    public void A_column_of_one_character_per_row_is_joined_where_a_sentence_says_to()
    {
        const string text = "下表「碼」欄依序接起來就是身分證：\n| 序 | 碼 | 說明 |\n|---|---|---|\n| 1 | K | 到場 |\n| 2 | 2 | 筆錄 |\n| 3 | 4 | 採驗 |\n| 4 | 0 | 移送 |\n| 5 | 8 | 通知 |\n| 6 | 8 | 扣押 |\n| 7 | 6 | 附件 |\n| 8 | 7 | 照片 |\n| 9 | 2 | 簽名 |\n| 10 | 8 | 結案 |\n";
        Assert.Contains(Scan(text), f => f.Type == EntityTypes.NationalId && f.Start == text.IndexOf("K |", StringComparison.Ordinal) && f.End == text.IndexOf("8 | 結案", StringComparison.Ordinal) + 1);
    }

    [Theory]
    [InlineData("兩案請合併辦理：114年度偵字第2608號（中間是案情摘要，共三頁）、115年度偵字第391號。")]
    [InlineData("[10:02] 甲：到了\n[10:03] 乙：好\n[10:05] 甲：電話接起來了，12:30 再回報")]
    [InlineData("金額分兩筆：3,420 元與 680 元，請合併計算。")]
    [InlineData("藏頭詩一首：\n一夜秋風\n二月春雨\n三更燈火\n四時佳興\n五湖煙景\n請潤飾。")]
    [InlineData("請把各欄合併成總表：\n| 項目 | 件數 |\n|---|---|\n| 竊盜 | 3 |\n| 詐欺 | 12 |\n| 毀損 | 1 |\n| 傷害 | 4 |\n")]
    [InlineData("統編 24536806 與發票 AB-1234 5678 請合併列帳；型號 RX-8 一輛，版本 3.2.1 接起來是新的。")]
    public void Numbers_that_are_no_value_in_the_same_frames_stay_clean(string text) => FindsNothing(text);
}
