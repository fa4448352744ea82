using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// det-reversed41 (issue 9): values typed backwards with no note after their label or in their column
/// (<c>ReversedValues</c>, <c>ReversedPlates</c>), digits shifted by a stated amount (<c>DigitShiftNotes</c>), short local
/// numbers with an extension — and the same shapes that are no value. Every value is invented (checksum-valid where the
/// type needs it).
/// </summary>
public sealed class ReversedAndShiftedUnitTests
{
    [Theory]
    [InlineData("身分證 ", "618765432F", EntityTypes.NationalId, "F234567816")]
    [InlineData("身分證號：", "656473821Ｋ", EntityTypes.NationalId, "K128374656")]
    [InlineData("居留證 ", "476543219N", EntityTypes.ResidentCertificate, "N912345674")]
    [InlineData("統一證號：", "231864208P", EntityTypes.ResidentCertificate, "P802468132")]
    [InlineData("常用手機：", "8765432190", EntityTypes.PhoneNumber, "+886912345678")]
    [InlineData("使用門號 ", "5312864790", EntityTypes.PhoneNumber, "+886974682135")]
    [InlineData("車號：", "3521-PKR", EntityTypes.LicensePlate, "RKP-1253")]
    [InlineData("攔下機車 ", "7531-ZYX", EntityTypes.LicensePlate, "XYZ-1357")]
    public void A_value_typed_backwards_after_its_label_is_read_turned_round(string label, string written, string type, string normalized)
    {
        var f = Assert.Single(Scan($"對象：王○明，{label}{written}，請幫我寫報告。"), x => x.Type == type);
        Assert.Equal(written.Length, f.Length);
        Assert.Equal(normalized, f.NormalizedValue);
    }

    [Fact]
    public void A_reversed_mobile_in_a_phone_column_is_found()
    {
        const string table = "| 編號 | 姓名 | 電話 |\n|---|---|---|\n| 1 | 張○華 | 0912-345-678 |\n| 2 | 黃○明 | 8765432190 |";
        Assert.Contains(Scan(table), f => f.Type == EntityTypes.PhoneNumber && f.NormalizedValue == "+886912345678");
    }

    [Theory]
    [InlineData("訂單編號：8765432190，請查詢。")]
    [InlineData("追蹤號碼 5312864790 已出貨。")]
    [InlineData("已出貨 8765432190。")]
    [InlineData("序號 618765432F，保固一年。")]
    [InlineData("身分證 123456789A，請查。")] // turned round A987654321: no sex digit
    [InlineData("型號 3521-PKR 兩台。")]
    [InlineData("看到 3521-PKR 的廣告。")]
    [InlineData("案號 1120345690，請調卷。")]
    public void The_same_shapes_without_their_label_stay_clean(string text) => FindsNothing(text);

    [Theory]
    [InlineData("把這支電話每一位數加一就是原號碼：\"9801234567\"——請寫通緝書。", "9801234567", "+886912345678")]
    [InlineData("手機 1023456789（每位-1）", "1023456789", "+886912345678")]
    [InlineData("嫌犯號碼各位數字減一才是真的：1023456789。", "1023456789", "+886912345678")]
    public void Digits_shifted_by_a_stated_amount_are_shifted_back_and_validated(string text, string written, string normalized)
    {
        var f = Assert.Single(Scan(text), x => x.Type == EntityTypes.PhoneNumber);
        Assert.Equal(text.IndexOf(written, StringComparison.Ordinal), f.Start);
        Assert.Equal(normalized, f.NormalizedValue);
    }

    [Theory]
    [InlineData("訂單編號每位加一：\"1234567890\"，請登錄。")]
    [InlineData("每個人加一份便當，共 12 份。")]
    [InlineData("每位同仁加1小時，113年3月5日起。")]
    public void A_shift_note_over_no_value_finds_nothing(string text) => FindsNothing(text);

    [Theory]
    [InlineData("戶政事務所：", "338108", " #156")]
    [InlineData("督察組：", "555-544", " 轉 423")]
    [InlineData("外事科：", "331572", " 分機 475")]
    [InlineData("聯絡方式：", "437006", " ext. 185")]
    public void A_short_local_number_with_an_extension_is_a_phone(string desk, string number, string extension)
    {
        var f = Assert.Single(Scan($"請把這份常用電話整理成表格：\n{desk}{number}{extension}\n"), x => x.Type == EntityTypes.PhoneNumber);
        Assert.Equal(number.Length, f.Length);
    }

    [Theory]
    [InlineData("分機 475，找承辦人。")]
    [InlineData("房號 #1203，已退房。")]
    [InlineData("訂單 338108 #2 已出貨。")]
    [InlineData("郵遞區號 10049，轉交管理室。")]
    [InlineData("123456 號 轉 3 樓")]
    public void Extensions_rooms_and_orders_stay_clean(string text) => FindsNothing(text);
}
