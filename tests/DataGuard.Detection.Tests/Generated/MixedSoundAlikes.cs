using System.Text;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 39 (issue 9 §1, no held-out set open): digits written as characters that sound like them (諧音) mixed inside ONE
/// value with Arabic digits, Chinese numerals and police radio numerals (洞酒衣兩 山四舞 溜拐八) — mobiles, landlines, IDs,
/// resident certificates and cards, in a label, a chat line and prose. The characters are those staff type for each digit
/// by its Mandarin reading in Taiwan, common words among them (是 for 4, 無 for 5, 而 for 2, 救 for 9, 期 for 7): written here
/// apart from the engine's reading list, so the test does not read the table it tests. Look-alikes: <see cref="LookAlike"/>
/// (prose dense in those characters, beside numbers and numerals, and runs of them that are no value).
/// </summary>
internal static class MixedSoundAlikes
{
    /// <summary>For each digit 0–9, characters read for it: 靈/鈴/菱/玲 líng, 依/衣/伊/醫 yī, 兒/爾/而/耳 ér, 山/參/傘 sān…</summary>
    private static readonly string[] ByDigit =
    {
        "靈鈴菱玲", "依衣伊醫", "兒爾而耳", "山參傘衫", "是寺死似", "舞午屋無吾", "溜陸留", "妻期漆", "吧爸扒巴", "酒久救舊",
    };

    private const string ChineseNumerals = "〇一二三四五六七八九";

    private const string RadioNumerals = "洞幺兩三四五六拐八勾";

    private static SurfaceVariant WithNumerals { get; } = new("homophones.with-numerals", (v, r) => Mixed(v.Canonical, r));

    private static readonly string[] FamilyNames =
    {
        "phone.mobile", "phone.landline.02", "phone.landline.07", "id.national.male", "id.national.female", "id.arc.2021", "id.arc.old",
        "card.visa", "card.mastercard", "card.jcb",
    };

    internal static CaseContext[] Contexts { get; } =
    {
        new("label.sound-alikes", Cue.Label, (f, r) => (CaseContexts.Pick(r, f.Labels) + CaseContexts.Pick(r, "：", " ", ": "), CaseContexts.Pick(r, "", "。", "，請查。"))),
        new("line.chat.sound-alikes", Cue.Label, (f, r) => ($"[{r.Next(8, 23)}:{r.Next(10, 60)}] {CaseContexts.Pick(r, "阿明", "小美", "學弟")}: "
            + CaseContexts.Pick(r, "他" + CaseContexts.Pick(r, f.Labels) + " ", "給你" + CaseContexts.Pick(r, f.Labels) + "：", CaseContexts.Pick(r, f.Labels)),
            CaseContexts.Pick(r, "", " 用念的念出來", " 別外流", "，懂吧"))),
        new("sentence.sound-alikes", Cue.Label, (f, r) => (CaseContexts.Pick(r, "他說他的", "報案人表示其", "我問到了，她的", "老實說，那個人的") + CaseContexts.Pick(r, f.Labels)
            + CaseContexts.Pick(r, "是", "就是", "寫作", "念成"), CaseContexts.Pick(r, "，晚上再確認。", "，用諧音寫的。", "，是吧？", ""))),
    };

    /// <summary>The cells of this round: each family × the mixed writing × label, chat line and prose, five positions each.</summary>
    public static IEnumerable<GeneratedCase> Positives()
    {
        var families = ValueFamilies.All.Where(f => Array.IndexOf(FamilyNames, f.Name) >= 0).ToArray();
        return CaseGenerator.Cross(families, new[] { WithNumerals }, Contexts, (f, v, c) => true);
    }

    /// <summary>The floor of a cell of this round, or false for a cell not of this round.</summary>
    public static bool Decides(string[] parts, out double? floor)
    {
        floor = null;
        if (parts[1] != WithNumerals.Name) return false;
        floor = Array.Exists(AtDefault, c => c.Family == parts[0] && c.Context == parts[2]) ? CellFloors.Default : 1.0;
        return true;
    }

    /// <summary>
    /// Cells of this round held at the default floor (4 of 5 on the last run, T); every other cell reached 5 of 5 and is held
    /// there. Misses left: an ID whose only sound-alike is 而 (common in prose: no search stops at it), a landline with three
    /// 無 (more common sound-alikes than one digit in four), and three values whose 是 for 4 stands at an edge glued to a
    /// word (信用卡號是…, …三是的資料): there 是 is read as the verb (<c>HomophoneDigits.Copula</c>).
    /// </summary>
    private static readonly (string Family, string Context)[] AtDefault =
    {
        ("card.visa", "sentence.sound-alikes"), ("card.visa", "line.chat.sound-alikes"), ("id.national.male", "sentence.sound-alikes"),
        ("phone.landline.02", "label.sound-alikes"), ("phone.mobile", "label.sound-alikes"),
    };

