using static DataGuard.Detection.Tests.Generated.ValueFamilies;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 36 (categories of sets U29, U30): documents pasted whole. (1) A fixed-width report (cells apart by two spaces or
/// more, its header's cells not aligned with the rows' characters) whose landline column holds a local number without
/// its area code, a mobile or a plate in the cell before it. (2) A chat log's line where the phones' counter names the
/// number right after it (2345-6789 那支是他家裡的). Look-alikes of the same shapes, and of the shapes that made false
/// findings in pasted documents, in <see cref="LookAlike"/>.
/// </summary>
internal static class PastedDocuments
{
    private static CaseContext LandlineColumn { get; } = new("table.fixed-width-landline-column", Cue.Record, (f, r) => FixedWidthReport(r), Families: "phone.local.");

    private static CaseContext CounterAfter { get; } = new("line.phone-counter-after", Cue.After, (f, r) => ChatLine(r), Families: "phone.local.");

    /// <summary>The written shapes of a local number in a pasted document.</summary>
    private static readonly string[] DocumentVariants = { "canonical", "sep.space", "sep.dot", "sep.unicode-hyphen", "sep.minus", "full-width" };

    /// <summary>The local numbers of this round (seven and eight digits).</summary>
    private static readonly string[] LocalFamilies = { "phone.local.8", "phone.local.7" };

    private static readonly string[] Names = { "王○明", "陳怡君", "林志明", "黃○芬", "JOSE SANTOS", "NGUYEN VAN BINH", "張家豪", "李○華" };

    /// <summary>Headers of a landline column.</summary>
    private static readonly string[] LandlineHeaders = { "住家電話", "市話", "聯絡電話(家)", "室內電話", "Home" };

    /// <summary>The cells of this round (see the class summary).</summary>
    public static IEnumerable<GeneratedCase> Positives()
    {
        var variants = SurfaceVariants.All.Where(v => Array.IndexOf(DocumentVariants, v.Name) >= 0).ToArray();
        foreach (var family in ValueFamilies.All)
        {
            if (Array.IndexOf(LocalFamilies, family.Name) < 0) continue;
            foreach (var variant in variants)
            {
                foreach (var c in PhoneLogFrames.Cell(family, variant, LandlineColumn)) yield return c;
                foreach (var c in PhoneLogFrames.Cell(family, variant, CounterAfter)) yield return c;
            }
        }
    }

    /// <summary>The floor of a cell of this round, or false for a cell not of this round.</summary>
    public static bool Decides(string[] parts, out double? floor)
    {
        floor = null;
        if (parts[2] != LandlineColumn.Name && parts[2] != CounterAfter.Name) return false;
        floor = CellFloors.Default;
        return true;
    }

    // A fixed-width report: a case number, the header (name, plate, landline, ID), the value in the landline column of its
    // first row, two more rows whose landline cells hold local numbers or mobiles.
    private static (string Before, string After) FixedWidthReport(Random r)
    {
        string gap = CaseContexts.Pick(r, "  ", "   ", "      ");
        string Row(string phone) => string.Join(gap, CaseContexts.Pick(r, Names), Plate(r), phone, CaseContexts.RecordId(r));
        string header = string.Join("        ", "姓名", "車號", CaseContexts.Pick(r, LandlineHeaders), "身分證") + CaseContexts.Pick(r, "", "      ");
        string before = CaseContexts.Pick(r, "試算表貼上如下，請整理：\n", "名單如下，請依車號排序：\n", "")
            + $"案號：{110 + r.Next(4)}年度偵字第{r.Next(1000, 9999)}號\n" + header + "\n"
            + string.Join(gap, CaseContexts.Pick(r, Names), Plate(r)) + gap;
        string after = gap + CaseContexts.RecordId(r) + "\n" + Row(OtherPhone(r)) + "\n" + Row(OtherPhone(r)) + CaseContexts.Pick(r, "\n請回覆。", "\n以上。", "");
        return (before, after);
    }

    // A chat log's line, its time and sender first, the phones' counter right after the number.
    private static (string Before, string After) ChatLine(Random r)
    {
        string time = $"{r.Next(0, 24):00}:{r.Next(0, 60):00}";
        string before = CaseContexts.Pick(r, $"[{110 + r.Next(4)}/{r.Next(1, 13):00}/{r.Next(1, 29):00} {time}] ", $"{time} ", $"{time}\t")
            + CaseContexts.Pick(r, "阿偉", "組長", "值班台", "張警員") + CaseContexts.Pick(r, ": ", " ", "\t");
        string after = CaseContexts.Pick(r, " 這支是她女兒的", " 那支是他家裡的", " 這支打不通", " 那支是房東的") + "\n"
            + $"{r.Next(0, 24):00}:{r.Next(0, 60):00} 所長 收到";
        return (before, after);
    }

    private static string Plate(Random r) => $"{Letters(r, 3)}-{r.Next(1000, 9999)}";

    // Another row's phone: a local number or a mobile, as typed.
    private static string OtherPhone(Random r) => CaseContexts.Pick(r,
        $"{r.Next(2, 10)}{Digits(r, 2)}-{Digits(r, 4)}", $"2{Digits(r, 3)} {Digits(r, 4)}", $"09{Digits(r, 8)}", $"09{Digits(r, 2)}-{Digits(r, 3)}-{Digits(r, 3)}");

    /// <summary>
    /// Look-alikes of pasted documents: a fixed-width report whose number column is no phone's (amounts, case numbers,
    /// six-digit postcodes, split serials); a chat whose replies follow clock times (08:43 OK); a statement whose amounts end a line
    /// above a date; records whose plates and phones are masked, with model codes counted after them; numbers before a
    /// counter that counts something else.
    /// </summary>
    public static string LookAlike(Random r) => r.Next(5) switch
    {
        0 => NumberColumnReport(r),
        1 => ChatReplies(r),
        2 => Statement(r),
        3 => MaskedRecord(r),
        _ => CaseContexts.Pick(r,
            $"這支筆 {r.Next(20, 99)} 元，那支 {r.Next(2000000, 9999999)} 號零件也要",
            $"序號 {Digits(r, 8)} 這支是備品",
            $"共 {r.Next(2000000, 9999999)} 元，這支股票漲了"),
    };

    // A fixed-width report whose number column holds amounts, case numbers, postcodes with a house number or a serial's half.
    private static string NumberColumnReport(Random r)
    {
        var (header, make) = r.Next(4) switch
        {
            0 => ("金額", (Func<string>)(() => $"{r.Next(2000000, 99999999)}")),
            1 => ("案號", () => $"{r.Next(2000000, 9999999)}"),
            2 => ("郵遞區號", () => $"{r.Next(100, 999)}{Digits(r, 3)}"),
            _ => ("IMEI(前段)", () => $"{r.Next(3500, 3599)}{Digits(r, 4)}"),
        };
        string Row() => string.Join("  ", CaseContexts.Pick(r, Names), CaseContexts.Pick(r, "男", "女"), make(), CaseContexts.Pick(r, "已到案", "再通知", "未接"));
        return string.Join("        ", "姓名", "性別", header, "備註") + "\n" + Row() + "\n" + Row() + "\n" + Row();
    }

    // A chat log whose lines end with a short reply after the clock time (OK, GO, ON), one line naming a vehicle.
    private static string ChatReplies(Random r)
    {
        string Line(string text) => $"{CaseContexts.Pick(r, "阿偉", "組長", "Jason", "值班台")} {r.Next(0, 24):00}:{r.Next(10, 60):00} {text}";
        return string.Join("\n", Line("👍"), Line(CaseContexts.Pick(r, "OK", "GO", "ON")), Line(CaseContexts.Pick(r, "那台車違停中", "車子拖走了")),
            Line(CaseContexts.Pick(r, "OK", "GO", "ON", "OK 收到")));
    }

    // A statement, one transaction a line: ROC date, time, item, an amount with thousands commas ending the line.
    private static string Statement(Random r)
    {
        string Line() => $"{110 + r.Next(4)}/{r.Next(1, 13):00}/{r.Next(1, 29):00} {r.Next(0, 24):00}:{r.Next(0, 60):00} "
            + $"{CaseContexts.Pick(r, "超商消費", "線上訂閱", "加油站", "餐廳")} NT${r.Next(10, 99)},{r.Next(0, 1000):000}";
        return string.Join("\n", Line(), Line(), Line(), Line());
    }

    // A seizure record whose ID, phone and plate are masked, with a model code counted after the plate.
    private static string MaskedRecord(Random r)
    {
        string plate = CaseContexts.Pick(r, $"{Letters(r, 2)}-**{r.Next(10, 99)}", $"{Letters(r, 3)}-**{r.Next(10, 99)}", $"{Letters(r, 3)}-****", $"{Letters(r, 3)}-○○{r.Next(10, 99)}");
        string phone = CaseContexts.Pick(r, $"09{Digits(r, 2)}-xxx-{Digits(r, 3)}", $"09**-***-{Digits(r, 3)}", $"09XX-XXX-{Digits(r, 3)}", $"09{Digits(r, 2)}-{Digits(r, 3)}-***");
        string model = CaseContexts.Pick(r, "SU-27 模型一組", "XR-15 一台", "NC-75 一部", "F-16 模型兩架", "AK-47 模型一把");
        return $"{CaseContexts.Pick(r, "當事人", "關係人")} {CaseContexts.Pick(r, "王○○", "陳○○")}，身分證 ******{Digits(r, 4)}，手機 {phone}，車牌 {plate}，{model}\n"
            + $"{110 + r.Next(4)}年度偵字第{r.Next(1000, 99999)}號\t{110 + r.Next(4)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}\t{CaseContexts.Pick(r, "周○安", "吳○倫")}\t{phone}\t{Letters(r, 3)}-○○{r.Next(10, 99)}";
    }
}
