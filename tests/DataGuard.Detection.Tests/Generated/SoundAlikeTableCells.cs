using System.Text;
using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 40 (categories of set U40, open): values whose every digit is a sound-alike (諧音) drawn from the engine's whole
/// reading list, not from a hand-picked few — the list is the one place the readings of 0–9 are written, so a character
/// added there is drawn here without a second list (<see cref="SoundAlikeTable"/>). Two writings: every digit a character
/// rare in prose (菱酒山巴依舞棲兒酒尔…), and the same with one edge digit a character common in prose (…兒酒思: 思 for 4,
/// 令 for 0), which set U40 wrote and the engine read only inside a run. Every character of the list is checked one by one
/// in <c>SoundAlikeTableTests</c>; the cells here put them in frames and positions. Look-alikes: <see cref="LookAlike"/>.
/// </summary>
internal static class SoundAlikeTableCells
{
    private static SurfaceVariant Rare { get; } = new("homophones.table.rare", (v, r) => Write(v.Canonical, r, commonEdge: false));

    private static SurfaceVariant CommonEdge { get; } = new("homophones.table.common-edge", (v, r) => Write(v.Canonical, r, commonEdge: true));

    private static readonly string[] FamilyNames = { "phone.mobile", "phone.landline.02", "id.national.male", "id.arc.2021", "card.visa" };

    /// <summary>For each digit, the characters of the engine's list rare in prose, and those common in prose.</summary>
    private static readonly (string Rare, string Common)[] ByDigit = Collect();

    /// <summary>The cells of this round: each family × both writings × label, chat line and prose, five positions each.</summary>
    public static IEnumerable<GeneratedCase> Positives()
    {
        var families = ValueFamilies.All.Where(f => Array.IndexOf(FamilyNames, f.Name) >= 0).ToArray();
        return CaseGenerator.Cross(families, new[] { Rare, CommonEdge }, MixedSoundAlikes.Contexts, (f, v, c) => true);
    }

    /// <summary>The floor of a cell of this round, or false for another cell.</summary>
    public static bool Decides(string[] parts, out double? floor)
    {
        floor = null;
        if (parts[1] != Rare.Name && parts[1] != CommonEdge.Name) return false;
        floor = Array.Exists(AtDefault, c => c.Family == parts[0] && c.Variant == parts[1] && c.Context == parts[2]) ? CellFloors.Default : 1.0;
        return true;
    }

    /// <summary>
    /// Cells held at the default floor (4 of 5 on the last run, T); every other cell reached 5 of 5 and is held there. The
    /// misses are IDs and certificates in a chat line or after a label whose written run the reading did not take whole.
    /// </summary>
    private static readonly (string Family, string Variant, string Context)[] AtDefault =
    {
        ("id.arc.2021", "homophones.table.common-edge", "label.sound-alikes"),
        ("id.arc.2021", "homophones.table.rare", "line.chat.sound-alikes"),
        ("id.national.male", "homophones.table.rare", "line.chat.sound-alikes"),
    };

    /// <summary>
    /// Every digit of the value as a rare sound-alike; with <paramref name="commonEdge"/>, its last digit (its first when the
    /// last has no common one: 3) as a common one. Null for a value of fewer than eight digits or an e-mail address.
    /// </summary>
    internal static string? Write(string value, Random r, bool commonEdge)
    {
        var digitAt = new List<int>();
        for (int i = 0; i < value.Length; i++)
            if (char.IsAsciiDigit(value[i])) digitAt.Add(i);
        if (digitAt.Count < 8 || value.Contains('@')) return null;
        var written = new StringBuilder(value);
        foreach (int at in digitAt) written[at] = Draw(ByDigit[value[at] - '0'].Rare, r);
        if (commonEdge)
        {
            int last = digitAt[digitAt.Count - 1];
            int edge = ByDigit[value[last] - '0'].Common.Length > 0 ? last : digitAt[0];
            written[edge] = Draw(ByDigit[value[edge] - '0'].Common, r);
        }
        return written.ToString();
    }

    /// <summary>
    /// Runs of the same characters that are no value: an order number of nine rare sound-alikes (from 1) with a common one
    /// after it, a masked phone, a short code, and prose dense in the rare ones (酒吧, 巴士, 寺廟, 醫院, 舞衣…) beside
    /// numbers and words common in prose (意思, 命令, 就是), an invoice's two letters before seven of them.
    /// </summary>
    public static string LookAlike(Random r)
    {
        string Rare(string digits) => Write(digits.PadRight(8, '0'), r, commonEdge: false)!.Substring(0, digits.Length);
        return r.Next(5) switch
        {
            0 => $"訂單 {Rare("1" + ValueFamilies.Digits(r, 8))}{Draw(ByDigit[4].Common, r)}{CaseContexts.Pick(r, "已出貨", "退回", "待付款")}",
            1 => $"手機 {Rare("09" + ValueFamilies.Digits(r, 2))}-***-{Rare(ValueFamilies.Digits(r, 3))}（已遮罩）{CaseContexts.Pick(r, "意思是", "就是", "命令")}",
            2 => $"代碼 {Rare(ValueFamilies.Digits(r, 6))}{CaseContexts.Pick(r, "是", "思", "令")}，{CaseContexts.Pick(r, Prose)}",
            3 => $"{CaseContexts.Pick(r, Prose)}，{r.Next(2, 12)}點{r.Next(10, 60)}分{CaseContexts.Pick(r, Prose)}",
            _ => $"{CaseContexts.Pick(r, "發票", "載具", "收據")} {CaseContexts.Pick(r, "AB", "KX", "QT")}{Rare(ValueFamilies.Digits(r, 7))}，{CaseContexts.Pick(r, Prose)}",
        };
    }

    private static readonly string[] Prose =
    {
        "巴士站旁的寺廟很久沒整修", "吾兒久病在醫院", "午餐吃山藥思念家鄉", "舞衣漆成酒紅色", "爸爸說他的意思就是那樣",
        "酒吧老闆娘命令我們先走", "似乎是寺前的山路", "伊人依舊在醫院等", "傘衫都在巴士上", "餌料在棲地旁邊",
    };

    private static char Draw(string characters, Random r) => characters[r.Next(characters.Length)];

    // The engine's list, per digit: every CJK ideograph it reads, split into rare and common in prose.
    private static (string Rare, string Common)[] Collect()
    {
        var rare = new StringBuilder[10];
        var common = new StringBuilder[10];
        for (int d = 0; d < 10; d++) (rare[d], common[d]) = (new StringBuilder(), new StringBuilder());
        for (char c = '\u4E00'; c <= '\u9FFF'; c++)
        {
            if (SoundAlikeTable.DigitOf(c) is not char digit) continue;
            (SoundAlikeTable.IsCommonInProse(c) ? common : rare)[digit - '0'].Append(c);
        }
        var result = new (string, string)[10];
        for (int d = 0; d < 10; d++) result[d] = (rare[d].ToString(), common[d].ToString());
        return result;
    }
}
