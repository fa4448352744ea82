using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 43 (det-words43): digits said as words of other scripts — Japanese kana, Korean Hangul, Thai, Roman numeral
/// characters — read in a run of digits mixed from any kinds (words of every language, Arabic, Chinese, financial,
/// superscript and circled digits), a comma between two such words as a gap, a plate's four words after its letters, and
/// an English word glued to the value's lone capital. Every value is invented (checksum-valid where the type needs it).
/// </summary>
public class ScriptDigitWordUnitTests
{
    [Theory]
    [InlineData("身分證 K・に・ゼロ・きゅう・ゼロ・はち・いち・ゼロ・さん・ゼロ（日文念法）", "K・に・ゼロ・きゅう・ゼロ・はち・いち・ゼロ・さん・ゼロ", EntityTypes.NationalId)]
    [InlineData("身分證 C いち はち ろく よん はち よん に はち ご", "C いち はち ろく よん はち よん に はち ご", EntityTypes.NationalId)]
    [InlineData("身分證 Cイチ ハチ ロク ヨン ハチ ヨン ニ ハチ ゴ。", "Cイチ ハチ ロク ヨン ハチ ヨン ニ ハチ ゴ", EntityTypes.NationalId)]
    [InlineData("電話 공-구-일-이-삼-사-오-육-칠-팔，請回電", "공-구-일-이-삼-사-오-육-칠-팔", EntityTypes.PhoneNumber)]
    [InlineData("手機 ศูนย์ เก้า สาม หนึ่ง สอง สี่ ห้า หก เจ็ด แปด", "ศูนย์ เก้า สาม หนึ่ง สอง สี่ ห้า หก เจ็ด แปด", EntityTypes.PhoneNumber)]
    [InlineData("居留證號 F⁃แปด 1 2 삼 よん 5 6 seven 6", "F⁃แปด 1 2 삼 よん 5 6 seven 6", EntityTypes.ResidentCertificate)]
    [InlineData("居留證號 F bảy-1-2-3-4-5-6-7-6", null, null)]
    [InlineData("卡號是 ⁴²⁷⁶-2629-一五六七-Ⅱ.Ⅷ.Ⅰ.Ⅴ，已掛失", "⁴²⁷⁶-2629-一五六七-Ⅱ.Ⅷ.Ⅰ.Ⅴ", EntityTypes.CreditCard)]
    [InlineData("手機 0 Ⅸ Ⅲ Ⅰ Ⅱ Ⅳ Ⅴ Ⅵ Ⅶ Ⅷ（羅馬數字）", "0 Ⅸ Ⅲ Ⅰ Ⅱ Ⅳ Ⅴ Ⅵ Ⅶ Ⅷ", EntityTypes.PhoneNumber)]
    [InlineData("車號 JNG_육, 육, 칠, 일 逆向行駛", "JNG_육, 육, 칠, 일", EntityTypes.LicensePlate)]
    [InlineData("統一證號 K はち, いち, に, さん, よん, ご, ろく, なな, ゼロ", "K はち, いち, に, さん, よん, ご, ろく, なな, ゼロ", EntityTypes.ResidentCertificate)]
    [InlineData("居留證 Keight one two three four five six seven zero", "Keight one two three four five six seven zero", EntityTypes.ResidentCertificate)]
    [InlineData("身分證 Ｔone two three four five six seven eight five", "Ｔone two three four five six seven eight five", EntityTypes.NationalId)]
    public void Digit_words_of_other_scripts_mixed_with_other_digits_are_found_whole(string text, string? value, string? type)
    {
        if (value is null || type is null) FindsNo(text, EntityTypes.ResidentCertificate); // one word in a run of digits is a typo, not a disguise
        else FindsExactly(text, value, type);
    }

    [Theory]
    [InlineData("東京にいち日いました。しかし、ご時に帰ります。いちごをさんつ、にんじんをに本ください。")]
    [InlineData("いち、に、さん、し、ご、と数えてください。なな人が来ます。")]
    [InlineData("이 사람은 일 년 동안 오 일에 한 번 왔어요. 사 월 이 일, 구 청 앞에서.")]
    [InlineData("하나, 둘, 셋, 넷! 일 번 출구, 사 층 칠 호.")]
    [InlineData("ฉันมีสองคน เมื่อห้าวันก่อน ราคาเจ็ดสิบบาท")]
    [InlineData("第Ⅲ章 與 第Ⅳ章；附錄 Ⅰ、Ⅱ、Ⅲ、Ⅳ、Ⅴ，見 Ⅵ.Ⅰ 節。")]
    [InlineData("依規定¹²辦理³，面積 45 m²，x² + y³ = z⁴，註⁵⁶。")]
    [InlineData("We saw one or two cases, three people and seven cars.")]
    [InlineData("Height eight feet, Keight is a name.")]
    public void Prose_with_those_words_makes_no_value(string text) => FindsNothing(text);

    [Fact]
    public void One_word_after_a_number_is_no_digit_of_it() =>
        FindsExactly("0912345678 이 번호로 연락 주세요", "0912345678", EntityTypes.PhoneNumber); // 이: "this"

}
