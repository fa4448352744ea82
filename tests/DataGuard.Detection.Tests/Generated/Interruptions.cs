namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// What a writer puts between two groups of one value (sets U1 and U2): a short aside in brackets, framed by dashes, a filler
/// between pauses, or a line break with a continuation mark opening the next line. The words are the generator's own and
/// vary; the engine is to read the frame and its bounded length, not a list of words, so none of these phrases is one it
/// knows by name.
/// </summary>
internal static class Interruptions
{
    public static readonly string[] Bracketed =
    {
        "（收訊不良）", "(斷訊)", "（他停了一下）", "(我確認一下)", "［翻一下資料］", "（背景很吵）", "(中間斷掉)", "（喔，再來的是）", "〔稍候〕",
        " （對方在想） ", "【電腦當機】", "(再念一次)",
    };

    public static readonly string[] DashFramed =
    {
        "——再來是——", "—— 下一段 ——", "--然後--", "── 呃 ──", "－－接著是－－", "―停頓一下―", " —— 中間斷掉 —— ", "——喔——", "---後段---",
    };

    /// <summary>A filler with a pause on either side (，呃，, …嗯…): one word, framed by its marks.</summary>
    public static readonly string[] PauseFramed = { "，呃，", "…嗯…", " 然後 ", "，那個，", "……喔……", "、欸、", "，就是，", "… 對 …" };

    /// <summary>A line break and a mark that the value goes on, opening the next line.</summary>
    public static readonly string[] Continued = { "\n（續）", "\n(續)", "\n【續】", "\r\n（接上行）", " \n(續上行) ", "\n［續］", "\n（下接）" };

    /// <summary>Every in-line aside, for a plate read out with one between its letters and digits.</summary>
    public static readonly string[] InLine = Bracketed.Concat(DashFramed).Concat(PauseFramed).ToArray();
}
