using Microsoft.Extensions.Logging;

namespace 警政.戶政查詢;

public sealed class 民眾資料
{
    public string 身分證字號 { get; set; } = "";
    public string 姓名 { get; set; } = "";
    public string 電話 { get; set; } = "";
    public string 地址 { get; set; } = "";
    public string 案件編號 { get; set; } = "";
}

public sealed class 公司資料
{
    public string 統一編號 { get; set; } = "";
    public string 公司名稱 { get; set; } = "";
}

public sealed class 查詢紀錄服務
{
    private readonly ILogger<查詢紀錄服務> _logger;

    public 查詢紀錄服務(ILogger<查詢紀錄服務> logger) => _logger = logger;

    public void 記錄查詢(民眾資料 民眾, 公司資料 公司)
    {
        _logger.LogInformation("查詢案件 {案件編號}", 民眾.案件編號);
        _logger.LogInformation("查詢民眾 {身分證字號}", 民眾.身分證字號); // expect: DG1001
        _logger.LogInformation($"聯絡電話 {民眾.電話}"); // expect: DG1001
        _logger.LogInformation("公司統編 {統一編號}", 公司.統一編號);
        _logger.LogInformation("公司 {公司名稱}", 公司.公司名稱);
        var 車牌號碼 = "ABC-1234";
        _logger.LogWarning("車輛 {車牌} 有未繳罰單", 車牌號碼); // expect: DG1001
    }
}
