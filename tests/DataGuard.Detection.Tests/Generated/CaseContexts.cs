namespace DataGuard.Detection.Tests.Generated;

/// <summary>What surrounds the value in its own clause: a label before it, a phrase naming it after it, a verb, or nothing.</summary>
internal enum Cue
{
    Label,
    After,
    Verb,
    None,
}

/// <summary>Where the value sits: at the start or end of the prompt, in its middle, glued to CJK text or to ASCII punctuation.</summary>
internal enum Position
{
    Start,
    Middle,
    End,
    AdjacentCjk,
    AdjacentPunctuation,
}

/// <summary>
/// A context: a frame (sentence, list, table cell, CSV, JSON, Markdown, LINE chat, English) and a cue. It writes the
/// text before and after the value; <see cref="CaseGenerator"/> then places the whole at a <see cref="Position"/>.
/// </summary>
internal sealed record CaseContext(string Name, Cue Cue, Func<ValueFamily, Random, (string Before, string After)> Frame)
{
    /// <summary>Structured frames (table, CSV, JSON) keep their cell delimiters whatever the position.</summary>
    public bool Structured => Name.StartsWith("table", StringComparison.Ordinal) || Name.StartsWith("csv", StringComparison.Ordinal)
        || Name.StartsWith("json", StringComparison.Ordinal);
}

internal static class CaseContexts
{
    private static readonly string[] LabelJoins = { "：", ":", " ", "", "為", "是" };

    public static IReadOnlyList<CaseContext> All { get; } = new CaseContext[]
    {
        new("sentence.label", Cue.Label, (f, r) => (Join(Label(f, r), r), Pick(r, "，請協助查詢。", "。", " 謝謝")) ),
        new("sentence.after", Cue.After, (f, r) => (Pick(r, "經查", "另外", "") + Prefix(f), Pick(r, "", " ") + Pick(r, f.After) + "。")),
        new("sentence.verb", Cue.Verb, (f, r) => (Pick(r, "他昨天", "嫌犯曾", "當事人") + Pick(r, f.Verbs) + Prefix(f), Pick(r, "後離開。", "，111年3月遭查獲。", " 之後失聯")) ),
        new("sentence.none", Cue.None, (f, r) => (Pick(r, "資料如下 ", "請查 ", "紀錄：") + Prefix(f), Pick(r, " 請查。", "，謝謝。", "")) ),
        new("list.label", Cue.Label, (f, r) => (Pick(r, "1. ", "- ", "・") + Label(f, r) + "：", "\n2. 備註：無")),
        new("table.label", Cue.Label, (f, r) => ($"| 姓名 | {Label(f, r)} | 日期 |\n|---|---|---|\n| 王小明 | ", " | 112/03/15 |")),
        new("table.none", Cue.None, (f, r) => ("| 項目 | 內容 |\n|---|---|\n| 資料 | " + Prefix(f), " |")),
        new("csv.label", Cue.Label, (f, r) => ($"姓名,{Label(f, r)},日期\n王小明,", ",112/03/15")),
        new("csv.none", Cue.None, (f, r) => ("王小明," + Prefix(f), ",112/03/15,已結案")),
        new("json.label", Cue.Label, (f, r) => ($"{{\"姓名\":\"王小明\",\"{Label(f, r)}\":\"", "\",\"備註\":\"無\"}")),
        new("markdown.label", Cue.Label, (f, r) => (Pick(r, "- **", "### ") + Label(f, r) + Pick(r, "**：`", "：`"), "`")),
        new("line.label", Cue.Label, (f, r) => ("[14:32] 小美: " + Pick(r, "我", "他的", "") + Label(f, r) + " ", Pick(r, "喔", " 記一下", "～"))),
        new("line.none", Cue.None, (f, r) => ("[14:32] 小美: " + Prefix(f), Pick(r, " 記一下", "", "～"))),
        new("english.label", Cue.Label, (f, r) => ((f.Prefix.Length > 0 ? "Her " + f.Prefix + " " : "Her ") + f.English + Pick(r, " is ", ": ", " "), Pick(r, ", please check.", ".", ""))),
    };

    // A foreign national number is named with its country: 日本手機, 香港電話.
    private static string Label(ValueFamily family, Random r) => family.Prefix + Pick(r, family.Labels);

    // An English label is never glued to the value ("Emailwang@…" is not how anyone writes).
    private static string Join(string label, Random r)
    {
        var join = Pick(r, LabelJoins);
        return label + (join.Length == 0 && label[^1] < 128 ? " " : join);
    }

    private static string Prefix(ValueFamily family) => family.Prefix.Length > 0 ? family.Prefix + " " : "";

    public static string Pick(Random r, params string[] options) => options[r.Next(options.Length)];
}
