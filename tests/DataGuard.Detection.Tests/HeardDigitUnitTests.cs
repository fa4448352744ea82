using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 44 (det-heard44): values as heard and written down — sound-alike characters with a clause mark where the speaker
/// paused between groups (<c>ClausePartedSoundAlikes</c>), a common one glued to an edge taken only where it makes the value
/// whole, and groups or the whole value said as quantities with 千, 萬 and 億 (<c>SpokenQuantities</c>), zeros said in front
/// kept. Money, counts, dates, case numbers, articles and sound-alike words stay clean. Every value is invented
/// (checksum-valid where the type needs it).
/// </summary>
public class HeardDigitUnitTests
{
    [Theory]
    [InlineData("家屬電話菱寺，兒傘巴依，棲鈴溜舞，已派員前往", "菱寺，兒傘巴依，棲鈴溜舞", EntityTypes.PhoneNumber)]
    [InlineData("手機 靈酒山溜、舞醫疤、耳妻寺。", "靈酒山溜、舞醫疤、耳妻寺", EntityTypes.PhoneNumber)]
    [InlineData("手機 靈酒山溜，舞醫疤，耳妻而，她講很快", "靈酒山溜，舞醫疤，耳妻而", EntityTypes.PhoneNumber)]
    [InlineData("電話而巴山，靈依兒溜，已派", "而巴山，靈依兒溜", EntityTypes.PhoneNumber)]
    [InlineData("身分證字號 H醫兒傘, 兒巴棲, 舞兒醫", "H醫兒傘, 兒巴棲, 舞兒醫", EntityTypes.NationalId)]
    [InlineData("卡號舞午酒山，靈溜鈴衫，醫棲疤舞，吾山巴依，已止付", "舞午酒山，靈溜鈴衫，醫棲疤舞，吾山巴依", EntityTypes.CreditCard)]
    [InlineData("手機 零九山溜，五醫八，耳七救，謝謝", "零九山溜，五醫八，耳七救", EntityTypes.PhoneNumber)]
    public void Sound_alike_groups_parted_by_a_clause_mark_are_read_as_one_value(string text, string value, string type) =>
        FindsExactly(text, value, type);

    [Theory]
    [InlineData("電話兩千八百零六萬四千三百一十，已派", "兩千八百零六萬四千三百一十", EntityTypes.PhoneNumber)]
    [InlineData("手機洞九五二，六十萬零八百三十七，請回電", "洞九五二，六十萬零八百三十七", EntityTypes.PhoneNumber)]
    [InlineData("身分證 大寫K，一億兩千八百八十九萬一千二百五十。", "K，一億兩千八百八十九萬一千二百五十", EntityTypes.NationalId)]
    [InlineData("卡號四千零八十七，三千三百八十四，七千六百六十六，零兩百二十二，已通知", "四千零八十七，三千三百八十四，七千六百六十六，零兩百二十二", EntityTypes.CreditCard)]
    [InlineData("信用卡 三千七百五十五、九十一萬六千三百二十、四萬六千五百六十六 被盜刷", "三千七百五十五、九十一萬六千三百二十、四萬六千五百六十六", EntityTypes.CreditCard)]
    [InlineData("手機洞九四七、洞八萬三千零一十六", "洞九四七、洞八萬三千零一十六", EntityTypes.PhoneNumber)]
    public void Groups_said_as_quantities_are_read_as_their_digits(string text, string value, string type)
    {
        Assert.Contains(Scan(text), f => f.Type == type && text.Substring(f.Start, f.Length).Contains(value, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("損失三千零五十萬元，另匯新台幣兩千八百零六萬四千三百一十。")]
    [InlineData("參加人數兩千三百四十五人，車輛一千零八十輛，距離三千五百公尺。")]
    [InlineData("一一三年度偵字第三千四百五十六號，民法第一千零五十二條。")]
    [InlineData("兩千零二十四年三月五日，人口兩千三百五十萬。")]
    [InlineData("千萬不要相信，一千萬個理由。")]
    [InlineData("收入三千五百、支出兩千七百、結餘八百。")]
    [InlineData("依山傍水，舞獅巴士，大家久等了，爸爸舞衣山衫。")]
    [InlineData("菜單：舞衣，山衫，期久，爸爸，依依，酒吧。")]
    [InlineData("卡號四千零八十七，****，****，零兩百二十二，已遮蔽。")]
    public void Money_counts_dates_and_sound_alike_words_stay_clean(string text) => Assert.Empty(Scan(text));
}
