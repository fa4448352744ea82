using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 37 (categories of sets U31, U32): foreign numbers in their national form where the row says whose they are — a
/// resident certificate or a Latin name first on the line — a fixed-width roster's home-country column after the
/// certificate's cell, 另一支 beside a row's +CC number, and a 2021 certificate typed with O for its letter that is no
/// mobile. Values are invented (certificates built with the checksum, phones in ranges no test set holds).
/// </summary>
public class ForeignPersonRowPhoneTests
{
    [Theory]
    [InlineData("泰國移工在宿舍打架，當事人二人：Somchai Dee（FC20473187，099-417-2083）與王○明（A123456789），請寫說明。", "099-417-2083")]
    [InlineData("涉案人一覽\n吳○芳、HD51206647、0896-2251-0873、SH/0354\n王○明、A123456789、0912-345-678、-", "0896-2251-0873")]
    [InlineData("2. 姓名：陳○華；N930172259；0812-7730-4415；0952-118-264", "0812-7730-4415")]
    [InlineData("Maria C.、X144208138、0917 408 3316、\n王○明、A123456789、0912-345-678、-", "0917 408 3316")]
    [InlineData("- Kim Ji-ho — jiho.abc12@example.com — 010-4471-2093", "010-4471-2093")]
    public void A_trunk_zero_number_in_a_foreign_persons_row_is_found(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Fact]
    public void A_mainland_mobile_in_a_foreign_persons_row_is_found() =>
        FindsAmongOthers("Siti R.、X144208138、138 4407 2291、rbg-5390\n王○明、A123456789、0912-345-678、-", "138 4407 2291", EntityTypes.PhoneNumber);

    [Fact]
    public void A_home_number_after_the_certificates_cell_of_a_fixed_width_roster_is_found() =>
        FindsAmongOthers("姓名  統一證號  母國電話  手機\nJose Cruz  FC20473187  0081 90 4471 2093  0912-345-678\nMark Villanueva  HD51206647  088-417-2093  0912-345-679",
            "088-417-2093", EntityTypes.PhoneNumber);

    [Fact]
    public void Another_phone_beside_a_rows_plus_code_number_is_read_in_that_countrys_plan() =>
        FindsAmongOthers("家人電話+86 139 4407 2291、台灣門號0912-345-678、另一支135 7720 4418。", "135 7720 4418", EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("Name;Ref;備註\nJose Cruz;0812-4471-2093;再通知\nAna Rey;AB-1203;已到案")] // a header naming its column
    [InlineData("姓名、證號、訂單編號\nMaria C.、X144208138、0812-4471-2093\n吳○芳、HD51206647、0823-1190-3321")]
    [InlineData("Maria C.、X144208138、NT$3,402,715、已到案\n吳○芳、HD51206647、3 件、-")]
    [InlineData("Maria C.、X144208138、0.5;0.25、已到案\n吳○芳、HD51206647、7340561、-")]
    [InlineData("- Kim Ji-ho — jiho.abc12@example.com — 113/05/02")]
    [InlineData("Order No、0812-4471-2093、再通知")] // one capitalised word and a label: no name
    public void Numbers_of_other_kinds_in_such_rows_stay_clean(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("[2025-11-02 08:14:09] WARN lookup_by_id id=o912047639 caller=x")]
    [InlineData("葉○、新竹市那個O－玖伍伍參零壹貳柒陸、、NQX-1280")]
    public void A_certificate_typed_with_O_for_its_letter_is_no_mobile(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Fact]
    public void A_mobile_typed_with_O_for_its_zero_after_a_phone_label_stays_a_phone() =>
        FindsAmongOthers("手機：O912047639", "O912047639", EntityTypes.PhoneNumber);
}
