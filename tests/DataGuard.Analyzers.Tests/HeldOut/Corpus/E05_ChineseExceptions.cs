using System;

namespace 警政.報案;

public sealed class 報案資料
{
    public string 報案人姓名 { get; set; } = "";
    public string 報案人手機 { get; set; } = "";
    public string 案類 { get; set; } = "";
    public string 統一編號 { get; set; } = "";
}

public static class 報案驗證
{
    public static void 驗證(報案資料 資料)
    {
        if (string.IsNullOrEmpty(資料.案類))
        {
            throw new InvalidOperationException("案類不可空白");
        }

        if (資料.報案人手機.Length != 10)
        {
            throw new InvalidOperationException($"手機號碼 {資料.報案人手機} 格式錯誤"); // expect: DG1006
        }

        if (資料.統一編號.Length != 8)
        {
            throw new InvalidOperationException($"統一編號 {資料.統一編號} 格式錯誤");
        }

        if (資料.報案人姓名.Length > 50)
        {
            throw new InvalidOperationException($"姓名過長：{資料.報案人姓名}"); // expect: DG1006
        }
    }
}
