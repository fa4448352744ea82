using DataGuard.Detection.Tests.Generated;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 36 (categories of sets U29, U30): cards, IDs and certificates disguised to get past a filter — one odd mark
/// between a card's printed groups, a card's 1 typed as a bar at a group's edge, an ID's letter said to head it (字頭), a
/// log key's value starting with 40 — are read; the same shapes around numbers that fail their checksum or Luhn are not
/// (nor a last digit corrected after a card that still fails Luhn: <c>StatedCorrections</c>). Values are invented (checksums
/// computed by <see cref="SyntheticIds"/> and <see cref="ValueFamilies.LuhnDigit"/>).
/// </summary>
public class DisguisedCardAndIdTests
{
    private static string Card(string body15) => body15 + ValueFamilies.LuhnDigit(body15);

    private static string Wrong(char digit) => ((char)('0' + (digit - '0' + 3) % 10)).ToString();

    private static string Spaced(string card) => $"{card[..4]} {card[4..8]} {card[8..12]} {card[12..]}";

    [Fact]
    public void A_correction_that_leaves_the_number_failing_luhn_makes_no_card()
    {
        var card = Card("453298104477125");
        var failing = card[..^1] + Wrong(card[^1]);
        FindsNo($"訂單 {Spaced(failing)} 更正：尾數{Wrong(failing[^1])}，已出貨", EntityTypes.CreditCard);
    }

    [Theory]
    [InlineData("📞")]
    [InlineData("✅")]
    [InlineData("_")]
    public void One_odd_mark_between_a_cards_printed_groups_is_a_card_without_a_card_word(string mark)
    {
        var card = Card("541795062318437");
        var written = string.Join(mark, card[..4], card[4..8], card[8..12], card[12..]);
        var finding = FindsExactly($"所長 剛查到的：{written}", written, EntityTypes.CreditCard);
        Assert.True(finding.Score >= 0.85, $"score {finding.Score}");
    }

    [Fact]
    // Round 38 (det-seps38): one mark in any grouping is a card's disguise now (MarkedGroupTests); a tracking label keeps it out.
    public void Odd_marks_in_another_grouping_under_a_tracking_label_are_no_card()
    {
        var card = Card("541795062318437");
        FindsNo($"物流追蹤 {card[..4]}📞{card[4..8]}📞{card[8..]} 已送達", EntityTypes.CreditCard);
    }

    [Fact]
    public void A_log_keys_value_starting_with_40_is_a_card_not_a_quoted_printable_at_sign()
    {
        var card = Card("402687150293614");
        FindsExactly($"2024-03-16 18:56:37 DEBUG [query-svc] pan={Spaced(card)} status=200", Spaced(card), EntityTypes.CreditCard);
    }

    [Fact]
    public void A_quoted_printable_at_sign_before_a_domain_is_still_read() =>
        FindsExactly("From: wang.ming=40gmail.com", "wang.ming=40gmail.com", EntityTypes.EmailAddress);

    [Theory]
    [InlineData("{0} 字頭 {1}")]
    [InlineData("{0}字頭，{1}")]
    [InlineData("「{0}」字頭 {1}")]
    public void An_ids_letter_said_to_head_its_digits_is_joined_to_them(string form)
    {
        var id = SyntheticIds.Numeric('X', 1, "7285036");
        var written = string.Format(form, id[0], id[1..]);
        var finding = FindsExactly($"當事人陳○○，{written}，於本月3日到案。", written.TrimStart('「'), EntityTypes.NationalId);
        Assert.Equal(id, finding.NormalizedValue);
    }

    [Fact]
    public void A_head_word_before_digits_that_fail_the_checksum_joins_nothing()
    {
        var failing = SyntheticIds.Corrupt(SyntheticIds.Numeric('X', 1, "7285036"), 3);
        FindsNo($"{failing[0]} 字頭 {failing[1..]} 的案件已歸檔", EntityTypes.NationalId);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(11)]
    public void A_cards_1_typed_as_a_bar_at_a_groups_edge_reads_as_1(int at)
    {
        var body = "4110" + "1188" + "2991" + "412";
        var card = Card(body[..at] + '1' + body[(at + 1)..]);
        var written = Spaced(card[..at] + '|' + card[(at + 1)..]);
        var finding = FindsExactly($"卡號 {written} 請查", written, EntityTypes.CreditCard);
        Assert.Equal(card, finding.NormalizedValue);
    }

    [Fact]
    public void A_bar_between_a_tables_short_cells_joins_no_card() =>
        FindsNo("| 4110 |188 | 2991 |", EntityTypes.CreditCard);
}
