using DataGuard.Detection.Tests.Generated;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 29 (categories of sets U17, U18): digits dictated as words (English as people say them, Indonesian, Malay,
/// Vietnamese, Tagalog), a value dictated in chunks with words announcing each one, and a value built from string literals
/// in code or a formula; and the prose and codes of the same shapes that must stay clean. The generator's
/// numbers.words.*, split.words.english, split.dictated and split.concatenated cells cover them across contexts; these
/// name the behaviour. Values are synthetic (<see cref="SyntheticIds"/>, a 0912 mobile).
/// </summary>
public class DictatedValueTests
{
    private static readonly string Id = SyntheticIds.Numeric('M', 1, "2345678");
    private static readonly string Arc2021 = SyntheticIds.Numeric('G', 9, "1234567");

    [Theory]
    [InlineData("手機 oh nine one two three four five six seven eight", "oh nine one two three four five six seven eight")]
    [InlineData("phone: zero nine one two three double four five six seven", "zero nine one two three double four five six seven")]
    [InlineData("phone: zero nine one two triple three four five six", "zero nine one two triple three four five six")]
    [InlineData("Mobile Oh-Nine-One-Two - Three-Four-Five - Six-Seven-Eight", "Oh-Nine-One-Two - Three-Four-Five - Six-Seven-Eight")]
    [InlineData("手機 ZERO NINE ONE TWO 345 SIX SEVEN EIGHT 謝謝", "ZERO NINE ONE TWO 345 SIX SEVEN EIGHT")]
    public void A_mobile_said_in_english_words_is_one_phone(string text, string value) =>
        FindsExactly(text, value, EntityTypes.PhoneNumber);

    [Fact]
    public void English_word_groups_apart_by_commas_are_one_phone_after_a_phone_word() =>
        FindsExactly("phone: zero nine one two, three four five, six seven eight.", "zero nine one two, three four five, six seven eight", EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("nomor HP saya nol sembilan satu dua tiga empat lima enam tujuh delapan", "nol sembilan satu dua tiga empat lima enam tujuh delapan")]
    [InlineData("nombor telefon kosong sembilan satu dua tiga empat lima enam tujuh lapan", "kosong sembilan satu dua tiga empat lima enam tujuh lapan")]
    [InlineData("số điện thoại không chín một hai ba bốn năm sáu bảy tám", "không chín một hai ba bốn năm sáu bảy tám")]
    [InlineData("numero ng telepono sero siyam isa dalawa tatlo apat lima anim pito walo", "sero siyam isa dalawa tatlo apat lima anim pito walo")]
    public void A_mobile_said_in_the_words_of_another_language_is_one_phone(string text, string value) =>
        FindsExactly(text, value, EntityTypes.PhoneNumber);

    [Fact]
    public void An_id_said_in_english_or_indonesian_words_is_one_id()
    {
        string english = Id[..1] + " " + string.Join(" ", Id[1..].Select(d => d == '0' ? "oh" : DictatedForms.English[d - '0']));
        Assert.Equal(Id, FindsExactly($"ID {english}.", english, EntityTypes.NationalId).NormalizedValue);
        string malay = Arc2021[..1] + " " + string.Join(" ", Arc2021[1..].Select(d => DictatedForms.Foreign[0][d - '0']));
        Assert.Equal(Arc2021, FindsExactly($"nomor ARC {malay}", malay, EntityTypes.ResidentCertificate).NormalizedValue);
    }

    [Theory]
    [InlineData("Two or three officers arrived; one of the nine cases was closed.")]
    [InlineData("Room one oh five, floor two, seven people waiting.")]
    [InlineData("Tôi có hai con, ba người đã về quê từ năm 2024, một hai ngày nữa.")]
    [InlineData("Saya punya satu atau dua teman, lima puluh ribu rupiah.")]
    [InlineData("Delta Lima Lima 2232 and Lima Lima Delta")]
    [InlineData("Mayroon akong isa o dalawa na kapatid.")]
    public void Prose_with_number_words_holds_no_value(string text) => FindsNothing(text);

    [Theory]
    [InlineData("手機前四碼0912，中間三碼345，最後678", "0912，中間三碼345，最後678")]
    [InlineData("手機0912，中間是345，尾數是678", "0912，中間是345，尾數是678")]
    [InlineData("phone: the first part is 0912, the second part is 345, and the last part is 678", "0912, the second part is 345, and the last part is 678")]
    [InlineData("phone 0912, next three digits: 345, the rest is 678", "0912, next three digits: 345, the rest is 678")]
    [InlineData("phone 0912, then 345, the last three digits are 678.", "0912, then 345, the last three digits are 678")]
    public void A_mobile_dictated_in_chunks_is_one_phone(string text, string value) =>
        FindsExactly(text, value, EntityTypes.PhoneNumber);

    [Fact]
    public void An_id_dictated_in_chunks_is_one_id()
    {
        string value = $"{Id[..4]}，中間三碼{Id[4..7]}，最後{Id[7..]}";
        Assert.Equal(Id, FindsExactly($"身分證前四碼{value}。", value, EntityTypes.NationalId).NormalizedValue);
    }

    [Fact]
    public void A_count_that_does_not_match_the_chunk_joins_no_phone() =>
        FindsNo("手機0912，中間四碼345，最後678", EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("var phone = \"0912\" + \"345\" + \"678\";", "0912\" + \"345\" + \"678")]
    [InlineData("phone = '0912' '345' '678'", "0912' '345' '678")]
    [InlineData("SELECT '0912' || '345' || '678' AS phone", "0912' || '345' || '678")]
    public void A_mobile_built_from_literals_is_one_phone(string text, string value) =>
        FindsExactly(text, value, EntityTypes.PhoneNumber);

    [Fact]
    public void An_id_built_from_literals_in_code_or_a_formula_is_one_id()
    {
        foreach (var (frame, joint) in new[] { ("身分證 = \"{0}\";", "\" + \""), ("=CONCAT(\"{0}\")", "\",\""), ("id = '{0}'", "' '"), ("=\"{0}\"", "\"&\"") })
        {
            string value = Id[..3] + joint + Id[3..];
            Assert.Equal(Id, FindsExactly(string.Format(frame, value), value, EntityTypes.NationalId).NormalizedValue);
        }
    }

    [Theory]
    [InlineData("\"{0}\",\"{1}\"")] // a CSV row's two cells
    [InlineData("\"{0}\"\"{1}\"")] // a quote escaped inside a literal
    public void Literals_that_are_no_concatenation_stay_apart(string frame) =>
        FindsNo(string.Format(frame, Id[..3], Id[3..]), EntityTypes.NationalId);

    [Theory]
    [InlineData("var version = \"v1.\" + \"12\" + \".3\";")]
    [InlineData("caseNo = \"CASE-\" + \"2024\" + \"0001\"")]
    [InlineData("date = \"2024\" + \"-\" + \"03\" + \"-\" + \"15\"")]
    public void Codes_built_from_literals_hold_no_value(string text) => FindsNothing(text);
}
