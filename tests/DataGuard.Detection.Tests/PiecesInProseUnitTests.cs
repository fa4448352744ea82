using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// det-pieces40b (issue 9): quoted pieces joined with a plus after the value's label, the first opening quote and the last
/// closing quote often left out — and the same frames around numbers that are no personal value. Every value is invented
/// (checksum-valid where the type needs it).
/// </summary>
public sealed class PiecesInProseUnitTests
{
    [Theory]
    [InlineData("住家電話 ", "02」+「2」+「7」+「654321", EntityTypes.PhoneNumber)]
    [InlineData("手機：", "0912」＋「3」＋「45678", EntityTypes.PhoneNumber)]
    [InlineData("身分證 「", "A1」+「2」+「3456789", EntityTypes.NationalId)]
    [InlineData("身分證 ", "Ａ１」+「二」+「參肆伍陸柒捌玖", EntityTypes.NationalId)]
    [InlineData("卡號", "4」&「916338」&「8」&「12345675", EntityTypes.CreditCard)]
    [InlineData("車號 ", "AB」+「C」+「1235", EntityTypes.LicensePlate)]
    public void Quoted_pieces_joined_with_a_plus_after_a_label_are_one_value_over_all_of_them(string label, string pieces, string type)
    {
        PiecesOnRequestUnitTests.FindsOver($"車主資料：{label}{pieces}，請幫我寫竊盜案件紀錄表。", pieces, type);
    }

    [Theory]
    [InlineData("案號 112」+「345」+「678，請幫我寫紀錄表。")]
    [InlineData("統編 1234」+「5675，請幫我寫紀錄表。")]
    [InlineData("金額「12」+「345」+「678」，請幫我寫紀錄表。")]
    [InlineData("型號 XR」+「1234」+「5，請幫我寫紀錄表。")]
    [InlineData("他說「好」+「的」，請幫我寫紀錄表。")]
    public void Other_numbers_in_the_same_frame_stay_clean(string text) => FindsNothing(text);

    [Fact]
    public void Pieces_with_no_label_before_them_are_not_joined_by_the_frame()
    {
        // No value word before the pieces: the frame joins nothing (the chain walk may still read a whole value).
        Assert.DoesNotContain(Scan("代號 A1」+「2」+「3456789 已登錄。"), f => f.Type == EntityTypes.NationalId && f.Length > 12);
    }

    [Theory]
    [InlineData("卡號我用羅馬數字把每段標號了：", "Ⅰ.4916 Ⅱ.3388 Ⅲ.1234 Ⅳ.5675", EntityTypes.CreditCard)]
    [InlineData("身分證：", "Ⅰ、A12 Ⅱ、345 Ⅲ、6789", EntityTypes.NationalId)]
    [InlineData("手機 ", "ⅰ.〇九一二 ⅱ.345 ⅲ.678", EntityTypes.PhoneNumber)]
    public void Pieces_labelled_with_Roman_numerals_are_one_value(string before, string pieces, string type) =>
        PiecesOnRequestUnitTests.FindsOver($"{before}{pieces}，請整理成扣押物描述。", pieces, type);

    [Theory]
    [InlineData("案號：Ⅰ.112 Ⅱ.345 Ⅲ.678，請寫成公文。")]
    [InlineData("統編：Ⅰ.1234 Ⅱ.5675，請寫成公文。")]
    [InlineData("卡號：Ⅰ.4916 Ⅱ.3388 Ⅲ.1234 Ⅳ.5676，請寫成公文。")]
    public void Other_numbers_and_failing_cards_labelled_with_Roman_numerals_stay_clean(string text) => FindsNothing(text);
}
