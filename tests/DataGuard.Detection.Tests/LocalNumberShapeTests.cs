using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 16: a local number without its area code read by its shape (234-5678, 2345 6789) unless its surroundings make
/// it something else; the cues that name a bare one (宅, a list after a phone, a desk's name); foreign numbers with a
/// bracketed country code or written whole after a country.
/// </summary>
public class LocalNumberShapeTests
{
    [Theory]
    [InlineData("鄰長留話，號碼 468-2357，說巷口有人吵架。", "468-2357")]
    [InlineData("被害人親友緊急聯絡：7531-8642\n處置：已協助通報。", "7531-8642")]
    [InlineData("聯絡窗口 - 864-2975\n傳真：無", "864-2975")]
    [InlineData("訪視紀錄：女兒／住家 2864 1975", "2864 1975")]
    public void A_local_number_in_its_usual_grouping_is_a_phone_without_a_phone_word(string text, string value) =>
        FindsExactly(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("營業時間2000-2330，請於時段內洽詢")]
    [InlineData("2019-2024年間共受理12件")]
    [InlineData("日期 2025 0315 到場")]
    [InlineData("新臺幣 2468 1357元")]
    [InlineData("共 3579 2468 件")]
    [InlineData("機台代號 864-2197，交易序號 135790")]
    [InlineData("型號 2468-1357 的監視器")]
    [InlineData("SN 2468-1357")]
    [InlineData("料件 XY-2468-1357")]
    [InlineData("第 864-2197 號")]
    [InlineData("卡號 2468 1357 9753 已停用")]
    [InlineData("學號 2468 1357")]
    [InlineData("工號：864-2197")]
    [InlineData("處罰鍰 3000-6000，並限期改善")]
    public void Digits_grouped_like_a_local_number_are_not_a_phone_where_the_text_says_otherwise(string text) =>
        FindsNo(text, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("住家電話02 …… 2468 1357，或寄信", "2468 1357")]
    [InlineData("住家電話02-\n2468-1357，或寄信", "2468-1357")]
    [InlineData("+1 (338) \u2060555 0192", "555 0192")]
    [InlineData("[14:32] 小美: 住家電話02\n[14:33] 小美: 2468 1357", "2468 1357")]
    public void The_tail_of_a_wrapped_or_paused_number_is_not_a_local_number_of_its_own(string text, string tail) =>
        Assert.DoesNotContain(Scan(text), f => f.Type == EntityTypes.PhoneNumber && f.Start == text.IndexOf(tail, StringComparison.Ordinal));

    [Theory]
    [InlineData("0948 里長來電（宅 3579246）告知明日活動需交管。", "3579246")]
    [InlineData("保管場：本館拖吊場　電話 (08)812-3456、579246\n領車時請攜帶行照。", "579246")]
    [InlineData("分局聯絡表\n保安民防組\t3579246\n勤務區 A\t02-2345-6789", "3579246")]
    [InlineData("台南市店面的電話，沒區碼：2864197，另有手機", "2864197")]
    public void A_bare_local_number_is_named_by_a_home_line_a_list_after_a_phone_or_a_desk(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    // Round 19 (set R): the digits before a local number end a value of their own — a letter-led ID in a record row, the
    // number of a list item or CSV row at the start of its line — or a whole phone stands before a slash.
    [Theory]
    [InlineData("陳美華 A123456789 471-3928 高雄市鳳山區", "471-3928")]
    [InlineData("SITI AMINAH，AC01234567，735-1946，ABC-1234", "735-1946")]
    [InlineData("編號,通聯對象,次數\n6,5829-4137,12,950", "5829-4137")]
    [InlineData("項次,號碼,秒數\n7,615-2748,41,62", "615-2748")]
    [InlineData("1. 0912-345-678 共12通\n2. 468-3152 共8通", "468-3152")]
    [InlineData("聯絡方式：0912-345-678 / 529-7361", "529-7361")]
    [InlineData("聯絡：0912-345-678 / 6182947", "6182947")]
    [InlineData("聯絡方式：+886 912 345 678 / 5936241", "5936241")]
    public void Digits_ending_another_value_before_a_local_number_do_not_make_it_a_tail(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("3. 2019-2024年間共受理12件")]
    [InlineData("6,2468-1357元,已繳")]
    [InlineData("陳美華 A123456789 新臺幣 2468 1357元")]
    [InlineData("A123456789 訂單 864-2197 已出貨")]
    [InlineData("住家02\n2468 1357")]
    public void Relaxed_heads_keep_the_look_alikes_out(string text) =>
        Assert.DoesNotContain(Scan(text), f => f.Type == EntityTypes.PhoneNumber && text.Substring(f.Start, f.Length).Replace("\n", "").Length < 9);

    [Theory]
    [InlineData("來電號碼 (853)6612 3456，對方稱", "(853)6612 3456")]
    [InlineData("民眾接到(852) 5123-4567來電要求操作ATM", "(852) 5123-4567")]
    public void A_country_code_in_brackets_without_its_plus_is_an_international_number(string text, string value) =>
        FindsExactly(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("（三）114.05.18於潮州鎮尋獲失車")]
    [InlineData("(650) 253-0000")]
    public void A_bracketed_list_number_or_area_code_is_no_country_code(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Fact]
    public void A_long_mobile_written_whole_after_its_country_is_found_but_not_in_a_row_of_cells()
    {
        FindsExactly("Keluarga di Indonesia 081234567890 (印尼家人).", "081234567890", EntityTypes.PhoneNumber);
        FindsNo("序號,國籍,帳號\n1,PH,09171234567", EntityTypes.PhoneNumber);
    }

    [Fact]
    public void A_hotline_names_a_foreign_number_but_not_a_toll_free_one()
    {
        FindsExactly("客服專線 +85291234567，事後發現被盜刷", "+85291234567", EntityTypes.PhoneNumber);
        FindsNothing("客服專線 0800-000-123");
    }
}
