using static DataGuard.Detection.Tests.Generated.ValueFamilies;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 27 (sets U13, U14): where phones leaked on the freshest sets, as classes — a query's LIKE pattern with its '%'
/// wildcards (whose %09 an escape decoder read as a tab), a message or call log's key (send_sms to=, sms_to=, caller=,
/// callee=) before a number whose range is merely possible, an English "landline" before a number without its area code,
/// Indonesian HP named by where it rings or whose it is (HP di kampung 08…), and a zero-width character written as its
/// escape inside a number in code or config (0912 \u200b345 678). Every phone family × surface variant × frame ×
/// position, with look-alikes of the same shapes (<see cref="LookAlike"/>).
/// </summary>
internal static class PhoneLogFrames
{
    private const string Phone = "phone.";

    /// <summary>Plain surface variants placed in the frames, and the escaped zero-width of this round.</summary>
    private static readonly string[] PlainVariants = { "canonical", "joined", "sep.space", "sep.dot", "full-width", "zero-width" };

    private static SurfaceVariant EscapedZeroWidth { get; } = new("escaped.zero-width", WithEscapedZeroWidth);

    /// <summary>Indonesian mobiles in national form, allocated or merely possible ranges, grouped 4-4-3 or 4-4-4.</summary>
    private static ValueFamily IndonesianNational { get; } = new("phone.national-form.id", EntityTypes.PhoneNumber,
        r => new PlantedValue(new[] { "08" + (1 + r.Next(9)) + r.Next(10), Digits(r, 4), Digits(r, 3 + r.Next(2)) }, CaseContexts.Pick(r, "-", " ")),
        Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>(), "HP", NeedsContext: true);

    /// <summary>Foreign mobiles in international form in ranges libphonenumber calls possible, not valid (+852 50…, +86 148…).</summary>
    private static ValueFamily PossibleInternational { get; } = new("phone.intl-possible", EntityTypes.PhoneNumber,
        r => CaseContexts.Pick(r, "hk", "cn", "my") switch
        {
            "hk" => new PlantedValue(new[] { CaseContexts.Pick(r, "+852", "00852"), "50" + Digits(r, 2), Digits(r, 4) }, " "),
            "cn" => new PlantedValue(new[] { CaseContexts.Pick(r, "+86", "0086"), "14" + CaseContexts.Pick(r, "6", "8", "9"), Digits(r, 4), Digits(r, 4) }, " "),
            _ => new PlantedValue(new[] { CaseContexts.Pick(r, "+60", "0060"), "10-4" + Digits(r, 2), Digits(r, 4) }, " "),
        },
        Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>(), "phone", NeedsContext: true);

    private static readonly string[] Services = { "query-svc", "etc-sync", "notify", "sms-gw" };

    private static CaseContext[] Contexts { get; } =
    {
        new("code.sql-like", Cue.Label, (f, r) => ($"SELECT p.name FROM persons p JOIN orders o ON o.pid = p.id\nWHERE p.plate = 'RAB-1235'\n  OR o.{CaseContexts.Pick(r, "phone", "tel", "mobile", "contact_phone")} LIKE '%",
            CaseContexts.Pick(r, "%'", "'") + "\n  AND o.created_at > '2025-01-01';")),
        new("code.sms-log", Cue.Label, (f, r) => ($"2026-0{1 + r.Next(9)}-1{r.Next(10)}T0{r.Next(10)}:{r.Next(10, 60)}:{r.Next(10, 60)}.{r.Next(100, 999)}+08:00 {CaseContexts.Pick(r, "ERROR", "INFO ", "WARN ")} [{CaseContexts.Pick(r, Services)}-{r.Next(1, 9)}] "
                + CaseContexts.Pick(r, "send_sms to=", "sms_to=", "caller=", "callee=", "sms to="),
            $" status={CaseContexts.Pick(r, "503", "TIMEOUT", "200")} retry={r.Next(0, 4)}\n")),
        new("code.python-tuple", Cue.Label, (f, r) => ($"cases = [\n    ('FB0{Digits(r, 7)}', False),\n    ('", "', True),\n]")),
        new("code.yaml", Cue.Label, (f, r) => ("on_call:\n  - name: 值班員\n    phone: \"", $"\"\n    email: duty{r.Next(10, 99)}@example.org\n")),
        new("english.landline-label", Cue.Label, (f, r) => (CaseContexts.Pick(r, "his landline ", "Her landline: ", "landline ", "Land line: ", "ChatGPT 幫我擬一份公文，內容：his landline "),
            CaseContexts.Pick(r, "。", ". Call after 6 pm.", " / ", "；又車號 RAB-1235"))),
        new("foreign.hp-place", Cue.Label, (f, r) => (CaseContexts.Pick(r, "Nama saya Siti, HP Taiwan 0912-468-135, HP di kampung ", "HP keluarga: ", "HP suami di Indonesia ", "Kalau HP di rumah "),
            CaseContexts.Pick(r, ".", ", terima kasih.", "\nMajikan saya punya mobil plat RAB-1235."))),
    };

