using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Set N's local numbers without an area code and without a phone word: named by an extension after them, by the desk or
/// the person whose line they are, or by a contact column; and look-alike letters after O9 that make a mobile.
/// </summary>
public class LocalNumberCueTests
{
    [Theory]
    [InlineData("請聯絡少年隊林隊員，2468-1357 x3105，上午9點後。", "2468-1357")]
    [InlineData("陳員(店裡)：3579246轉1830", "3579246")]
    [InlineData("黃姓女子(公司)：24681357 ext. 2781", "24681357")]
    [InlineData("- 何學長：8642-9753分機3317", "8642-9753")]
    [InlineData("承辦人 753-1864 轉 5126", "753-1864")]
    public void An_extension_after_a_local_number_names_it_a_phone(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("分隊長：本週窗口如下\n交通分隊 3692581\n小陳：收到", "3692581")]
    [InlineData("03:12\t隊長\t分局勤務中心 864-2097", "864-2097")]
    [InlineData("[09:41] 巡佐阿明: 有事打所裡2580-1479", "2580-1479")]
    public void A_desk_before_a_local_number_names_it_a_phone(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("答：手機未帶，公司368-2519。", "368-2519")]
    [InlineData("09:10 路倒，報案人2790 4613，民權路二段，到場處理。", "2790 4613")]
    [InlineData("[11:02] 阿凱: 他說打公司 2613-5790", "2613-5790")]
    public void An_owner_before_a_grouped_local_number_names_it_a_phone(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("自雇主林美華（642-8135）處失聯", "642-8135")]
    [InlineData("承辦：陳警員（5813642）", "5813642")]
    public void A_number_alone_in_brackets_after_a_person_is_their_phone(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("車主王先生（2345678元）")]
    [InlineData("陳巡佐（112.03.15）到職")]
    public void Brackets_after_a_person_holding_an_amount_or_a_date_name_no_phone(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("目擊者說汽車闖紅燈，電話O9I5246813，居留證另查", "O9I5246813")]
    [InlineData("車主之子來電（O9I8-135-246）詢問，需帶居留證", "O9I8-135-246")]
    public void Look_alike_letters_after_O9_are_a_mobile_not_a_resident_certificate(string text, string value)
    {
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);
        FindsNo(text, EntityTypes.ResidentCertificate);
    }

    [Theory]
    [InlineData("公司 24681357 已完成登記")] // eight bare digits after 公司 are as often its business number
    [InlineData("交通分隊 警號 3456789，今日輪休")]
    [InlineData("案號 3456789 轉 偵查隊")]
    [InlineData("店裡營業額 3456789 元，轉帳 3 筆")]
    [InlineData("公司損失 3,456,789 元")]
    [InlineData("派出所 2024-03-15 值勤表")]
    public void Desk_owner_and_extension_words_beside_other_numbers_name_no_phone(string text) =>
        FindsNo(text, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("| 時間 | 車號 | 車主聯絡 | 狀態 |\n|---|---|---|---|\n| 08:15 | EBK-2753 | 642-9135 | 未領 |", "642-9135")]
    [InlineData("編號 | 案類 | 聯絡電話 | 承辦人\n--------------------\n1 | 竊盜 | 2961357 | 林組長", "2961357")]
    public void A_contact_column_names_a_local_number_even_under_a_rule_without_bars(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Fact]
    public void An_English_label_ending_another_word_is_no_label() => FindsNo("住在 Hotel 2345678 號房", EntityTypes.PhoneNumber);
}
