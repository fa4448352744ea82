using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 39 (sets U37, U38 opened for training): the 099x personal-number range read as a phone where the text names it
/// one (PersonalRange), a fixed-width roll's column gap that ends a plate's digits and parts no phone's groups, 手機轉帳
/// naming a phone, a bank machine's number and a list called 公司行號, the （順序相反） remark, and an English "at" before a
/// capitalised place. Values are invented (IDs built with the checksum, numbers in ranges no test set holds).
/// </summary>
public class PersonalRangeAndRollTests
{
    [Theory]
    [InlineData("聯絡電話：+886-997-410236\n車牌號碼：ABC-1235", "+886-997-410236")]
    [InlineData("4. ABC-1235｜銀色Mazda｜涉及詐欺取款｜車主 0996-410237\n", "0996-410237")]
    [InlineData("有看到打 0993-410-238 給我", "0993-410-238")]
    [InlineData("你有沒有收到一個 886991410239 打來的", "886991410239")]
    [InlineData("手機: 00886-998-410-231", "00886-998-410-231")]
    public void A_personal_range_number_named_a_phone_is_found(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Fact]
    public void A_personal_range_number_in_a_phone_column_is_found() =>
        FindsAmongOthers("| # | 姓名 | 電話 |\n|---|---|---|\n| 1 | 王○明 | 0912-345-678 |\n| 2 | 陳○玲 | 886995410232 |\n", "886995410232", EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("訂單編號 0994102335 已出貨")]
    [InlineData("系統產生的代碼是 886992410233，請保存")]
    [InlineData("產品序號：0998-410-234，保固一年")]
    public void A_personal_range_number_nothing_names_a_phone_is_no_phone(string text) =>
        FindsNo(text, EntityTypes.PhoneNumber);

    [Fact]
    public void A_transfer_to_a_phone_names_the_number_a_phone() =>
        FindsAmongOthers("113/03/14 12:24  跨行轉出     9,000            手機轉帳 886947120356\n", "886947120356", EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("違規日期   時間  車號        違規條款      車主證號\n113/07/28 1324  ABD-7316  40   A123456789\n", "ABD-7316")]
    [InlineData("違規日期   時間  車號        違規條款      車主證號\n112/05/18 1250  ABD-657  53-1   —\n", "ABD-657")]
    public void A_plate_before_a_rolls_article_column_is_found(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("113/05/26 0214  LBC-2171  31-1   —   \n")]
    [InlineData("113/09/27 2223  JBC-0428  56-1-10   —   \n")]
    public void A_rolls_date_time_and_article_are_no_phone(string text) =>
        FindsNo(text, EntityTypes.PhoneNumber);

    [Fact]
    public void A_bank_machines_number_is_no_plate() =>
        FindsNo("2024/02/11 ATM提款             30,000     ATM 5172\n", EntityTypes.LicensePlate);

    [Fact]
    public void A_plate_label_still_names_a_machine_words_code_a_plate() =>
        FindsAmongOthers("車號 ATM 5172", "ATM 5172", EntityTypes.LicensePlate);

    [Fact]
    public void Numbers_listed_and_called_firms_are_no_phones() =>
        FindsNo("打錯：22345671、53456782、24567893、86678904。這些都是本案相關的公司行號。", EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("被檢舉車輛 5321-CBA（順序相反），違規地點中正路", "5321-CBA", EntityTypes.LicensePlate)]
    [InlineData("已通知車主 8765430190（順序相反） 移置。", "8765430190", EntityTypes.PhoneNumber)]
    public void A_value_with_an_opposite_order_remark_is_read_turned_round(string text, string value, string type) =>
        FindsAmongOthers(text, value, type);

    [Theory]
    [InlineData("交通事故當事人聯絡資料：甲方 O9l2O4O678，車號 ABC-1235")]
    [InlineData("查詢非失竊車，已通知車主 O9l2O4O678 移置。")]
    public void A_mobile_in_look_alikes_after_a_party_is_found(string text) =>
        FindsAmongOthers(text, "O9l2O4O678", EntityTypes.PhoneNumber);

    [Fact]
    public void An_english_at_before_a_capitalised_place_is_no_address() =>
        FindsNo("I left my wallet at Shilin. My phone is gone too.", EntityTypes.EmailAddress);
}
