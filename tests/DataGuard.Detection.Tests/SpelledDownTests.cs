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
}
