using System.Text;
using DataGuard.Detection.Normalization;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 40 (categories of set U40, open): every character of the sound-alike reading list (<c>SoundAlikeTable</c>) is read
/// for its digit inside a phone, one by one; 尔 and 餌 are read for 2; a run of three rare sound-alikes or more one digit
/// short of a whole value takes a common one glued to its edge (…兒酒思, <c>HomophoneDigits.DisguisingSoundAlikes</c>).
/// Values are invented; a failure names characters by code point, never a value.
/// </summary>
public class SoundAlikeTableTests
{
    // An invented mobile; the digit at Slot is replaced by the digit the character under test stands for. Its 3 is written
    // 山, a character the search stops at: one not searched, or common in prose, is read only inside a run found so.
    private const string Mobile = "0935716284";
    private const int Slot = 5;
    private const int Searched = 2;

    [Fact]
    public void Every_character_of_the_list_is_read_for_its_digit_inside_a_phone()
    {
        var missed = new List<string>();
        for (char c = '\u4E00'; c <= '\u9FFF'; c++)
        {
            if (SoundAlikeTable.DigitOf(c) is not char digit) continue;
            string expected = Mobile.Substring(0, Slot) + digit + Mobile.Substring(Slot + 1);
            string written = expected.Substring(0, Searched) + '山' + expected.Substring(Searched + 1, Slot - Searched - 1) + c + expected.Substring(Slot + 1);
            var findings = Scan($"手機：{written}，請回電。");
            if (!findings.Any(f => f.Type == EntityTypes.PhoneNumber && f.NormalizedValue.Replace("+886", "0") == expected))
                missed.Add($"U+{(int)c:X4}");
        }
        Assert.Empty(missed);
    }

    [Theory]
    [InlineData('尔')]
    [InlineData('餌')]
    public void The_simplified_er_and_its_homophone_stand_for_two(char c)
    {
        Assert.Equal('2', SoundAlikeTable.DigitOf(c));
        Assert.False(SoundAlikeTable.IsCommonInProse(c));
    }

    [Theory]
    [InlineData("菱酒山巴-依舞棲-兒酒思", "0938-157-294")] // 思 for the last 4
    [InlineData("菱似久-尔山酒吾餌溜思", "049-2395264")] // a landline, 餌 and 尔 for 2
    [InlineData("令酒山巴依舞棲兒酒寺", "0938157294")] // 令 for the first 0: a common one before a run that does not start with 0
    public void A_run_of_rare_sound_alikes_one_digit_short_takes_a_common_one_at_its_edge(string written, string value)
    {
        var finding = Assert.Single(Scan($"手機 {written}，我的機車被偷了"));
        Assert.Equal(EntityTypes.PhoneNumber, finding.Type);
        Assert.Equal(written.Length, finding.Length);
        Assert.Equal(Digits(value), Digits(finding.NormalizedValue.Replace("+886", "0")));
    }

    [Theory]
    [InlineData("訂單 醫酒山巴依舞棲兒酒思已出貨")] // ten digits from 1: no value
    [InlineData("代碼 酒山巴依舞棲思，巴士站旁的寺廟很久沒整修")] // seven digits and a common one: too short
    [InlineData("手機 菱酒山巴依舞棲兒酒寺思考中")] // whole at ten: the common one after it is a word
    public void A_common_one_beside_a_run_that_is_no_value_one_digit_short_stays_a_word(string text)
    {
        foreach (var finding in Scan(text))
            Assert.False(finding.Type == EntityTypes.PhoneNumber && finding.End > text.IndexOf('思') && finding.Start <= text.IndexOf('思'));
    }

    private static string Digits(string s)
    {
        var digits = new StringBuilder();
        foreach (char c in s) if (char.IsAsciiDigit(c)) digits.Append(c);
        return digits.ToString();
    }
}
