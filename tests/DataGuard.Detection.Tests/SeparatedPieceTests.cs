using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 35 (categories of sets U27, U28): marks no value is written with, typed between a value's pieces to get it past a
/// filter (<c>JoiningWords.IsStrayMark</c>, read by the filler walk), pieces continued as list items, a one-digit piece
/// between the same mark, an emoji beside a hyphen counted as one gap character; and the same marks in times, money, CSV
/// rows and tables, which stay apart. Values are invented (checksums computed by the test helpers).
/// </summary>
public class SeparatedPieceTests
{
    private static readonly string Id = SyntheticIds.Numeric('K', 1, "2345671");
    private static readonly string Certificate = SyntheticIds.Numeric('H', 8, "1234563");
    private const string Card = "4111222526018153"; // Visa range, passes Luhn

    [Theory]
    [InlineData("{0}：{1}：{2}")]
    [InlineData("{0}:{1}:{2}")]
    [InlineData("{0}|{1}|{2}")]
    [InlineData("{0},{1}{2}")]
    [InlineData("{0};{1}{2}")]
    [InlineData("{0}\n- {1}\n- {2}")]
    [InlineData("{0}-\n- {1}{2}")]
    public void An_id_cut_by_stray_marks_is_an_id(string layout)
    {
        var value = string.Format(layout, Id[..3], Id[3..6], Id[6..]);
        FindsExactly($"身分證：{value}\n備註：已通知。", value, EntityTypes.NationalId);
    }

    [Fact]
    public void A_certificate_with_a_one_digit_piece_between_the_same_mark_is_a_certificate()
    {
        var value = $"{Certificate[..3]} + {Certificate[3]} + {Certificate[4..]}";
        FindsExactly($"居留證：{value}（請自行串接）", value, EntityTypes.ResidentCertificate);
    }

    [Theory]
    [InlineData("0933-8\n- 12457")]
    [InlineData("0933-\n- 812\n- 457")]
    [InlineData("0933\n- -812-457")]
    [InlineData("0933-\n- 8\n- 12457")]
    [InlineData("0933;812457")]
    [InlineData("0933|81|2457")]
    [InlineData("0 . 933-812 . -457")]
    public void A_mobile_cut_by_marks_after_a_phone_word_is_a_phone(string value) =>
        FindsExactly($"聯絡電話：{value}（分段打的，請合併）", value, EntityTypes.PhoneNumber);

    [Fact]
    public void A_card_continued_as_list_items_is_a_card()
    {
        var value = $"{Card[..6]}\n- {Card[6..12]}\n- {Card[12..]}";
        FindsExactly($"信用卡號 {value}\n（上面幾段接起來）", value, EntityTypes.CreditCard);
    }

    [Fact]
    public void A_card_continued_after_an_open_hyphen_on_a_speakers_line_is_a_card()
    {
        var value = $"{Card[..4]}-{Card[4..8]}-{Card[8..12]}-\n王哥: {Card[12..]}";
        FindsExactly($"卡號是 {value}，寫成止付申請書", value, EntityTypes.CreditCard);
    }

    [Fact]
    public void An_emoji_beside_a_hyphen_is_one_character_of_the_gap() =>
        FindsExactly("INSERT INTO t VALUES ('王○明', 'ABC🔸-🔸1235');".Replace("ABC", "A🔸B🔸C"), "A🔸B🔸C🔸-🔸1235", EntityTypes.LicensePlate);

    [Theory]
    [InlineData("2024-03-05 11:22:33,784 ERROR [Lookup] heartbeat ok")]
    [InlineData("[15:28] 值班台：收到\n[15:29] 小美：09:12 開會")]
    [InlineData("損失金額 825,000 元，另 1,234,567 元")]
    [InlineData("比數 3:2:1，時段 09:30-12:45")]
    [InlineData("清單：\n- 0912\n- 345\n2. 備註：無")]
    [InlineData("版本 10.0.19045；build 12:3456")]
    public void Times_money_scores_and_lists_stay_clean(string text) =>
        Assert.DoesNotContain(Scan(text), f => f.Type is EntityTypes.NationalId or EntityTypes.ResidentCertificate or EntityTypes.PhoneNumber
            or EntityTypes.CreditCard or EntityTypes.LicensePlate);

    [Fact]
    public void A_csv_row_is_not_read_across_its_commas()
    {
        string text = $"姓名,等級,序號\n貨品,{Id[..1]},{Id[1..]}\n王○明,12,{Id[..3]},{Id[3..]},113/05/02";
        FindsNo(text, EntityTypes.NationalId);
    }

    [Fact]
    public void A_card_cell_beside_a_phone_cell_is_not_joined()
    {
        string text = $"| 姓名 | 卡號 | 手機 |\n|---|---|---|\n| 王○明 | {Card} | 0933812457 |";
        Assert.All(Scan(text), f => Assert.True(text.AsSpan(f.Start, f.Length).IndexOf('|') < 0));
    }
}
