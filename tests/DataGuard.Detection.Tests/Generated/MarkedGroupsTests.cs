using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Scanning;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 38 (categories of sets U33, U34)": marks between a value's groups in every type — an equals sign, a
/// backslash, an asterisk, a tilde and emoji of every kind (with a variation selector, a skin tone, a ZWJ sequence) —
/// in groups of any size, the same mark between every group; Taiwan's trunk prefix written in brackets after its
/// country code (886(0)9…, 00886(0)9 …, +886 (0)9…, +886|(0|)9…); and cards in any grouping (blanks of any width,
/// look-alikes in the last group). Family × layout × frame (the frames of <see cref="JoinedPiecesTests"/> and a roster row
/// with no label), and hard negatives of the same shapes: emoji between times, scores and amounts, Luhn-failing runs,
/// a '(0)' in a formula, marks between a case number's groups. Values are built here with their check digits; output
/// lists cell names and counts only.
/// </summary>
public sealed class MarkedGroupsTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 10;

    private static readonly string[] Families = { "mobile", "landline", "id", "arc-2021", "arc-old", "visa", "mastercard", "jcb" };

    /// <summary>The frames of <see cref="JoinedPiecesTests"/>, and a roster row that names nothing (王○明、…、已通知).</summary>
    private static readonly string[] Frames = JoinedPiecesTests.Frames.Append("row").ToArray();

    private static readonly (string Name, string[] Marks)[] MarkKinds =
    {
        ("equals", new[] { "=", "＝" }),
        ("backslash", new[] { "\\", "＼" }),
        ("asterisk", new[] { "*" }),
        ("tilde", new[] { "~" }),
        ("emoji", new[] { "👉", "📞", "🔸", "🔹", "✨", "😀", "⭐" }),
        ("emoji.selector", new[] { "❤️", "☎️", "✈️" }),
        ("emoji.zwj", new[] { "👮‍♂️", "👨‍👩‍👧", "👍🏻" }),
    };

    [Fact]
    public void A_value_with_one_mark_between_its_groups_is_found()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var (kind, marks) in MarkKinds)
        foreach (var frame in Frames)
        {
            var r = new Random(CaseGenerator.StableSeed($"marked-groups/{family}/{kind}/{frame}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = JoinedPiecesTests.ValueOf(family, r);
                // A stray mark is read only repeated (JoiningWords.PartsPieces): three groups at least; a separator from two.
                string written = string.Join(Pick(r, marks), Groups(value, r, MaxGroupsOf(family), minGroups: kind is "equals" or "backslash" ? 3 : 2));
                Add(tally, $"marked-groups {family} × {kind} × {frame}", family, written, frame, r);
            }
        }
        tally.Assert(output, 0.8);
    }

    [Fact]
    public void A_trunk_prefix_in_brackets_after_the_country_code_is_dropped()
    {
        var tally = new Tally();
        (string Name, Func<string, Random, string> Write)[] forms =
        {
            ("886(0)", (n, r) => $"886(0){n}"),
            ("00886(0)", (n, r) => $"00886(0){n[0]} {n.Substring(1, 4)} {n[5..]}"),
            ("+886 (0)", (n, r) => $"+886 (0){n[..3]}-{n[3..6]}-{n[6..]}"),
            ("+886|(0|)", (n, r) => $"+886|(0|){n}"),
            ("886（0）landline", (n, r) => $"886（0）2 {n[1..5]} {n[5..]}"),
        };
        foreach (var (name, write) in forms)
        foreach (var frame in Frames)
        {
            var r = new Random(CaseGenerator.StableSeed($"trunk-in-brackets/{name}/{frame}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                // The national number without its 0: a mobile's nine digits, or a Taipei landline's 2 and eight.
                string national = name.EndsWith("landline", StringComparison.Ordinal) ? "2" + Pick(r, "2", "8") + ValueFamilies.Digits(r, 7) : JoinedPiecesTests.ValueOf("mobile", r)[1..];
                Add(tally, $"trunk-in-brackets {name} × {frame}", "mobile", write(national, r), frame, r);
            }
        }
        tally.Assert(output, 0.9);
    }

    [Fact]
    public void A_card_in_any_grouping_is_found()
    {
        var tally = new Tally();
        (string Name, Func<string, Random, string> Write)[] layouts =
        {
            ("blanks.any-groups", (c, r) => string.Join(Pick(r, " ", "  ", "\u3000"), Groups(c, r, 6))),
            ("blanks.mixed-widths", (c, r) => JoinMixed(Groups(c, r, 5), r, " ", "  ", "\u3000")),
            ("one-digit-group", (c, r) => c[..1] + " " + string.Join(" ", Groups(c[1..], r, 4))),
            ("emoji.any-groups", (c, r) => string.Join(Pick(r, "👉", "❤️", "📞", "🔸", "✨", "😀"), Groups(c, r, 6))),
            ("lookalikes.last-group", (c, r) => $"{c[..4]}  {c[4..8]}  {c[8..12]}  {Lookalikes(c[12..], r)}"),
        };
        foreach (var family in new[] { "visa", "mastercard", "jcb" })
        foreach (var (name, write) in layouts)
        foreach (var frame in Frames)
        {
            var r = new Random(CaseGenerator.StableSeed($"card-any-grouping/{family}/{name}/{frame}"));
            for (int n = 0; n < CasesPerCell; n++)
                Add(tally, $"card-any-grouping {family} × {name} × {frame}", family, write(JoinedPiecesTests.ValueOf(family, r), r), frame, r);
        }
        tally.Assert(output, 0.8);
    }

    [Fact]
    public void Numbers_of_other_things_with_the_same_marks_stay_clean()
    {
        var tally = new Tally();
        var r = new Random(CaseGenerator.StableSeed("marked-groups negatives"));
        for (int n = 0; n < CasesPerCell * 24; n++)
        {
            string emoji = Pick(r, "👉", "❤️", "📞", "🔸", "✨", "😀", "⏰");
            (string cell, string text) = (n % 8) switch
            {
                0 => ("emoji-times", $"集合 {r.Next(6, 12):00}:{r.Next(60):00} {emoji} 出發 {r.Next(12, 18):00}:{r.Next(60):00} {emoji} 回程 {r.Next(18, 23):00}:{r.Next(60):00}"),
                1 => ("emoji-scores", $"比分 {r.Next(10)}{emoji}{r.Next(10)}，上半場 {r.Next(10)}{emoji}{r.Next(10)}，加時 {r.Next(10)}{emoji}{r.Next(10)}"),
                2 => ("emoji-amounts", $"支出 {r.Next(1, 9)},{Digits(r, 3)}{emoji}{r.Next(1, 9)},{Digits(r, 3)}{emoji}{r.Next(1, 9)},{Digits(r, 3)} 元"),
                3 => ("emoji-luhn-failing", GroupsPerCellTests.WrongLuhn(JoinedPiecesTests.ValueOf(Pick(r, "visa", "mastercard", "jcb"), r), r) is var c
                    ? $"代碼 {string.Join(emoji, Groups(c, r, 5))}" : ""),
                4 => ("blanks-luhn-failing", GroupsPerCellTests.WrongLuhn(JoinedPiecesTests.ValueOf(Pick(r, "visa", "mastercard", "jcb"), r), r) is var w
                    ? $"王○明、{string.Join(Pick(r, " ", "  ", "\u3000"), Groups(w, r, 6))}、已通知" : ""),
                5 => ("formula-trunk", $"公式 f(x) = 886(0){r.Next(1, 9)} + {r.Next(10, 99)}，另 886(0)x{Digits(r, 3)}"),
                6 => ("case-number-marks", $"案號 {100 + r.Next(15)}={Pick(r, "偵", "他")}={Digits(r, 4 + r.Next(2))}，卷宗 {r.Next(1, 9)}\\{Digits(r, 3)}\\{Digits(r, 2)}"),
                _ => ("emoji-counts", $"庫存 {r.Next(100, 999)}{emoji}{r.Next(100, 999)}{emoji}{r.Next(10, 99)}{emoji}{r.Next(10, 99)} 件"),
            };
            // A Luhn-failing run is asserted no card: its groups may hold another value's reading (a landline among them).
            bool clean = cell.EndsWith("luhn-failing", StringComparison.Ordinal)
                ? !Scan(text).Any(f => f.Type == EntityTypes.CreditCard)
                : !Scan(text).Any(f => f.Type is EntityTypes.NationalId or EntityTypes.ResidentCertificate or EntityTypes.CreditCard or EntityTypes.PhoneNumber or EntityTypes.LicensePlate);
            tally.Add($"marked-groups negative {cell}", clean);
        }
        tally.Assert(output, floor: 1.0);
    }

    // ---- frames ----

    private static void Add(Tally tally, string cell, string family, string written, string frame, Random r)
    {
        if (frame != "row")
        {
            JoinedPiecesTests.Add(tally, cell, family, written, frame, r);
            return;
        }
        string before = $"{Pick(r, "1. ", "2. ", "")}{Pick(r, "王○明", "陳○玲", "林○豪")}、";
        string text = before + written + Pick(r, "、已通知", "、待查\n", "\n");
        tally.Add(cell, PartsGivenApartTests.Finds(text, before.Length, written.Length, JoinedPiecesTests.TypeOf(family)));
    }

    // ---- values ----

    // An ID's or certificate's letter stays with the digits after it; a phone or card keeps five groups at most.
    private static int MaxGroupsOf(string family) => family is "mobile" or "landline" ? 4 : 5;

    /// <summary>The value cut at random into two to <paramref name="maxGroups"/> groups of any size (1–11), an ID's letter kept with a digit.</summary>
    internal static string[] Groups(string value, Random r, int maxGroups, int minGroups = 2)
    {
        int count = minGroups + r.Next(Math.Max(1, maxGroups - minGroups + 1));
        var cuts = new SortedSet<int>();
        int first = char.IsAsciiLetter(value[0]) ? 2 : 1;
        while (cuts.Count < count - 1) cuts.Add(first + r.Next(value.Length - first));
        var groups = new List<string>();
        int at = 0;
        foreach (int cut in cuts)
        {
            groups.Add(value[at..cut]);
            at = cut;
        }
        groups.Add(value[at..]);
        return groups.ToArray();
    }

    private static string JoinMixed(string[] groups, Random r, params string[] marks)
    {
        var written = new System.Text.StringBuilder(groups[0]);
        for (int i = 1; i < groups.Length; i++) written.Append(Pick(r, marks)).Append(groups[i]);
        return written.ToString();
    }

    // One to three digits of a card's last group typed as the letters OCR and fast typists put for them (S 5, I 1, O o 0).
    private static string Lookalikes(string group, Random r)
    {
        var chars = group.ToCharArray();
        int typed = 0;
        for (int i = 0; i < chars.Length && typed < 3; i++)
        {
            string? letters = chars[i] switch { '5' => "S", '1' => "Il", '0' => "Oo", _ => null };
            if (letters is null || r.Next(3) == 0) continue;
            chars[i] = letters[r.Next(letters.Length)];
            typed++;
        }
        return new string(chars);
    }

    private static string Digits(Random r, int count) => ValueFamilies.Digits(r, count);

    private static T Pick<T>(Random r, params T[] items) => items[r.Next(items.Length)];
}
