namespace 警政.資料模型;

public sealed record 嫌疑人(string 姓名, string 身分證字號, string 案件編號); // expect: DG1007

public sealed record 公司(string 統一編號, string 公司名稱);

public sealed record 車輛(string 車牌號碼, string 廠牌); // expect: DG1007

public sealed record 勤務(string 勤務編號, string 地點, int 人數);

public sealed record 聯絡人 // expect: DG1007
{
    public string 手機 { get; init; } = "";
    public string 生日 { get; init; } = "";
}
