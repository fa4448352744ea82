using static DataGuard.Detection.Tests.Generated.ValueFamilies;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 40 (categories of set U40, open): foreign numbers in their country's national form as rows of a numbered call list
/// (請把以下雙向通聯整理成表格：⏎1. 090-…　未接來電⏎2. 0912-…　通話12次), no country or phone word beside them: the list's
/// other rows, Taiwan phones, say what its rows hold, as a table column's do. Two writings of the other rows: all written
/// out, and one written out beside rows disguised with numerals or emoji (no evidence either way). Positions are the row the
/// value takes (first, middle, last) and the list's item mark. Look-alikes: <see cref="LookAlike"/>.
/// </summary>
internal static class NumberedCallLists
{
    private static readonly string[] FamilyNames =
    {
        "phone.national.jp", "phone.national.kr", "phone.national.cn", "phone.national.us", "phone.national.id",
        "phone.national.th", "phone.national.my", "phone.foreign-mobile.trunk-zero", "phone.foreign-mobile.north-american",
    };

    private const string Plain = "calls.rows-written", Mixed = "calls.rows-disguised";

    private const string Context = "list.numbered-calls";

    private static readonly string[] Headings = { "請把以下雙向通聯整理成表格：", "通聯調閱分析，請幫我把下列號碼依可疑程度排序：", "以下為雙向通聯紀錄：" };

    private static readonly string[] Notes = { "未接來電", "通話12次", "簡訊往來", "通話時間最長 18 分鐘", "通話3次，均在深夜" };

    /// <summary>Each family × both writings of the other rows, the value in the first, a middle and the last row.</summary>
    public static IEnumerable<GeneratedCase> Positives()
    {
        foreach (var family in ValueFamilies.All.Where(f => Array.IndexOf(FamilyNames, f.Name) >= 0))
        foreach (var variant in new[] { Plain, Mixed })
        {
            string cell = $"{family.Name} × {variant} × {Context}";
            var random = new Random(CaseGenerator.StableSeed(cell));
            foreach (var position in new[] { Position.Start, Position.Middle, Position.End })
                yield return Place(cell, family, variant, position, family.Make(random).Canonical, random);
        }
    }

    /// <summary>The floor of a cell of this round, or false for another cell.</summary>
    public static bool Decides(string[] parts, out double? floor)
    {
        floor = null;
        if (parts[2] != Context) return false;
        floor = Array.Exists(BelowFull, c => c.Family == parts[0] && c.Variant == parts[1]) ? 0.3 : 1.0;
        return true;
    }

    /// <summary>
    /// Cells below 3 of 3 on the last run (T), held at 0.3: the family draws numbers the country's plan calls invalid or a
    /// Taiwan area code (Japan's 090-0…, Tokyo's 03-…; the mainland's 154/179) — read by plan validity, they stay unread.
    /// </summary>
    private static readonly (string Family, string Variant)[] BelowFull =
    {
        ("phone.national.jp", Plain), ("phone.national.jp", Mixed), ("phone.national.cn", Plain),
    };

    private static GeneratedCase Place(string cell, ValueFamily family, string variant, Position position, string value, Random r)
    {
        var rows = new List<string> { TaiwanPhone(r), variant == Plain ? TaiwanPhone(r) : Disguised(r) };
        int at = position switch { Position.Start => 0, Position.End => rows.Count, _ => 1 };
        rows.Insert(at, value);
        string mark = CaseContexts.Pick(r, "{0}. ", "{0}、", "({0}) ", "{0}) ");
        string gap = CaseContexts.Pick(r, "\u3000", "  ", "\t");
        var text = new System.Text.StringBuilder(CaseContexts.Pick(r, Headings)).Append('\n');
        int start = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            text.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, mark, i + 1));
            if (i == at) start = text.Length;
            text.Append(rows[i]).Append(gap).Append(CaseContexts.Pick(r, Notes)).Append('\n');
        }
        text.Append(CaseContexts.Pick(r, "請依時間排序。", "", "謝謝。"));
        return new GeneratedCase(cell, family.Name, variant, Context, position, family.Type, text.ToString(), start, start + value.Length);
    }

    // A Taiwan number as a call list writes it: a mobile grouped or whole, with +886, or a landline with its area code.
    private static string TaiwanPhone(Random r) => r.Next(4) switch
    {
        0 => "09" + Digits(r, 2) + "-" + Digits(r, 3) + "-" + Digits(r, 3),
        1 => "09" + Digits(r, 8),
        2 => "+886 9" + Digits(r, 2) + " " + Digits(r, 3) + " " + Digits(r, 3),
        _ => "0" + CaseContexts.Pick(r, "2-2", "4-2", "7-3", "3-4") + Digits(r, 3) + Digits(r, 4 - r.Next(2)),
    };

    // A row disguised with numerals or emoji between its digits (its own reading is another mechanism's).
    private static string Disguised(Random r) => r.Next(2) == 0
        ? "零九" + string.Concat(Digits(r, 8).Select(d => "零一二三四五六七八九"[d - '0']))
        : string.Join("👀", "09" + Digits(r, 2), Digits(r, 3), Digits(r, 3));

    /// <summary>
    /// Numbered lists whose rows are no phones, in the same frames: case numbers, dates, amounts, invoice numbers, UBNs,
    /// versions, times, coordinates, model codes with a measure word, masked phones — with the same notes after them.
    /// </summary>
    public static string LookAlike(Random r)
    {
        var text = new System.Text.StringBuilder(CaseContexts.Pick(r, "請把以下資料整理成表格：", "以下為扣案物清單：", "待辦事項：")).Append('\n');
        int rows = 3 + r.Next(3);
        for (int i = 1; i <= rows; i++)
            text.Append(i).Append(CaseContexts.Pick(r, ". ", "、", ") ")).Append(NotAPhone(r)).Append('\u3000').Append(CaseContexts.Pick(r, "已結", "待查", "通話12次", "簡訊往來")).Append('\n');
        return text.ToString();
    }

    private static string NotAPhone(Random r) => r.Next(10) switch
    {
        0 => $"{110 + r.Next(4)}年度偵字第{r.Next(1000, 99999)}號",
        1 => $"{2020 + r.Next(5)}-{r.Next(1, 13):00}-{r.Next(1, 29):00}",
        2 => $"NT$ {r.Next(1, 99)},{Digits(r, 3)}",
        3 => $"{Letters(r, 2)}-{Digits(r, 8)}", // (no I or O: OH before digits is read as a spoken 0, left in the README)
        4 => $"統編 {Digits(r, 8)}",
        5 => $"v{r.Next(1, 10)}.{r.Next(0, 20)}.{r.Next(0, 99)}",
        6 => $"{r.Next(0, 24):00}:{r.Next(0, 60):00}",
        7 => $"25.{Digits(r, 4)}, 121.{Digits(r, 4)}",
        8 => $"RX-{r.Next(2, 9)}一輛",
        _ => $"09{Digits(r, 2)}-***-{Digits(r, 3)}",
    };
}
