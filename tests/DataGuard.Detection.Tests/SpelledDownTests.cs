using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 29 (sets U19, U20): a value spelled one character per line, or one per cell after its label cell, is read
/// whole; single characters in rows and lists that make no value stay clean. Values are invented.
/// </summary>
public class SpelledDownTests
{
    private static readonly string Id = SyntheticIds.Numeric('G', 1, "6187157");

    [Theory]
    [InlineData("\n")]
    [InlineData("\n\n")]
    [InlineData("\r\n")]
    public void An_id_spelled_one_character_per_line_is_an_id(string lineBreak)
    {
        var value = string.Join(lineBreak, Id.ToCharArray());
        FindsExactly($"號碼直的打：\n{value}\n幫我寫摘要。", value, EntityTypes.NationalId);
    }

    [Theory]
    [InlineData(",")]
    [InlineData(" | ")]
    [InlineData("\t")]
    public void An_id_spelled_one_character_per_cell_after_its_label_is_an_id(string cell)
    {
        var value = string.Join(cell, Id.ToCharArray());
        FindsExactly($"我把每個字放一格：\n身分證{cell}{value}\n幫我核對。", value, EntityTypes.NationalId);
    }

    [Fact]
    public void A_mobile_spelled_one_digit_per_line_is_a_phone()
    {
        var value = string.Join("\n", "0912345678".ToCharArray());
        FindsExactly($"手機直的打：\n{value}\n謝謝", value, EntityTypes.PhoneNumber);
    }

    [Theory]
    [InlineData("題號,3,4,1,5,2,2,3,4,5,1,2,3")]
    [InlineData("步驟\n1\n2\n3\n4\n5\n6\n7\n8\n9\n完成")]
    [InlineData("| 評分 | 3 | 4 | 1 | 5 | 2 | 2 | 3 | 4 | 5 | 1 |")]
    public void Single_characters_that_make_no_value_stay_clean(string text) => FindsNothing(text);

    [Fact]
    public void A_value_whole_in_its_cell_does_not_run_into_the_next_cell() =>
        FindsExactly($"身分證,{Id},1,2", Id, EntityTypes.NationalId);

    // Round 30 (categories of sets U21, U22): a value typed one group per cell of a row, after a name cell.

    [Theory]
    [InlineData("| 姓名 | 欄1 | 欄2 | 欄3 |\n|---|---|---|---|\n| 王小明 | {0} |\n", " | ")]
    [InlineData("姓名｜欄1｜欄2｜欄3\n王小明｜{0}\n", "｜")]
    [InlineData("|王小明|{0}|", "|")]
    public void An_id_typed_one_group_per_cell_after_a_name_is_an_id(string table, string bar)
    {
        var value = string.Join(bar, Id[..1], Id[1..5], Id[5..]);
        FindsExactly(string.Format(table, value), value, EntityTypes.NationalId);
    }

    [Fact]
    public void A_mobile_whose_first_cell_holds_two_digits_is_a_phone() =>
        FindsExactly("| 陳美玲 | 09 | 2817 | 3364 |", "09 | 2817 | 3364", EntityTypes.PhoneNumber);

    [Fact]
    public void A_mobile_in_the_cells_after_another_number_is_not_read_from_the_middle_of_that_number() =>
        FindsNo("| 貨品甲 | 554244 | 09453 | 47003 |", EntityTypes.PhoneNumber);

    [Fact]
    public void Groups_longer_than_a_cell_part_are_not_joined() =>
        FindsNothing("| 王小明 | 0912345 | 6789012 |");

    [Theory]
    [InlineData("| 項目 | 一月 | 二月 | 三月 | 四月 |\n| 營收 | {0} |")]
    [InlineData("| 品項 | 金額 | 數量 | 單價 | 小計 |\n| 貨品甲 | {0} |")]
    public void Four_amounts_that_pass_luhn_under_amount_headers_are_no_card(string table)
    {
        // Sixteen digits in issuer range with a valid Luhn digit, cut in fours.
        string body = "451234567890123";
        string card = body + Generated.ValueFamilies.LuhnDigit(body);
        FindsNo(string.Format(table, string.Join(" | ", card[..4], card[4..8], card[8..12], card[12..])), EntityTypes.CreditCard);
    }

    [Fact]
    public void A_card_typed_one_group_per_cell_under_plain_column_numbers_is_a_card()
    {
        string body = "451234567890123";
        string card = body + Generated.ValueFamilies.LuhnDigit(body);
        var value = string.Join(" | ", card[..6], card[6..11], card[11..]);
        FindsExactly($"| 姓名 | 欄1 | 欄2 | 欄3 |\n| 王小明 | {value} |", value, EntityTypes.CreditCard);
    }
}
