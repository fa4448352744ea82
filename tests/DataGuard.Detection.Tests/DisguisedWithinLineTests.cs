using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 32 (categories of sets U23, U24): plates disguised within one line (emoji between and inside the groups, spaced
/// hyphens, one star between every character), Taiwan's country code typed with B for 8, local numbers listed under a
/// heading that names them landlines or after a form's full-width bar; and the codes, handles and numbers of the same
/// shapes that are none of these. Values are invented.
/// </summary>
public class DisguisedWithinLineTests
{
    [Theory]
    [InlineData("車牌：EKH✅-72😅15\n備註：無", "EKH✅-72😅15")]
    [InlineData("| 3 | 王小明 | KNZ🔥-62✅81 | a@b.com |", "KNZ🔥-62✅81")]
    [InlineData("車號: RCT❤\uFE0F-17⭐73\n地址：略", "RCT❤\uFE0F-17⭐73")]
    [InlineData("這個 BRV💥5183 收到", "BRV💥5183")]
    public void A_plate_with_emoji_between_and_inside_its_groups_is_a_plate(string text, string plate) =>
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("車牌 F - C - Q - 7 - 2 - 8，白色", "F - C - Q - 7 - 2 - 8")]
    [InlineData("車號：7 F - 2 5 3 8\n備註：無", "7 F - 2 5 3 8")]
    [InlineData("車牌 4 D - 6 1 7 3 是老車", "4 D - 6 1 7 3")]
    [InlineData("鄰居說車牌是 Q*R*M*5*5*6*8，白色的", "Q*R*M*5*5*6*8")]
    public void A_plate_spelt_out_with_spaced_hyphens_or_stars_is_a_plate(string text, string plate) =>
        FindsExactly(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("車牌: D as in Dog K-738\n地址：略", "D as in Dog K-738")]
    [InlineData("| 4 | 王小明 | F(Fox) R-249 | 0912345678 |", "F(Fox) R-249")]
    public void A_plate_whose_letter_is_said_with_a_word_is_a_plate(string text, string plate) =>
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("Spell it S as in Sam, M as in Mary, 2024 edition.")]
    [InlineData("Plan B(Backup) 2024 is ready.")]
    public void Letters_spelt_with_words_in_prose_are_no_value(string text) => FindsNothing(text);

    [Theory]
    [InlineData("航班 CI✈-01😅4 延誤")]
    [InlineData("型號：KR🔥-2⭐50，請確認。")]
    [InlineData("料號 K - M - 5 - 0 - 6 已更新")]
    [InlineData("收據上的 KDR-**63 已遮蔽")]
    public void Codes_and_masked_values_of_the_same_shapes_are_no_plate(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("對方要求加入LINE（ID：vip317），並指示匯款，車手騎乘機車離開。")]
    [InlineData("嫌犯使用微信號：abc612 之後駕車逃逸。")]
    public void A_messaging_handle_after_its_label_is_no_plate(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("聯絡電話是+B86912345678。", "+B86912345678")]
    [InlineData("Phone：+BB6 925 417 836\n", "+BB6 925 417 836")]
    public void Taiwan_s_country_code_typed_with_B_for_8_after_the_plus_is_a_phone(string text, string phone)
    {
        var finding = FindsExactly(text, phone, EntityTypes.PhoneNumber);
        Assert.StartsWith("+8869", finding.NormalizedValue, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("請把這些市話加上區碼：2718-2233、86362244、2035 7146", "86362244")]
    [InlineData("請把這些市話加上區碼：2718-2233、86362244、2035 7146", "2035 7146")]
    [InlineData("住家電話｜2536-4172\n車輛: RKT-6142", "2536-4172")]
    public void A_local_number_under_a_landline_heading_or_after_a_bar_is_a_phone(string text, string phone) =>
        FindsAmongOthers(text, phone, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("電話訂單編號：2718-2233、86362244、2035 7146")]
    public void Numbers_under_a_heading_that_calls_them_orders_are_no_phone(string text) => FindsNo(text, EntityTypes.PhoneNumber);
}
