using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 38 (categories of sets U33, U34): a foreign person's roster row whose nationality cell names a country whose plan
/// the number does not fit (a British, Japanese, North American or Hong Kong number, or another country's +CC number);
/// a landline without its area code after 號碼 used alone or 舊門號, or before 的機主; a sound-alike glued to each end of
/// a mobile; an authorisation code of a card statement. Values are invented (certificates built with the checksum, phones
/// in ranges no test set holds).
/// </summary>
public class NationalityRowAndNumberWordPhoneTests
{
    [Theory]
    [InlineData("4. SATO KENTA / 證號 HD51206647 / 菲律賓 / 07823 440318 / 在台 0920-118-264", "07823 440318")] // UK mobile
    [InlineData("2. DELA CRUZ MARK / 證號 FC20473187 / 美國 / 090-4471-2093 / 在台 0985-085-678", "090-4471-2093")] // Japan
    [InlineData("4. SITI RAHAYU / 證號 HD51206647 / 日本 / (415) 283-7710\n5. KIM MIN JUN / 證號 FC20473187 / 香港 / 9123 4567", "(415) 283-7710")]
    [InlineData("3. TANAKA YUKI／證號 HD51206647／越南／9381 2207／在台 0952-118-264", "9381 2207")] // Hong Kong
    public void A_number_of_another_countrys_plan_in_a_nationality_row_is_found(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("2. PHAM MINH DUC / 證號 HD51206647 / 日本 / +81 70-0193-2846", "+81 70-0193-2846")] // merely possible under +81
    [InlineData("2. SOMCHAI DEE / 證號 FC20473187 / 香港 / +81 70-0561-3384", "+81 70-0561-3384")]
    public void A_plus_code_number_in_a_row_of_another_nationality_is_read_under_its_own_code(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("1. NGUYEN VAN AN / 越南 / 護照 512345678\n2. TANAKA YUKI / 越南 / 2024/05/01")] // a passport number, a date
    [InlineData("1. NGUYEN VAN AN / 菲律賓 / NT$12,345\n2. SANTOS JOSE / 印尼 / 3 人")]
    [InlineData("NGUYEN VAN AN / 越南 / 5123 4567 元")] // an amount, its unit after it
    public void Numbers_of_other_kinds_beside_a_nationality_stay_clean(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("・呂先生於04:16來電，號碼2751364，稱鄰居家中傳出爭吵聲。", "2751364")]
    [InlineData("嫌犯改用新門號，舊門號27513648已解約。", "27513648")]
    [InlineData("請通知三六二八四一九的機主到案說明。", "三六二八四一九")]
    [InlineData("這個號碼 2345 6789 是他家的", "2345 6789")]
    public void A_local_number_named_by_a_number_word_is_found(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("案件號碼2345678，請查明。")]
    [InlineData("收據號碼：23456789已開立。")]
    [InlineData("號碼2345678元已匯入")]
    [InlineData("03/14 5213-****-****-7730 NT$4,210 授權碼093517\n04/02 5213 ****** 7730 NT$12,905 授權碼052741")]
    public void Other_numbers_after_a_number_word_stay_clean(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Fact]
    public void A_two_and_four_local_number_opening_a_phone_column_row_after_a_row_ending_with_an_id_is_found() =>
        FindsAmongOthers("電話,姓名,車號,身分證\n0933 417 862,王○明,ABC-1235,A123456789\n47-2815,陳○華,RAB-1235,B123456780", "47-2815", EntityTypes.PhoneNumber);

    [Fact]
    public void A_mobile_wrapped_after_its_first_four_digits_is_not_read_as_a_six_digit_local() =>
        Assert.DoesNotContain(Scan("電話,姓名\n0942\n786-714,王○明"), f => f.Type == EntityTypes.PhoneNumber && f.Length == "786-714".Length);

    [Theory]
    [InlineData("手機 靈91 234 567衣", "靈91 234 567衣")]
    [InlineData("3. 鄭○庭、0912-345-678、AGR-1577、鈴93 512 468吧", "鈴93 512 468吧")]
    public void A_sound_alike_glued_to_each_end_of_a_mobile_is_read_as_its_digits(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);
}