    /// <summary>
    /// Every digit written one of four ways — a sound-alike (most often), the digit, a Chinese numeral or a radio numeral — and
    /// each way used at least once; null for a value of fewer than eight digits (or an e-mail address).
    /// </summary>
    internal static string? Mixed(string value, Random r)
    {
        var digitAt = new List<int>();
        for (int i = 0; i < value.Length; i++)
            if (char.IsAsciiDigit(value[i])) digitAt.Add(i);
        if (digitAt.Count < 8 || value.Contains('@')) return null;
        var kinds = new int[digitAt.Count];
        for (int k = 0; k < kinds.Length; k++) kinds[k] = r.Next(10) switch { < 4 => 0, < 6 => 1, < 8 => 2, _ => 3 };
        // Four distinct digits, one of each kind, so every value mixes all four.
        var forced = digitAt.Select((_, k) => k).OrderBy(_ => r.Next()).Take(4).ToArray();
        for (int kind = 0; kind < 4; kind++) kinds[forced[kind]] = kind;
        var written = new StringBuilder(value);
        for (int k = 0; k < digitAt.Count; k++)
        {
            int digit = value[digitAt[k]] - '0';
            written[digitAt[k]] = kinds[k] switch
            {
                0 => ByDigit[digit][r.Next(ByDigit[digit].Length)],
                1 => value[digitAt[k]],
                2 => ChineseNumerals[digit],
                _ => RadioNumerals[digit],
            };
        }
        return written.ToString();
    }

    /// <summary>
    /// Prose dense in the characters read for digits (是 無 吧 久 期 留 醫 而 山 …), beside numbers, Chinese numerals and the
    /// radio's 兩 拐 勾 洞; and runs of them that are no value (a count, a short code, a masked phone).
    /// </summary>
    public static string LookAlike(Random r)
    {
        string Phrase() => CaseContexts.Pick(r, ProsePhrases);
        var text = new StringBuilder();
        int phrases = 3 + r.Next(4);
        for (int k = 0; k < phrases; k++) text.Append(Phrase()).Append(CaseContexts.Pick(r, "，", "", "。", "、", " "));
        return r.Next(5) switch
        {
            0 => text.ToString(),
            1 => $"{text}第{r.Next(2, 9)}期{r.Next(1, 12)}{CaseContexts.Pick(r, "月", "號")}，留{CaseContexts.Pick(r, "兩", "三", "五")}天",
            2 => $"{CaseContexts.Pick(r, "[21:03] 小美: ", "")}{text}{r.Next(2, 9)}點{r.Next(10, 60)}分{CaseContexts.Pick(r, "見吧", "是吧", "無妨")}",
            3 => $"手機 {CaseContexts.Pick(r, "靈", "洞")}{CaseContexts.Pick(r, "酒", "勾")}{CaseContexts.Pick(r, "衣", "幺")}{CaseContexts.Pick(r, "山", "是")}-***-*{CaseContexts.Pick(r, "溜", "拐")}{CaseContexts.Pick(r, "吧", "久")}（已遮罩），{Phrase()}",
            _ => $"{Phrase()}，{CaseContexts.Pick(r, "期數", "留言", "醫囑")}共{r.Next(2, 9)}{CaseContexts.Pick(r, "筆", "則", "期")}，{Phrase()}",
        };
    }

    private static readonly string[] ProsePhrases =
    {
        "他是無所謂吧", "好久不見", "期限留到下週", "醫院在山上", "而且是三點", "是是是", "無無無", "吧吧吧", "久久久久",
        "兩個人在山洞裡待了很久", "是吧", "而是無期徒刑", "留醫觀察兩天", "爸爸是醫生", "山上無訊號", "是不是很久了",
        "期期艾艾", "而已吧", "無論是誰", "救護車拐彎", "勾選是或否", "留一兩個", "依醫囑服藥", "衣服留在山上", "舞團第五期",
        "午休是一點", "九是久的諧音吧", "四是死的諧音所以無人要", "而今無事", "醫生說是流感吧", "爾後留意", "酒吧在巷口",
        "寺前的山路很久沒修", "似是而非", "是而非是", "期間限定是吧", "救命啊", "兒子在山裡", "伊是阮阿母",
    };
}
