using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 42 (det-pieces42, set U44's "split" tag): pieces named by their place in any order, counted places, a value named
/// only as a number, letters listed then the digits named as a part, an aside framed by ellipses, a quotation mark with an
/// invisible character, a bar inside a chat piece — and the numbers in the same frames that are no personal value. Every
/// value is invented (checksums and Luhn computed).
/// </summary>
public sealed class PiecesInAnyOrderUnitTests
{
    [Theory]
    [InlineData("卡號我分三段貼，順序亂的：後段 8747、前段 6258 8291、中間 4646。幫我寫止付通報單。", "後段 8747、前段 6258 8291、中間 4646")]
    [InlineData("卡號分三段：中間 4646、後段 8747、前段 6258 8291。", "中間 4646、後段 8747、前段 6258 8291")]
    [InlineData("卡號四段倒序給你：第四段 8747、第三段 4646、第二段 8291、第一段 6258。請排正", "第四段 8747、第三段 4646、第二段 8291、第一段 6258")]
    [InlineData("電話拆成兩段：第一段「0958」\n3. 第二段「217-403」，這段不要寫在白板上", "第一段「0958」\n3. 第二段「217-403")]
    public void Segments_named_by_their_place_are_joined_in_the_order_of_their_places(string text, string pieces)
    {
        var finding = Assert.Single(Scan(text));
        Assert.Equal(text.IndexOf(pieces, StringComparison.Ordinal), finding.Start);
        Assert.Equal(pieces.Length, finding.Length);
    }

    [Theory]
    [InlineData("車手的手機末三碼是 270，前七碼是 0 9 4 5 - 8 3 1，你把順序排好", EntityTypes.PhoneNumber)]
    [InlineData("證人聯絡方式（分三行寫給你）：\n前四碼 0922\n(今天值班 13-21)\n後六碼 635187", EntityTypes.PhoneNumber)]
    [InlineData("以下是身分證，拆開寫：最後四位是 7445、前六碼 D12503", EntityTypes.NationalId)]
    public void Places_counted_in_any_order_are_joined_where_each_holds_its_count(string text, string type) =>
        Assert.Equal(type, Assert.Single(Scan(text)).Type);

    [Fact]
    public void A_count_that_a_piece_does_not_hold_joins_nothing() =>
        FindsNo("手機末四碼是 270，前七碼是 0945831，你把順序排好", EntityTypes.PhoneNumber);

    [Fact]
    public void A_value_named_only_as_a_number_is_read_as_whatever_validates() =>
        Assert.Equal(EntityTypes.CreditCard, Assert.Single(Scan("請幫我組一個號碼，順序我打亂了：第二段「4646」、第一段「62588291」、第三段「8747」。")).Type);

    [Theory]
    [InlineData("車牌三個英文是 A、K、R，數字是 6 2 5 9，銀色 Yaris", "A、K、R，數字是 6 2 5 9")]
    [InlineData("車牌我有記下來，是 C 開頭，然後 P、W，數字 3 8 1 7。那個人大概 30 歲", "C 開頭，然後 P、W，數字 3 8 1 7")]
    [InlineData("車牌是 舊式的 兩個英文 H、S，後面四個數字是 7、5、3、1，另外", "H、S，後面四個數字是 7、5、3、1")]
    [InlineData("失竊車牌 pKJ，數字 5810，車主電話另給", "pKJ，數字 5810")]
    [InlineData("身分證 D，數字的部分：125037445，請查詢", "D，數字的部分：125037445")]
    public void Letters_listed_then_digits_named_as_a_part_are_one_value(string text, string value) =>
        FindsAmongOthers(text, value, text.Contains("車牌", StringComparison.Ordinal) ? EntityTypes.LicensePlate : EntityTypes.NationalId);

    [Theory]
    [InlineData("型號 KDX，數字 5810，請查庫存")]
    [InlineData("發票字軌 AB，數字是 12345678，請開立")]
    [InlineData("車次 K，數字 123，幾點開？")]
    [InlineData("ABC，數字 5810，這是什麼意思？")]
    public void Codes_whose_letters_and_digits_are_named_apart_are_no_value(string text) => FindsNothing(text);

    [Theory]
    [InlineData("卡號 6258-8291 ⋯⋯等等我先接個電話⋯⋯ 4646-8747", EntityTypes.CreditCard)]
    [InlineData("手機 0912 ⋯⋯等一下⋯⋯ 345 678", EntityTypes.PhoneNumber)]
    public void An_aside_framed_by_ellipses_parts_no_value(string text, string type) =>
        Assert.Equal(type, Assert.Single(Scan(text)).Type);

    [Fact]
    public void A_phone_word_in_an_aside_that_names_a_number_still_parts_it() =>
        FindsNo("分機 0912 ⋯⋯(住家電話)⋯⋯ 345 678", EntityTypes.PhoneNumber);

    [Fact]
    public void A_quoted_line_with_an_invisible_character_continues_the_pieces() =>
        Assert.Equal(EntityTypes.CreditCard, Assert.Single(Scan("分三塊傳給你:4105\n>> \u00AD8\n130\u00AD2084\u00AD3274\n可以幫我接起來後查詢。")).Type);

    [Fact]
    public void A_bar_inside_a_chat_piece_is_dropped()
    {
        string text = "[09:49] 學長: 那個卡號給我一下,分開傳\n[09:50] 小林: 6258 | 82\n[09:50] 小林: 🐟\n[09:51] 小林: 9146 | \n[09:52] 小林: 468747\n[09:54] 學長: 收到 👍";
        Assert.Equal(EntityTypes.CreditCard, Assert.Single(Scan(text)).Type);
    }

    [Theory]
    [InlineData("案號分段寫在下面：後段 000123、前段 113")]
    [InlineData("金額我分兩段：末三碼是 500，前四碼是 1200")]
    [InlineData("請幫我組一個號碼：第二段「1200」、第一段「113」")]
    public void Numbers_that_are_no_personal_value_stay_clean_in_the_same_frames(string text) => FindsNothing(text);

    [Fact]
    public void Places_never_mix_with_ordinals() =>
        FindsNo("卡號：第一段 6258 8291、第三段 8747、中間 4646", EntityTypes.CreditCard);
}
