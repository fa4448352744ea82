using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 25 (sets U1, U4, U5, U8, U9, U10): IDs whose area letter a scan turned into its digit, wrong-checksum IDs in a
/// sentence that disowns them, O9 and eight digits between a certificate and a mobile typed with O for 0, a certificate's
/// label before the part-code grouping, B and S among a card's issuer digits. Values are synthetic (<see cref="SyntheticIds"/>).
/// </summary>
public class ScannedAndDisownedIdTests
{
    private const string Letters = "SBZGAT", Digits = "582647";

    public static TheoryData<char, int, string> ScannedLetters()
    {
        var data = new TheoryData<char, int, string>();
        string[] serials = { "2046731", "7713520", "0958146" };
        for (int k = 0; k < Letters.Length; k++) data.Add(Letters[k], 1 + k % 2, serials[k % serials.Length]);
        return data;
    }

    private static string Scanned(char letter, int sex, string serial) => Digits[Letters.IndexOf(letter)] + SyntheticIds.Numeric(letter, sex, serial)[1..];

    [Theory]
    [MemberData(nameof(ScannedLetters))]
    public void An_area_letter_scanned_as_its_digit_is_read_after_an_id_label(char letter, int sex, string serial)
    {
        var value = Scanned(letter, sex, serial);
        foreach (var text in new[] { $"當事人王小明 證號{value}", $"身分證字號：{value}，電話另洽", $"ID No. {value}" })
            FindsAmongOthers(text, value, EntityTypes.NationalId);
    }

    [Theory]
    [MemberData(nameof(ScannedLetters))]
    public void An_area_letter_scanned_as_its_digit_is_read_under_an_id_column(char letter, int sex, string serial)
    {
        var value = Scanned(letter, sex, serial);
        FindsAmongOthers($"no,name,id,mobile\n3,王小明,{value},0935246810", value, EntityTypes.NationalId);
        FindsAmongOthers($"| 姓名 | 身分證 | 日期 |\n|---|---|---|\n| 王小明 | {value} | 112/03/15 |", value, EntityTypes.NationalId);
    }

    [Fact]
    public void A_scanned_area_letter_with_a_letter_typed_in_the_serial_is_read()
    {
        var value = Scanned('S', 1, "5180459"); // S151804594-like: the 1 after it typed as l
        var typed = value[0] + "l" + value[2..];
        FindsAmongOthers($"證號 {typed}", typed, EntityTypes.NationalId);
    }

    [Theory]
    [MemberData(nameof(ScannedLetters))]
    public void Ten_digits_under_another_label_or_column_are_no_id(char letter, int sex, string serial)
    {
        var value = Scanned(letter, sex, serial);
        FindsNo($"訂單編號：{value}", EntityTypes.NationalId);
        FindsNo($"| log_id | ts |\n|---|---|\n| {value} | 10:32 |", EntityTypes.NationalId);
        FindsNo($"資料如下 {value} 請查。", EntityTypes.NationalId);
    }

    [Theory]
    [InlineData("身分證欄位 {0}，系統說檢查碼算不過")]
    [InlineData("這組{0}是測試資料嗎？看起來像身分證")]
    [InlineData("請說明身分證號 {0} 為何驗證失敗")]
    [InlineData("證號 {0}，查無此人")]
    [InlineData("ID No. {0} fails the checksum")]
    public void A_wrong_checksum_id_its_sentence_disowns_is_not_reported(string sentence)
    {
        var wrong = SyntheticIds.Corrupt(SyntheticIds.Numeric('K', 2, "4173920"), 3);
        FindsNo(string.Format(sentence, wrong), EntityTypes.NationalId);
        var certificate = SyntheticIds.Corrupt(SyntheticIds.OldResident('F', 'C', "3920461"), 4);
        FindsNo(string.Format(sentence.Replace("身分證", "居留證"), certificate), EntityTypes.ResidentCertificate);
    }

    [Fact]
    public void A_mistyped_id_after_its_label_is_still_reported()
    {
        var wrong = SyntheticIds.Corrupt(SyntheticIds.Numeric('K', 2, "4173920"), 3);
        FindsAmongOthers($"身分證字號疑似誤植為{wrong}，請更正", wrong, EntityTypes.NationalId);
        FindsAmongOthers($"身分證字號 {wrong}。下一位是測試帳號", wrong, EntityTypes.NationalId); // the next sentence is another's
    }

    [Theory]
    [InlineData("聯絡：{0}")]
    [InlineData("請聯繫林大明（{0}）")]
    [InlineData("證人 王小明 A123456789\n聯絡：{0}")]
    public void O9_and_eight_digits_with_no_certificate_word_is_a_mobile(string frame)
    {
        var value = "O" + SyntheticIds.Numeric('O', 9, "5210315")[1..];
        var text = string.Format(frame, value);
        FindsNo(text, EntityTypes.ResidentCertificate);
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);
    }

    [Theory]
    [InlineData("他的居留證號碼是{0}")]
    [InlineData("Your ARC number is {0}")]
    [InlineData("統一證號：{0}")]
    public void O9_and_eight_digits_after_a_certificate_word_is_a_certificate(string frame)
    {
        var value = SyntheticIds.Numeric('O', 9, "5210315");
        FindsAmongOthers(string.Format(frame, value), value, EntityTypes.ResidentCertificate);
    }

    [Fact]
    public void O9_before_numerals_is_a_certificate_letter()
    {
        var digits = SyntheticIds.Numeric('O', 9, "5210315")[1..];
        var value = "O" + string.Concat(digits.Select(d => "零壹貳參肆伍陸柒捌玖"[d - '0']));
        FindsAmongOthers($"母親王美麗（{value}）", value, EntityTypes.ResidentCertificate);
    }

    [Theory]
    [InlineData("護照/居留證 ")]
    [InlineData("居留證號：")]
    [InlineData("ARC ")]
    public void A_certificate_word_before_the_part_code_grouping_names_a_certificate(string label)
    {
        var old = SyntheticIds.OldResident('Q', 'A', "1235122");
        var grouped = $"{old[..2]}-{old[2..6]}-{old[6..]}";
        FindsAmongOthers($"申請人王美麗（{label}{grouped}），請寫收據", grouped, EntityTypes.ResidentCertificate);
        FindsNo($"料件 {grouped} 缺貨", EntityTypes.ResidentCertificate);
    }

    [Theory]
    [InlineData("3581960070256488", 2, 'B')]
    [InlineData("4834425738716516", 1, 'B')]
    [InlineData("4532594482614808", 1, 'S')]
    public void B_or_s_among_the_issuer_digits_is_read_after_a_card_word(string card, int at, char letter)
    {
        var typed = card[..at] + letter + card[(at + 1)..];
        var grouped = $"{typed[..4]} {typed[4..8]} {typed[8..12]} {typed[12..]}";
        FindsAmongOthers($"卡號 {grouped}", grouped, EntityTypes.CreditCard);
        FindsNo($"訂單 {grouped}", EntityTypes.CreditCard);
    }
}
