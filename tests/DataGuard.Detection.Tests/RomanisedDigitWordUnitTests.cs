using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 44 (det-spoken44): digits read aloud in romanised tongues (Hokkien Tâi-lô and POJ, Hakka, Cantonese, Thai,
/// romaji, Korean, Spanish, bare Vietnamese, 注音 and pinyin radio numerals), groups parted by ASCII commas, the plus named
/// in other languages, a plate's digit words joined by hyphens. Every value is invented (checksum-valid where needed).
/// </summary>
public class RomanisedDigitWordUnitTests
{
    [Theory]
    [InlineData("阿嬤唸電話 khòng-káu-sann-gōo jī-it-pat la̍k-tshit-sì，麻煩轉成數字", "khòng-káu-sann-gōo jī-it-pat la̍k-tshit-sì", EntityTypes.PhoneNumber)]
    [InlineData("身分證 K-jī-tshit-sann-khòng-pat-la̍k-it-gōo-pat」", "K-jī-tshit-sann-khòng-pat-la̍k-it-gōo-pat", EntityTypes.NationalId)]
    [InlineData("手機 lìn kiú sam ńg, ngi yit pat, liuk tshit si。", "lìn kiú sam ńg, ngi yit pat, liuk tshit si", EntityTypes.PhoneNumber)]
    [InlineData("手機 ling gau saam ng, yi yat baat, luk chat sei，香港人", "ling gau saam ng, yi yat baat, luk chat sei", EntityTypes.PhoneNumber)]
    [InlineData("手機 zero kyu san go ni ichi hachi roku nana yon", "zero kyu san go ni ichi hachi roku nana yon", EntityTypes.PhoneNumber)]
    [InlineData("手機 gong gu sam o i il pal yuk chil sa", "gong gu sam o i il pal yuk chil sa", EntityTypes.PhoneNumber)]
    [InlineData("手機 cero nueve tres cinco dos uno ocho seis siete cuatro", "cero nueve tres cinco dos uno ocho seis siete cuatro", EntityTypes.PhoneNumber)]
    [InlineData("手機 khong chin ba nam hai mot tam sau bay bon", "khong chin ba nam hai mot tam sau bay bon", EntityTypes.PhoneNumber)]
    [InlineData("手機 ㄉㄨㄥˋ ㄍㄡ ㄙㄢ ㄨˇ ㄌㄧㄤˇ ㄧㄠ ㄅㄚ ㄌㄧㄡˋ ㄍㄨㄞˇ ㄙˋ", "ㄉㄨㄥˋ ㄍㄡ ㄙㄢ ㄨˇ ㄌㄧㄤˇ ㄧㄠ ㄅㄚ ㄌㄧㄡˋ ㄍㄨㄞˇ ㄙˋ", EntityTypes.PhoneNumber)]
    [InlineData("手機 dòng gōu sān wǔ, liǎng yāo bā, liù guǎi sì", "dòng gōu sān wǔ, liǎng yāo bā, liù guǎi sì", EntityTypes.PhoneNumber)]
    [InlineData("the caller said oh nine three five, two one eight, six seven four, thanks", "oh nine three five, two one eight, six seven four", EntityTypes.PhoneNumber)]
    [InlineData("手機 wala siyam tatlo lima, dalawa isa walo, anim pito apat。", "wala siyam tatlo lima, dalawa isa walo, anim pito apat", EntityTypes.PhoneNumber)]
    [InlineData("卡號 sì-gōo-sann-káu jī-khòng-tshit-it pat-sì-la̍k-sann gōo-khòng-jī-khòng", "sì-gōo-sann-káu jī-khòng-tshit-it pat-sì-la̍k-sann gōo-khòng-jī-khòng", EntityTypes.CreditCard)]
    [InlineData("車牌 BUH gōo-la̍k-sann-sann，往南開走", "BUH gōo-la̍k-sann-sann", EntityTypes.LicensePlate)]
    [InlineData("親戚 plus one, five one four, two five two, seven five zero four，要通知", "plus one, five one four, two five two, seven five zero four", EntityTypes.PhoneNumber)]
    public void Digits_read_aloud_in_romanised_tongues_are_found_whole(string text, string value, string type) => FindsExactly(text, value, type);

    [Theory]
    [InlineData("Góa sī Tâi-oân-lâng, sann ê lâng it-ti̍t tsò-hué khì, jī tiám beh tńg--lâi.")]
    [InlineData("承辦 Lin Ng、Ng Ka-hong、Chan Yat 與 Lim It-sin 到場。")]
    [InlineData("歌詞：yat yi saam sei, ng luk chat baat, ngo dei yat chai chong go。")]
    [InlineData("Count it: ichi, ni, san, shi, ichi, ni, san, shi — one, two, three, four!")]
    [InlineData("There were two cars, one bike and four witnesses at ten oh five.")]
    [InlineData("Team Alpha Bravo moves, then Golf Hotel India; callsign Lima Juliet.")]
    [InlineData("Tengo dos hijos y un perro; siete de ocho dias.")]
    [InlineData("手機 khòng-káu-it-***-gōo-pat，已遮蔽。")]
    [InlineData("It is a surplus one two three of the budget.")]
    public void Romanised_prose_names_counts_and_masked_values_stay_clean(string text) => FindsNothing(text);
}
