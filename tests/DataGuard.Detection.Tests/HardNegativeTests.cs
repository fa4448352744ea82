using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>Numbers and codes that look like personal data but are not: they must stay clean.</summary>
public class HardNegativeTests
{
    [Theory]
    [InlineData("臺灣臺北地方法院112年度金訴字第545號刑事判決")]
    [InlineData("依刑法第132條第1項規定")]
    [InlineData("113年11月5日下午3時許")]
    [InlineData("被害人遭詐騙新臺幣200萬元")]
    [InlineData("電子發票 AB-12345678 已開立")]
    [InlineData("統一編號 12345675")]
    [InlineData("產品型號 XR500-2200")]
    [InlineData("升級到 v2.10.3 版")]
    [InlineData("會議時間 09:30-11:45")]
    [InlineData("來源 IP 192.168.100.200 連線")]
    [InlineData("ISBN 978-986-123-456-7")]
    [InlineData("車身號碼 1HGCM82633A004352")]
    [InlineData("身分證 A12****789 已遮蔽")]
    [InlineData("卡號末四碼 6467")]
    [InlineData("案號 1130012345 辦理中")]
    [InlineData("報案三聯單編號 20241105001")]
    [InlineData("座標 25.0330, 121.5654")]
    [InlineData("SHA256 e3b0c44298fc1c149afbf4c8996fb924")]
    [InlineData("任務代號 TPE-2035 已完成")]
    [InlineData("專案代碼 ABC-2025 啟動")]
    [InlineData("身分證遺失補發申請書，受理編號 A123456780")]
    [InlineData("交易序號0912345678")]
    [InlineData("Order #ORD-5678 shipped")]
    [InlineData("客服專線 0800-000-123")]
    [InlineData("各期金額4000、5000、6000、7003元")]
    public void Look_alike_is_not_reported(string text) => FindsNothing(text);

    // Round 20 (set S): a signature's letter and full stop before Taiwan's country code label the number (M. for mobile);
    // across many generated numbers some letter + digits pass a certificate's checksum, and none may be read as one.
    [Fact]
    public void Signature_label_before_country_code_is_no_certificate()
    {
        var random = new Random(20);
        for (int k = 0; k < 200; k++)
        {
            var number = $"886-9{random.Next(10, 99)}-{random.Next(100, 999)}-{random.Next(100, 999)}";
            var text = $"--\n承辦人\nT. 02-2{random.Next(100, 999)}-{random.Next(1000, 9999)} | {"MPT"[k % 3]}. {number}";
            FindsNo(text, EntityTypes.ResidentCertificate);
        }
    }

    // Round 20 (set S): a tab inside the digits is a sheet's cell boundary: two letters and digits in a plate cell and a code
    // in the next cell are two values, whatever the checksum of their characters says.
    [Fact]
    public void Cells_split_by_a_tab_are_no_certificate()
    {
        var random = new Random(21);
        for (int k = 0; k < 200; k++)
        {
            var plate = $"{(char)('A' + random.Next(26))}{"ABCD"[random.Next(4)]}{random.Next(10000, 99999)}";
            FindsNo($"{k}\t民生路口\t電動機車\t{plate}\t{random.Next(10, 99)}-{random.Next(2, 9)}-{random.Next(1, 20)}", EntityTypes.ResidentCertificate);
        }
    }

    // Round 20 (set S): a mobile wrapped inside a CSV cell, then a landline: the digits after its hyphen are its tail, and
    // the run read on from there (some of which pass Luhn) is no card.
    [Fact]
    public void Tail_of_a_wrapped_phone_is_no_card()
    {
        var random = new Random(22);
        for (int k = 0; k < 300; k++)
        {
            var text = $"\"1\",\"09{random.Next(10, 99)}-4{random.Next(10, 99)}\n-{random.Next(100, 999)}\n0{random.Next(2, 9)}{random.Next(10000000, 99999999)}\",\"已結案\"";
            FindsNo(text, EntityTypes.CreditCard);
        }
    }

    [Fact]
    public void Id_inside_a_longer_code_is_not_reported() => FindsNothing("序號XA123456789B");

    [Fact]
    public void Ordinary_chinese_with_numerals_is_not_reported() =>
        FindsNothing("一二三四五六七八九十個人在三樓開會，第一二次會議於十一月舉行。");
}
