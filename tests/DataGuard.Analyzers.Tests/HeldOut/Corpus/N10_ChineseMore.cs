using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace 警政.交通;

public sealed class 違規案件
{
    public string 舉發單號 { get; set; } = "";
    public string 車主姓名 { get; set; } = "";
    public string 車主手機號碼 { get; set; } = "";
    public string 戶籍地址 { get; set; } = "";
    public string 出生日期 { get; set; } = "";
    public decimal 罰鍰金額 { get; set; }
    public string 營利事業統一編號 { get; set; } = "";
}

public sealed class 違規通知服務
{
    private readonly ILogger<違規通知服務> _記錄器;
    private readonly HttpClient _http = new();

    public 違規通知服務(ILogger<違規通知服務> 記錄器) => _記錄器 = 記錄器;

    public async Task 通知Async(違規案件 案件)
    {
        _記錄器.LogInformation("舉發單 {單號} 罰鍰 {金額}", 案件.舉發單號, 案件.罰鍰金額);
        _記錄器.LogInformation("車主 {姓名}", 案件.車主姓名); // expect: DG1001
        _記錄器.LogInformation("寄送至 {地址}", 案件.戶籍地址); // expect: DG1001
        _記錄器.LogInformation("公司統編 {統編}", 案件.營利事業統一編號);
        await _http.PostAsJsonAsync("https://notify-api.line.me/api/notify", new { message = $"請 {案件.車主手機號碼} 繳納罰鍰" }); // expect: DG1005
        await _http.PostAsJsonAsync("https://notify-api.line.me/api/notify", new { message = $"舉發單 {案件.舉發單號} 已開立" });
        if (案件.出生日期.Length == 0)
        {
            throw new InvalidOperationException($"缺少出生日期：{案件.舉發單號}");
        }

        throw new InvalidOperationException($"出生日期 {案件.出生日期} 無效"); // expect: DG1006
    }
}
