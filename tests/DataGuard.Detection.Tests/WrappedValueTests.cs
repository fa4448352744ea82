using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 8 (held-out set H): values wrapped onto the next line where they were typed or pasted, foreign numbers in
/// international form named by a plain 號碼, dates between slashes near a phone word, and numbers glued to radio
/// numerals that are everyday words. The generator's <c>wrapped</c> variant and <c>sentence.numeral-word-before.none</c>
/// context cover the first and last across contexts; its look-alikes <c>wrapped-numbers</c> and
/// <c>nationality-slash-date</c> the silent side.
/// </summary>
public class WrappedValueTests
{
    private static readonly string Id = SyntheticIds.Numeric('M', 1, "2345678");

    [Fact]
    public void An_id_wrapped_onto_the_next_line_is_one_id()
    {
        string wrapped = Id[..4] + "\n" + Id[4..];
        FindsExactly($"查詢身分證 {wrapped}，有無通緝", wrapped, EntityTypes.NationalId);
        string letterAlone = Id[..1] + "\n" + Id[1..];
        FindsExactly($"內有身分證（{letterAlone}，王小明）", letterAlone, EntityTypes.NationalId);
    }

    [Theory]
    [InlineData("被害人電話0912-345\n678\n", "0912-345\n678")]
    [InlineData("申辦門號0912\n345678、請查", "0912\n345678")]
    [InlineData("以電話+886 912 \n345 678與其聯繫", "+886 912 \n345 678")]
    [InlineData("電話：+1 \n212 555 0123\n查詢人：", "+1 \n212 555 0123")]
    [InlineData("住家電話02\n2345 6789，或寄信", "02\n2345 6789")]
    public void A_phone_wrapped_onto_the_next_line_is_one_phone(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Fact]
    public void A_mobile_whose_first_line_reads_as_a_foreign_number_is_read_on_across_the_line_break()
    {
        // "0912-345" alone is seven digits, a possible Korean number after 韓籍 and 手機: the line after completes the mobile.
        FindsAmongOthers("該名韓籍友人，手機號碼0912-345\n678的資料", "0912-345\n678", EntityTypes.PhoneNumber);
    }

    [Fact]
    public void A_card_wrapped_onto_the_next_line_is_one_card_after_a_card_word()
    {
        const string card = "4111 1111 1111\n1111";
        FindsAmongOthers($"信用卡遭盜刷，卡號{card}，盜刷7筆", card, EntityTypes.CreditCard);
    }

    [Fact]
    public void A_current_plate_wrapped_onto_the_next_line_is_one_plate_with_plate_words_around_it()
    {
        FindsAmongOthers("B車（大型重型機車）RAB\n1235，駕駛人王小明", "RAB\n1235", EntityTypes.LicensePlate);
        FindsAmongOthers("民眾檢舉：有台RAB\n1235違停在中正路", "RAB\n1235", EntityTypes.LicensePlate);
    }

    [Fact]
    public void A_plus_number_wrapped_after_its_country_code_is_one_phone_with_a_phone_word()
    {
        FindsAmongOthers("機房成員使用+852\n5123 4567及香港手機聯繫車手", "+852\n5123 4567", EntityTypes.PhoneNumber);
        FindsNo("機房成員使用+852\n5123 4567聯繫車手", EntityTypes.PhoneNumber);
    }

    [Fact]
    public void A_merely_possible_plus_number_is_a_phone_when_a_plain_word_later_in_its_clause_names_the_list()
    {
        const string text = "對方使用+852 5123 4567及+84 97 324 8214兩個號碼聯絡";
        FindsAmongOthers(text, "+852 5123 4567", EntityTypes.PhoneNumber);
        // The 兩 of 兩個 ("two of them") is a word, not a digit of the number before it.
        FindsAmongOthers(text, "+84 97 324 8214", EntityTypes.PhoneNumber);
    }

    [Theory]
    [InlineData("菲律賓籍移工，失聯日期 110/03/05，家鄉電話未提供")]
    [InlineData("越南籍移工 last seen 114/09/12，電話關機")]
    [InlineData("印尼籍，入境 2024/5/16，手機遺失")]
    public void A_date_between_slashes_is_not_a_foreign_phone(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("們你親兩兩0912345678的")]
    [InlineData("路口右拐0912345678。")]
    [InlineData("牆上掛勾0912345678")]
    public void A_mobile_after_radio_numerals_that_are_words_is_found_whole(string text) =>
        FindsAmongOthers(text, "0912345678", EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("[08:27] 偵查佐王: 他又換號碼了：+886\n[08:28] 偵查佐王: 912345678\n", "+886\n[08:28] 偵查佐王: 912345678")]
    [InlineData("Amy：車主電話 0912\nAmy：345678 車號 RAB-1235", "0912\nAmy：345678")]
    [InlineData("19:23\t交通組-張\t市話 023456\n19:24\t小陳\t6789", "023456\n19:24\t小陳\t6789")]
    [InlineData("嫌疑人使用之門號0912-\n345678，經調閱通聯紀錄", "0912-\n345678")]
    public void A_phone_continued_on_the_next_chat_line_or_after_its_hyphen_is_one_phone(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Fact]
    public void A_card_continued_on_the_speakers_next_chat_line_is_one_card()
    {
        const string card = "4111 1111\n[11:23] 所長: 1111 1111";
        FindsAmongOthers($"[11:20] 所長: 卡號 {card} 被盜刷", card, EntityTypes.CreditCard);
    }

    [Theory]
    [InlineData("回覆請寄wang_ming\n@example.com，謝謝", "wang_ming\n@example.com")]
    [InlineData("電子郵件為wang.ming@\nexample.com.tw。調閱", "wang.ming@\nexample.com.tw")]
    [InlineData("15:34\t值班台\t對方說他信箱是wangming@\n15:35\t值班台\texample.tw\n", "wangming@\n15:35\t值班台\texample.tw")]
    public void An_address_wrapped_at_its_at_sign_is_one_address(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.EmailAddress);

    [Theory]
    [InlineData("電話：0912\n金額：345678")]
    [InlineData("電話 0912\n3456")]
    [InlineData("號碼牌\n1234\n5678")]
    [InlineData("統編 12345678\n12 筆")]
    public void Numbers_on_consecutive_lines_that_make_no_value_stay_apart(string text) => FindsNothing(text);
}
