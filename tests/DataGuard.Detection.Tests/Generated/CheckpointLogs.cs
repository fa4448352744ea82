using static DataGuard.Detection.Tests.Generated.ValueFamilies;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 30 (categories of sets U21, U22): a sobriety checkpoint's log — a heading naming the breath test, then one row
/// per stopped vehicle: the time, the plate in any layout, the driver's name and ID, the breath reading (01:45 AB-123
/// 王小明 A1… 吐氣0.25mg/L 放行). No plate word stands anywhere: the breath test names the codes of its rows plates.
/// Every plate family × the plate's written shapes × the log, with look-alikes of the same shapes (<see cref="LookAlike"/>).
/// </summary>
internal static class CheckpointLogs
{
    /// <summary>The written shapes of a plate a log row holds: with its hyphen or a dash for it, in full width or either case.</summary>
    private static readonly string[] Variants =
    {
        "canonical", "sep.unicode-hyphen", "sep.minus", "sep.en-dash", "sep.full-width-hyphen", "full-width", "case",
    };

    private static readonly string[] Headings = { "酒測臨檢紀錄（{0}），請統計件數並做成表格：", "幫我把今晚路檢攔查的紀錄整理成報表", "酒測勤務紀錄 {0}" };

    private static readonly string[] Outcomes = { "放行", "移送", "拒測", "舉發" };

    private static CaseContext Log { get; } = new("line.breath-test-log", Cue.Record, (f, r) => (
        string.Format(CaseContexts.Pick(r, Headings), $"11{r.Next(2, 5)}/{r.Next(1, 13):00}/{r.Next(1, 29):00} 22:00-02:00") + "\n"
            + CaseContexts.Pick(r, "", $"{Clock(r)} RAB-1235 陳怡君 {RowId(r)} 吐氣0.{r.Next(10, 99)}mg/L {CaseContexts.Pick(r, Outcomes)}\n") + Clock(r) + " ",
        $" {CaseContexts.Pick(r, "王小明", "林志明", "陳怡君")} {RowId(r)} 吐氣0.{r.Next(10, 99)}mg/L {CaseContexts.Pick(r, Outcomes)}"
            + CaseContexts.Pick(r, "", $" 手機0912-{Digits(r, 3)}-{Digits(r, 3)}", $"\n{Clock(r)} KDG-8351 林志明 {RowId(r)} 吐氣0.00mg/L 放行")), Families: "plate.");

    private static string Clock(Random r) => $"{r.Next(0, 24):00}:{r.Next(0, 60):00}";

    // The driver's ID (synthetic, checksum-valid).
    private static string RowId(Random r) => CaseContexts.RecordId(r);

    /// <summary>The cells of this round: every plate family but those read out in pieces × the written shapes × the log.</summary>
    public static IEnumerable<GeneratedCase> Positives()
    {
        var variants = SurfaceVariants.All.Where(v => Array.IndexOf(Variants, v.Name) >= 0).ToArray();
        foreach (var family in ValueFamilies.All)
        {
            if (!family.Name.StartsWith(Log.Families, StringComparison.Ordinal) || family.Name.Contains(".read-out", StringComparison.Ordinal)) continue;
            foreach (var variant in variants)
            foreach (var generated in PhoneLogFrames.Cell(family, variant, Log)) yield return generated;
        }
    }

    /// <summary>The floor of a cell of this round (the default floor), or false for a cell not of this round.</summary>
    public static bool Decides(string[] parts, out double? floor)
    {
        floor = null;
        if (parts[2] != Log.Name) return false;
        // a digit and G, K, D, P or X (2023-5G) is a technical term: a plate word must stand right before it, as elsewhere
        if (parts[0] != "plate.mixed.digits-first.tech") floor = CellFloors.Default;
        return true;
    }

    /// <summary>
    /// Look-alikes of this round's shapes: a parking space's level-and-number code before its word in a complaint that names
    /// a car and its plate further on (民眾反映地下室B2-164號車位被占用…車牌末兩碼…); a checkpoint's log naming its breath
    /// tester's serial, its case number and its time span.
    /// </summary>
    public static string LookAlike(Random r) => CaseContexts.Pick(r,
        $"民眾反映{CaseContexts.Pick(r, "地下室", "公有停車場", "社區", "")}{ParkingSpaceCode(r)}{CaseContexts.Pick(r, "號車位", "車位", "號停車格", "號機車位")}被占用，月租費{r.Next(1000, 5000)}元，"
            + $"管理員表示該車僅記得車牌末兩碼{r.Next(10, 99)}、{CaseContexts.Pick(r, "白色休旅車", "灰色轎車", "紅色機車")}。",
        $"我的車停在{ParkingSpaceCode(r)}{CaseContexts.Pick(r, "號停車格", "車位", "號車位")}，回來發現被刮，車牌{CaseContexts.Pick(r, "沒事", "也被折彎")}。",
        $"酒測臨檢紀錄（11{r.Next(2, 5)}/{r.Next(1, 13):00}/{r.Next(1, 29):00} 22:00-02:00），酒測器序號 {Letters(r, 2)}-{Digits(r, 4)}，校正日期 11{r.Next(2, 5)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}，共{r.Next(2, 30)}件。");

    // A parking space's code: a level's letter and number, then the space's number (B2-017).
    private static string ParkingSpaceCode(Random r) => $"{CaseContexts.Pick(r, "B", "P")}{r.Next(1, 5)}-{r.Next(1, 400):000}";
}