    /// <summary>Frames every phone family is placed in; the landline and HP frames take only the families they name.</summary>
    private static readonly string[] CodeFrames = { "code.sql-like", "code.sms-log", "code.python-tuple", "code.yaml" };

    /// <summary>
    /// The cells of this round: Taiwan's and foreign phone families (no country word: a field holds none) × plain variants
    /// and the escaped zero-width × code frames; numbers without an area code and Taiwan landlines × the English landline
    /// label; Indonesian national mobiles × HP phrases; merely possible international numbers × the message-log keys.
    /// </summary>
    public static IEnumerable<GeneratedCase> Positives()
    {
        var plain = SurfaceVariants.All.Where(v => Array.IndexOf(PlainVariants, v.Name) >= 0).Append(EscapedZeroWidth).ToArray();
        var code = Contexts.Where(c => Array.IndexOf(CodeFrames, c.Name) >= 0).ToArray();
        foreach (var family in ValueFamilies.All)
        {
            if (!family.Name.StartsWith(Phone, StringComparison.Ordinal) || family.HasPrefix) continue;
            bool local = family.Name.StartsWith("phone.local.", StringComparison.Ordinal) || family.Name.StartsWith("phone.landline.", StringComparison.Ordinal);
            foreach (var variant in plain)
            {
                foreach (var context in family.NeedsContext ? Array.Empty<CaseContext>() : code)
                foreach (var generated in Cell(family, variant, context)) yield return generated;
                if (local)
                    foreach (var generated in Cell(family, variant, Contexts.First(c => c.Name == "english.landline-label"))) yield return generated;
            }
        }
        foreach (var variant in plain)
        {
            foreach (var generated in Cell(IndonesianNational, variant, Contexts.First(c => c.Name == "foreign.hp-place"))) yield return generated;
            foreach (var generated in Cell(PossibleInternational, variant, Contexts.First(c => c.Name == "code.sms-log"))) yield return generated;
        }
    }

    /// <summary>One case per position of a cell, seeded by the cell's name (shared by the rounds that write their own cells).</summary>
    internal static IEnumerable<GeneratedCase> Cell(ValueFamily family, SurfaceVariant variant, CaseContext context)
    {
        string cell = $"{family.Name} × {variant.Name} × {context.Name}";
        var random = new Random(CaseGenerator.StableSeed(cell));
        foreach (var position in Enum.GetValues<Position>())
        {
            var value = variant.Write(family.Make(random), random);
            if (value is null) yield break; // the variant does not apply to this family
            yield return CaseGenerator.Place(cell, family, variant, context, position, value, random);
        }
    }

