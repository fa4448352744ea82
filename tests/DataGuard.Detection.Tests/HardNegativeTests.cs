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

    [Fact]
    public void Id_inside_a_longer_code_is_not_reported() => FindsNothing("序號XA123456789B");

    [Fact]
    public void Ordinary_chinese_with_numerals_is_not_reported() =>
        FindsNothing("一二三四五六七八九十個人在三樓開會，第一二次會議於十一月舉行。");
}
