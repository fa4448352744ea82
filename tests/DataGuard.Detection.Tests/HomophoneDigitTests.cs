using DataGuard.Detection.Tests.Generated;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 29 (sets U19, U20): digits written as sound-alike characters (諧音) are read where a run has the shape of a
/// whole value — every digit so written, some among real digits, or glued after an ID's letter or a plus — and never
/// in prose, where the same characters are ordinary words (中山, 下午, 爸爸, 很久, 第2期). Values are invented.
/// </summary>
public class HomophoneDigitTests
{
    private static readonly string Id = SyntheticIds.Numeric('N', 1, "5834781");
    private static readonly string Card = "4539" + "1488" + "0343" + "646" + ValueFamilies.LuhnDigit("453914880343646");

    private static string Every(string value, int seed) => SoundAlikeDigits.Every(value, new Random(seed))!;

    [Theory]
    [InlineData("手機：{0}\n請產生通知書。")]
    [InlineData("要貨的打這支 {0}，舊的不要用了")]
    [InlineData("| 8 | 石明 | {0} | 已聯繫 |")]
    public void A_mobile_written_wholly_in_sound_alikes_is_a_phone(string frame)
    {
        var value = Every("0912-345-678", 1);
        var text = string.Format(frame, value);
        var finding = Assert.Single(Scan(text), f => f.Type == EntityTypes.PhoneNumber);
        Assert.Equal((text.IndexOf(value, StringComparison.Ordinal), value.Length), (finding.Start, finding.Length));
        Assert.Equal("0912345678", finding.NormalizedValue.Replace("+886", "0"));
        Assert.True(finding.Evasions.HasFlag(Evasions.Homophones));
    }

    [Theory]
    [InlineData("0酒12 死5山 6妻8")]
    [InlineData("(靈2)2345-溜7爸9")]
    [InlineData("+爸86 912 山45 678")]
    public void A_phone_mixing_sound_alikes_and_digits_is_a_phone(string value) =>
        FindsExactly($"有意者私訊或撥 {value}，面交可", value, EntityTypes.PhoneNumber);

    [Fact]
    public void An_id_whose_digits_are_sound_alikes_after_its_letter_is_an_id()
    {
        var value = Every(Id, 2);
        FindsExactly($"葉成 身分證：{value}\n幫我寫摘要。", value, EntityTypes.NationalId);
    }

    [Fact]
    public void A_card_in_sound_alike_groups_is_a_card()
    {
        var value = Every(Card, 3);
        FindsExactly($"信用卡 {value}\n改成公文用語。", value, EntityTypes.CreditCard);
    }

    [Theory]
    [InlineData("下午三點在中山路二段見面，爸爸說好久不見，第2期款項已付。")]
    [InlineData("靈山寺舞蹈班 114年第3期 上午09:00-12:00，下午14:00-17:30")]
    [InlineData("巴士站旁的酒吧，留衣服在山上的寺廟，久久一次")]
    public void Prose_with_sound_alike_characters_holds_nothing(string text) => FindsNothing(text);

    [Theory]
    [InlineData("期 ", "")]
    [InlineData("舊", "")]
    [InlineData("", " 久")]
    public void A_stray_sound_alike_beside_a_number_whole_in_digits_changes_nothing(string before, string after)
    {
        const string number = "0912 345 678";
        var stray = Scan($"撥打{before}{number}{after}。");
        var plain = Scan($"撥打{new string('的', before.Length)}{number}{new string('的', after.Length)}。");
        Assert.Equal(plain.Select(f => (f.Type, f.Start, f.Length)), stray.Select(f => (f.Type, f.Start, f.Length)));
    }

    [Fact]
    public void A_run_too_short_for_a_value_is_not_read() => FindsNothing("通報編號 山寺舞溜 妻爸酒 結案");
}