    /// <summary>Cells of this round below the default floor at its end, with the reason (see the Detection README).</summary>
    private static readonly (string Family, string Variant, string Context, string Why)[] OutOfScope =
    {
        ("phone.886.landline", "joined", "code.", "886 and a landline written whole, no plus or gap, under no phone word: an order number's shape (as 852 in round 26's code.query)"),
        ("phone.national-form.id", "joined", "foreign.hp-place", "a merely possible national number written whole, no country named, is an order number's shape (ForeignNationalNumbers)"),
        ("phone.national-form.id", "full-width", "foreign.hp-place", "one of five placements (in braces) missed; not investigated"),
        ("phone.intl-possible", "joined", "code.sms-log", "a merely possible +CC number written whole needs its groups (ForeignNationalNumbers turns ungrouped possible numbers down)"),
        ("phone.intl.us", "*", "code.python-tuple", "555-01xx is a fictional range, merely possible, and a test list's tuple has no key naming it"),
        ("phone.intl.hk", "zero-width", "code.python-tuple", "two of five placements missed: a +852 number with a zero-width character and no key naming it (not investigated)"),
    };

    /// <summary>Short local numbers (five digits, six as 2+4) are promised only in the variants the main cross promises them in.</summary>
    private static readonly string[] ShortLocalFamilies = { "phone.local.5", "phone.local.6.2+4" };

    private static readonly string[] ShortLocalVariants = { "canonical", "joined" };

    /// <summary>
    /// The floor of a cell of this round (the default floor), null when out of scope, or false for a cell not of this round.
    /// </summary>
    public static bool Decides(string[] parts, out double? floor)
    {
        floor = null;
        if (!Array.Exists(Contexts, c => c.Name == parts[2]) && parts[1] != EscapedZeroWidth.Name) return false;
        if (Array.Exists(OutOfScope, e => parts[0].StartsWith(e.Family, StringComparison.Ordinal) && (e.Variant == "*" || e.Variant == parts[1]) && parts[2].StartsWith(e.Context, StringComparison.Ordinal))) return true;
        if (Array.IndexOf(ShortLocalFamilies, parts[0]) >= 0 && Array.IndexOf(ShortLocalVariants, parts[1]) < 0) return true;
        floor = CellFloors.Default;
        return true;
    }

    // "0912 \u200b345 678": the six characters of a zero-width escape typed at one of the value's group boundaries (a
    // value written whole gets it inside its digits).
    private static string? WithEscapedZeroWidth(PlantedValue v, Random r)
    {
        if (v.IsMail) return null;
        string escape = CaseContexts.Pick(r, "\\u200b", "\\u200B", "\\u2060", "\\u200c", "\\uFEFF");
        string value = v.Canonical;
        int at = v.Groups.Length > 1 ? v.Groups[0].Length + (r.Next(2) == 0 ? 0 : v.Separator.Length) : Math.Min(4, value.Length - 1);
        return value[..at] + escape + value[at..];
    }

    /// <summary>
    /// Look-alikes of this round's shapes: a LIKE pattern over dates, order numbers and short codes; a message log's keys
    /// before toll-free, service and short numbers; "landline" before a bill or an extension; escaped zero-width characters
    /// in code around no value.
    /// </summary>
    public static string LookAlike(Random r) => CaseContexts.Pick(r,
        $"WHERE o.order_no LIKE '%{2023 + r.Next(3)}{r.Next(1, 13):00}{r.Next(1, 29):00}%' AND o.qty > {r.Next(2, 9)}",
        $"WHERE o.sku LIKE '%{r.Next(100, 999)}-{Digits(r, 2)}%'",
        $"WHERE t.memo LIKE '%{r.Next(110, 115)}年度偵字第{r.Next(1000, 9999)}號%'",
        $"[sms-gw-{r.Next(1, 9)}] send_sms to={CaseContexts.Pick(r, "0800", "0809")}-{Digits(r, 3)}-{Digits(r, 3)} status=200 template={r.Next(10, 99)}",
        $"[pbx-{r.Next(1, 9)}] caller={CaseContexts.Pick(r, "110", "119", "165", "1999", "113")} callee=ext{r.Next(100, 999)} duration={r.Next(10, 600)}s",
        $"The landline bill was NT${r.Next(300, 2000)} in {CaseContexts.Pick(r, "May", "June")}; landline ext. {r.Next(100, 999)}.",
        $"path = \"C:\\u200b\\logs\\{r.Next(2020, 2026)}\"; version = \"{r.Next(1, 9)}.{r.Next(0, 20)}\\u200b.{r.Next(0, 99)}\"");
}
