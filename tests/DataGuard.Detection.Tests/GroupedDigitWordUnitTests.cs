using DataGuard.Detection.Normalization;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 42 (det-words42): digits written as words or keycaps in the value's groups, with an odd mark between the groups —
/// the run of number words reads across any separator or invisible character the folder knows (NumberWords' gap), a word
/// glued after a number word by an invisible character is read, a card's number words are grouped by its marks alone
/// (the blank between two words groups nothing), a bar between keycap or word groups is a gap, a spelling pinyin shares
/// with Vietnamese is read in the language of the longer run, and a plus set apart after a lone letter joins that letter
/// to its digits rather than opening an international number. Every value is invented (checksum-valid where the type needs it).
/// </summary>
public class GroupedDigitWordUnitTests
{
    [Theory]
    [InlineData("手機 ling jiu yi er🙈san ling wu🙈qi yi ba，請回電", "ling jiu yi er🙈san ling wu🙈qi yi ba", EntityTypes.PhoneNumber)]
    [InlineData("電話 ling jiu·yi er san ling·wu qi yi ba", "ling jiu·yi er san ling·wu qi yi ba", EntityTypes.PhoneNumber)]
    [InlineData("電話 ling jiu—yi er san ling—wu qi yi ba。", "ling jiu—yi er san ling—wu qi yi ba", EntityTypes.PhoneNumber)]
    [InlineData("手機 ling jiu yi er\u2060san ling wu qi yi ba", "ling jiu yi er\u2060san ling wu qi yi ba", EntityTypes.PhoneNumber)]
    [InlineData("手機 líng jiǔ yī èr⭐sān líng wǔ⭐qī yī bā", "líng jiǔ yī èr⭐sān líng wǔ⭐qī yī bā", EntityTypes.PhoneNumber)]
    [InlineData("身分證 K、yi wu er•ba san ling•liu si wu", "K、yi wu er•ba san ling•liu si wu", EntityTypes.NationalId)]
    [InlineData("身分證 K yi wu er ba\u200Bsan ling liu si wu", "K yi wu er ba\u200Bsan ling liu si wu", EntityTypes.NationalId)]
    [InlineData("身分證 K yi wu er ba\u00ADsan ling liu si wu", "K yi wu er ba\u00ADsan ling liu si wu", EntityTypes.NationalId)]
    [InlineData("身分證 K one five two eight\u2060three zero six\u2060four five", "K one five two eight\u2060three zero six\u2060four five", EntityTypes.NationalId)]
    [InlineData("{\"card\":\"three seven six nine／zero seven four three nine one／five zero zero zero six\"}", "three seven six nine／zero seven four three nine one／five zero zero zero six", EntityTypes.CreditCard)]
    [InlineData("card: three seven six nine•zero seven four three nine one•five zero zero zero six", "three seven six nine•zero seven four three nine one•five zero zero zero six", EntityTypes.CreditCard)]
    [InlineData("信用卡 si er jiu yi／si yi qi qi／qi liu san yi／qi ling liu san", "si er jiu yi／si yi qi qi／qi liu san yi／qi ling liu san", EntityTypes.CreditCard)]
    [InlineData("嫌疑人使用門號 0️⃣9️⃣ | 1️⃣2️⃣3️⃣0️⃣ | 5️⃣7️⃣1️⃣8️⃣撥打多次", "0️⃣9️⃣ | 1️⃣2️⃣3️⃣0️⃣ | 5️⃣7️⃣1️⃣8️⃣", EntityTypes.PhoneNumber)]
    [InlineData("| 王O明 | 0️⃣9️⃣｜1️⃣2️⃣3️⃣0️⃣｜5️⃣7️⃣1️⃣8️⃣ | 無車 |", "0️⃣9️⃣｜1️⃣2️⃣3️⃣0️⃣｜5️⃣7️⃣1️⃣8️⃣", EntityTypes.PhoneNumber)]
    [InlineData("我的電話 zero nine one two | three zero five | seven one eight", "zero nine one two | three zero five | seven one eight", EntityTypes.PhoneNumber)]
    [InlineData("|王O明|K one five two eight | three zero six four five|", "K one five two eight | three zero six four five", EntityTypes.NationalId)]
    public void Words_and_keycaps_parted_by_odd_marks_are_found_whole(string text, string value, string type) =>
        FindsExactly(text, value, type);

    [Fact]
    public void A_syllable_pinyin_shares_with_vietnamese_is_read_in_the_longer_run()
    {
        // An Amex that passes Luhn only with every ba read as 8: "ba ba／ba" is also three Vietnamese words (3 3 3).
        const string value = "san qi ba ba／ba wu liu yi jiu si／ba liu ba er ling";
        Assert.Equal("378885619486820", FindsExactly($"信用卡：{value}。", value, EntityTypes.CreditCard).NormalizedValue);
    }

    [Theory]
    [InlineData("We need two or three chairs•four tables and five lamps.")]
    [InlineData("Meet at nine·thirty or ten o'clock🙈 tomorrow.")]
    [InlineData("It costs five dollars／two cents, three for a pair.")]
    [InlineData("wo you san ge ren🙈liu tian hou jian。")]
    [InlineData("wo men yi qi qu•ba ta shuo wu🙈dian zai jia·san ge ren，這句拼音是什麼意思？")]
    [InlineData("步驟 1️⃣ | 2️⃣ | 3️⃣ 完成後回報。")]
    [InlineData("| 比分 | 3️⃣1️⃣ | 2️⃣7️⃣ |")]
    [InlineData("version two·one·three released.")]
    [InlineData("| 項目 | one | two | three |")]
    [InlineData("| 分數 | nine eight | seven six | five four | three two | one zero |")]
    [InlineData("手機 zero nine one🙈***🙈six seven eight，已遮蔽。")]
    public void Counts_times_prices_lists_and_masks_in_those_words_and_marks_stay_clean(string text) => FindsNothing(text);

    [Theory]
    [InlineData("居留證(號碼 X-ray B + qi jiu-ba ling qi-si wu er)於明天到所")]
    [InlineData("居留證號 第10個英文字母 C + one one four seven seven five seven two,本國電話另附")]
    [InlineData("駕駛 許O雯,Ｄ + 2-3459-4517,電話另附")]
    public void A_plus_set_apart_after_a_lone_letter_is_no_country_code(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("聯絡電話 + 886 912 305 718", "+ 886 912 305 718")]
    [InlineData("Tel + 81 90 1234 5678", "+ 81 90 1234 5678")]
    public void A_plus_set_apart_after_a_word_is_still_a_country_code(string text, string value) =>
        FindsExactly(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("0️⃣9️⃣ | 1️⃣2️⃣", 7, 2)] // the bar and the blank after it
    [InlineData("0️⃣9️⃣|1️⃣2️⃣", 6, 1)]
    [InlineData("0️⃣9️⃣ | 1️⃣ | 2️⃣", 7, 0)] // one keycap alone after the bar: a list's number
    [InlineData("1️⃣ | 2️⃣3️⃣", 4, 0)]
    [InlineData("09 | 12", 3, 0)] // plain digits: a table's cell break
    public void A_bar_is_a_gap_only_between_two_keycap_groups_of_two(string text, int bar, int expected) =>
        Assert.Equal(expected, DisguisedGroupBars.LengthAt(text, bar));
}
