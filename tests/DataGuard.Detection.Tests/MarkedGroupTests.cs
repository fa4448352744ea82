using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 38 (categories of sets U33, U34): marks between a value's groups (an equals sign, a backslash, emoji), Taiwan's
/// trunk prefix written in brackets after its country code, and cards in any grouping; and the same shapes in other
/// numbers, which stay clean. Values are invented (checksums computed by the test helpers; the card is a test number).
/// </summary>
public class MarkedGroupTests
{
    private static readonly string Id = SyntheticIds.Numeric('K', 1, "2345671");
    private const string Card = "4111222526018153"; // Visa range, passes Luhn
    private const string Mobile = "0912345678";

    [Theory]
    [InlineData("886(0){0}")]
    [InlineData("00886(0){0}")]
    [InlineData("+886|(0|){0}")]
    [InlineData("+886（0）{0}")]
    public void A_trunk_prefix_in_brackets_after_886_is_dropped(string layout)
    {
        var value = string.Format(layout, Mobile[1..]);
        FindsExactly($"聯絡電話{value}，請回電。", value, EntityTypes.PhoneNumber);
    }

    [Fact]
    public void A_grouped_mobile_after_a_bracketed_trunk_prefix_is_one_number()
    {
        const string value = "00886(0)9 1234 5678";
        FindsExactly($"王○明、{value}、已通知", value, EntityTypes.PhoneNumber);
    }

    [Theory]
    [InlineData("公式 f(886)(0)=12，另 886(0)+1")]
    [InlineData("編號 12886(0)912345678")]
    public void A_bracketed_zero_that_is_no_trunk_prefix_is_left_alone(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("=")]
    [InlineData("＝")]
    [InlineData("\\")]
    public void An_id_with_one_mark_between_its_groups_is_an_id(string mark)
    {
        var value = $"{Id[..2]}{mark}{Id[2..6]}{mark}{Id[6]}{mark}{Id[7..]}";
        FindsExactly($"王○明 {value} 已通知", value, EntityTypes.NationalId);
    }

    [Theory]
    [InlineData("0{0}912{0}345{0}678")]
    [InlineData("0912{0}34{0}5678")]
    [InlineData("02{0}2345{0}6789")]
    public void A_phone_with_one_mark_between_its_groups_stands_without_a_phone_word(string layout)
    {
        foreach (var mark in new[] { "=", "\\" })
        {
            var value = string.Format(layout, mark);
            FindsExactly($"王○明,{value},已通知", value, EntityTypes.PhoneNumber);
        }
    }

    [Fact]
    public void Two_different_marks_between_a_phones_groups_need_a_phone_word() =>
        FindsNo("王○明,0912=345\\678,已通知", EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("{0} {1} {2} {3}", 7, 9, 13)]
    [InlineData("{0}　{1}  {2} {3}", 1, 5, 12)]
    [InlineData("{0}👉{1}👉{2}👉{3}", 5, 8, 11)]
    [InlineData("{0}❤️{1}❤️{2}❤️{3}", 3, 4, 13)]
    public void A_card_in_any_grouping_with_one_mark_is_a_card(string layout, int first, int second, int third)
    {
        var value = string.Format(layout, Card[..first], Card[first..second], Card[second..third], Card[third..]);
        FindsExactly($"王○明、{value}、已通知", value, EntityTypes.CreditCard);
    }

    [Fact]
    public void A_card_with_look_alikes_in_its_last_group_is_a_card()
    {
        const string value = "4111  2225  2601  8IS3";
        FindsExactly($"王○明、{value}、已通知", value, EntityTypes.CreditCard);
    }

    [Theory]
    [InlineData("4111👉2225260👉18154")] // Luhn fails
    [InlineData("4111👉2225260👉18153👉7")] // the run goes on past the card
    [InlineData("4111👉2225260、18153")] // two marks: items of a list
    public void A_run_that_is_no_one_card_is_no_card(string run) => FindsNo($"王○明、{run}、已通知", EntityTypes.CreditCard);

    [Theory]
    [InlineData("比分 3😀2，上半場 1😀0，加時 2😀2")]
    [InlineData("集合 08:30 ⏰ 出發 13:45 ⏰ 回程 19:05")]
    [InlineData("案號 113=偵=12345，卷宗 3\\456\\78")]
    public void Numbers_with_marks_that_are_no_value_stay_clean(string text) => Assert.DoesNotContain(Scan(text),
        f => f.Type is EntityTypes.NationalId or EntityTypes.ResidentCertificate or EntityTypes.CreditCard or EntityTypes.PhoneNumber or EntityTypes.LicensePlate);
}
