using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// det-plates43: a plate's digit group in sound-alike characters read where a plate's layout holds it and a word names the
/// plate (SoundAlikePlateDigits); drawn separators (─ 〜 ⁄ ∕), one star for the hyphen, list numbers glued to Chinese, and
/// the placeholders and masked tails that stay clean (PlaceholderPlates). Every value is invented.
/// </summary>
public class SoundAlikePlateDigitTests
{
    [Theory]
    [InlineData("當事人駕駛KTW-6零無衣，電話另附", "KTW-6零無衣")]
    [InlineData("各巡邏車注意，車號RNG-妻舞山，請回報", "RNG-妻舞山")]
    [InlineData("車號爸妻舞-VZ，報案人另有電話", "爸妻舞-VZ")]
    [InlineData("車牌是衣寺溜午-TQ，已通知車主", "衣寺溜午-TQ")]
    [InlineData("被害車 HW-醫1酒8，駕駛未受傷", "HW-醫1酒8")]
    [InlineData("經查車號為UU－兒陸爾一溜，請協助查詢", "UU－兒陸爾一溜")]
    [InlineData("對方之車號為 Charlie/Papa/Victor _巴９巴酒。", "Charlie/Papa/Victor _巴９巴酒")]
    public void A_named_plate_with_sound_alike_digits_is_found(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("這件舞衣-XL兩件")]
    [InlineData("型號KTW-妻舞山吧")]
    [InlineData("下午-TW 的訂單")]
    public void Sound_alike_words_beside_a_code_with_no_plate_word_stay_clean(string text) =>
        FindsNo(text, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("牌照 GT─0179，請查", "GT─0179")]
    [InlineData("舊式自小客車 8125〜SB，無人乘坐", "8125〜SB")]
    [InlineData("車號 CEZ⁄9338，請查", "CEZ⁄9338")]
    [InlineData("甲車 LWK＊3690 與乙車擦撞", "LWK＊3690")]
    [InlineData("甲車 LWK*3690 與乙車擦撞", "LWK*3690")]
    [InlineData("請用條列整理：1.肇事車AEE-6720 2.被害車ATB-8779 3.目擊者", "AEE-6720")]
    [InlineData("請用條列整理：1.肇事車AEE-6720 2.被害車ATB-8779 3.目擊者", "ATB-8779")]
    public void Plates_with_drawn_separators_or_before_a_glued_list_number_are_found(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("手機0958-319-XXX，資料已遮蔽")]
    [InlineData("像是「0963-585-xxx」這種被遮的")]
    [InlineData("車號寫「ABC-0000」即可")]
    [InlineData("範本請填 XYZ-0000")]
    [InlineData("表單車號欄預設 0000-AB")]
    [InlineData("車號已遮蔽（ABC-**67）")]
    [InlineData("1.距離 3.5公里 2.時速 60 公里")]
    public void Placeholders_and_masked_tails_stay_clean(string text) => FindsNo(text, EntityTypes.LicensePlate);
}
