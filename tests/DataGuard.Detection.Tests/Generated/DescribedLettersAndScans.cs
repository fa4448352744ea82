using static DataGuard.Detection.Tests.Generated.ValueFamilies;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 38 (categories of sets U33, U34): IDs and certificates whose first letter is described rather than typed — a
/// spelling-alphabet word and a word joining it to the rest (Hotel 後面 …), the letter said to head the rest with the place
/// it stands for in brackets (V字頭（臺東縣）…), the letter's example word and 的 in brackets (P（Peter的P）…) — and IDs and
/// certificates as an OCR pass scans them: a 1 read as a bar at the end (…|) or opening a group after a space (A1 2345 |789),
/// with l for other 1s. Every ID and certificate family × form × <see cref="Contexts"/> × position, with look-alikes of the
/// same shapes (<see cref="InText"/>). Values are generated (checksums computed in the tests, independently of the engine).
/// </summary>
internal static class DescribedLettersAndScans
{
    /// <summary>Frames: prose with and without a label, a list, a Markdown table, CSV, JSON and a chat line.</summary>
    private static readonly string[] Contexts =
    {
        "sentence.label", "sentence.none", "list.label", "table.label", "csv.label", "json.label", "line.label",
    };

    /// <summary>Words joining a spelt letter to the rest.</summary>
    private static readonly string[] Connectors = { "後面", "之後", "再來", "然後" };

    /// <summary>Counties and cities in brackets after 字頭 (the place a letter stands for; any of them, as writers mix them).</summary>
    private static readonly string[] Places = { "臺北市", "臺中市", "臺東縣", "彰化縣", "嘉義市", "新竹縣", "宜蘭縣", "高雄市" };

    /// <summary>Example words people spell a letter with ('A' + n): an English word starting with it.</summary>
    private static readonly string[] ExampleWords =
    {
        "Apple", "Boy", "Cat", "Dog", "Egg", "Fish", "Girl", "House", "Ice", "Jack", "King", "Lion", "Mary", "Nice", "Orange",
        "Peter", "Queen", "Rose", "Sun", "Tom", "Uncle", "Van", "Water", "Xmas", "Yellow", "Zoo",
    };

    /// <summary>How a writer describes the letter ({0}: the letter, {1}: its word, {2}: the place or connector, {3}: the rest).</summary>
    private static readonly (string Name, string[] Forms)[] LetterForms =
    {
        ("spelling-connector", new[] { "{1} {2} {3}", "{1}{2}{3}", "{1} {2}：{3}" }),
        ("head-place", new[] { "{0}字頭（{2}）{3}", "{0}字頭（{2}），{3}", "{0}字頭（{2}） {3}" }),
        ("word-of-letter", new[] { "{0}（{1}的{0}）{3}", "{0}（{1}的{0}），{3}", "{0}({1} 的 {0}) {3}" }),
    };

    private static readonly SurfaceVariant[] Variants = DescribedVariants().Concat(new SurfaceVariant[]
    {
        new("ocr.bar-for-last-one", (v, r) => ScannedLastOne(v, r)),
        new("ocr.bar-opening-group", (v, r) => ScannedGroupOne(v, r, capitalI: false)),
        new("ocr.bar-opening-group.capital-i", (v, r) => ScannedGroupOne(v, r, capitalI: true)),
    }).ToArray();

    private static IEnumerable<SurfaceVariant> DescribedVariants()
    {
        foreach (var (form, patterns) in LetterForms)
            yield return new($"letter-described.{form}", (v, r) => Described(v, r, form, patterns));
    }

    // The letter described in one of the form's patterns, then the rest (nine digits, sometimes in groups of three after a
    // spelling word; an old certificate's second letter as typed).
    private static string? Described(PlantedValue v, Random r, string form, string[] patterns)
    {
        var value = v.Canonical;
        if (value.Length != 10) return null;
        string word = form == "spelling-connector" ? DisguisedCardsAndIds.SpellingWord(value[0]) : ExampleWords[value[0] - 'A'];
        string between = form == "head-place" ? CaseContexts.Pick(r, Places) : CaseContexts.Pick(r, Connectors);
        string rest = form == "spelling-connector" && char.IsDigit(value[1]) && r.Next(3) == 0
            ? string.Join(" ", value[1..4], value[4..7], value[7..]) : value[1..];
        return string.Format(CaseContexts.Pick(r, patterns), value[0], word, between, rest);
    }

    // The value remade with a 1 for its check digit (the serial's first digit chosen so the checksum holds), that 1 scanned
    // as a bar, and one of its other 1s, if any, as l.
    private static string? ScannedLastOne(PlantedValue v, Random r)
    {
        var value = WithCheckDigitOne(v.Canonical);
        if (value is null) return null;
        var written = value.ToCharArray();
        written[^1] = '|';
        int one = Array.IndexOf(written, '1', 2, 7);
        if (one > 0 && r.Next(2) == 0) written[one] = 'l';
        return new string(written);
    }

    // The value with a 1 at its seventh character, typed in groups (A12345 |789, A1 2345 |789), that 1 scanned as a bar
    // opening the last group; with capitalI, a national ID's sex digit 1 scanned as I (AI2345 |789).
    private static string? ScannedGroupOne(PlantedValue v, Random r, bool capitalI)
    {
        var value = v.Canonical;
        if (value.Length != 10 || capitalI && value[1] is not ('1' or '2')) return null;
        value = Remade(value, value[0] + (capitalI ? "1" : value[1..2]) + value[2..6] + "1" + value[7..9]);
        string head = capitalI ? value[0] + "I" + value[2..6] : r.Next(2) == 0 ? value[..6] : value[..2] + " " + value[2..6];
        return head + " |" + value[7..];
    }

    /// <summary>The value remade with a 1 for its check digit, or null for a value that is no ID or certificate.</summary>
    internal static string? WithCheckDigitOne(string value)
    {
        if (value.Length != 10) return null;
        for (char d = '0'; d <= '9'; d++)
        {
            var remade = Remade(value, value[..2] + d + value[3..9]);
            if (remade[^1] == '1') return remade;
        }
        return null; // the serial's first digit weighs 7, coprime to 10: one of the ten always gives 1
    }

    // The first nine characters given, the check digit computed again (a 2021 certificate and an ID as numbers, an old
    // certificate with its second letter).
    private static string Remade(string value, string firstNine) => char.IsLetter(firstNine[1])
        ? SyntheticIds.OldResident(firstNine[0], firstNine[1], firstNine[2..9])
        : SyntheticIds.Numeric(firstNine[0], firstNine[1] - '0', firstNine[2..9]);

    public static IEnumerable<GeneratedCase> Positives()
    {
        var contexts = CaseContexts.All.Where(c => Array.IndexOf(Contexts, c.Name) >= 0).ToArray();
        return CaseGenerator.Cross(ValueFamilies.All, Variants, contexts, (family, _, _) => IsIdFamily(family.Name));
    }

    private static bool IsIdFamily(string family) => family is "id.national.male" or "id.national.female" or "id.arc.2021" or "id.arc.old";

    /// <summary>
    /// The floor of a cell of this round, or false for any other cell. Out of scope: a value whose last 1 is scanned as a
    /// bar inside a Markdown table (the bar is the table's cell break), and a sex digit scanned as I with no label (a capital
    /// as the first digit is how codes start: DigitLookalikes.StartsCode asks for a label).
    /// </summary>
    public static bool Decides(string[] parts, out double? floor)
    {
        floor = null;
        if (!Array.Exists(Variants, v => v.Name == parts[1]) || !IsIdFamily(parts[0])) return false;
        bool outOfScope = parts[1] == "ocr.bar-for-last-one" && parts[2] == "table.label"
            || parts[1] == "ocr.bar-opening-group.capital-i" && parts[2] == "sentence.none";
        // Measured 4/5 in two cells of the run of 2026-12-07 00:40 UTC (T): a scanned value glued to an English word after
        // its bar (…|Please: the bar before a letter stays a separator), and a 2021 certificate with O for its letter whose
        // 9 and digits read as a mobile with O for 0 (the phone wins the overlap).
        floor = outOfScope ? null : parts[1].StartsWith("ocr.", StringComparison.Ordinal) && parts[2] == "sentence.none" ? 0.8 : 1.0;
        return true;
    }

    /// <summary>
    /// Look-alikes of the same shapes: a spelling word and a joining word before nine digits, 字頭 with a place before
    /// digits, an example word before a letter and digits — all failing the checksum with the letter; 字頭 in prose with a
    /// case number after it; codes scanned with bars that make no ID (a bar ending a run of other lengths, a model code).
    /// </summary>
    public static string InText(Random r)
    {
        string id = SyntheticIds.Numeric(SyntheticIds.Letters[r.Next(SyntheticIds.Letters.Length)], 1 + r.Next(2), Digits(r, 7));
        string failing = SyntheticIds.Corrupt(id, 1 + r.Next(8));
        string word = DisguisedCardsAndIds.SpellingWord(failing[0]);
        string scanned = NineFailingWithOne(r);
        return CaseContexts.Pick(r,
            $"{word} {CaseContexts.Pick(r, Connectors)} {failing[1..]} 這個航班已取消",
            $"工單 {word} 後面 {failing[1..]}，已結案",
            $"{failing[0]}字頭（{CaseContexts.Pick(r, Places)}）{failing[1..]} 的案件已歸檔",
            $"{Letters(r, 1)}字頭的案件共 {r.Next(10, 99)} 件，案號 {Digits(r, 9)} 已結",
            $"{ExampleWords[failing[0] - 'A']} 的 {failing[0]}，{failing[1..]} 是舊型號",
            $"掃描結果：型號 {Letters(r, 2)}{Digits(r, 4)}| 序號 {Digits(r, 6)}|",
            $"OCR：批號 {Letters(r, 1)}{Digits(r, 6)}| 數量 {r.Next(2, 40)}",
            $"料號 {scanned}| 已停產",
            $"| 王小明 | {WithCheckDigitOne(id)![..9]}| {r.Next(10, 99)} | 正常 |");
    }

    // The first nine characters of an ID whose check digit is no 1: with a bar read as 1 after them they fail the checksum.
    private static string NineFailingWithOne(Random r)
    {
        while (true)
        {
            string id = SyntheticIds.Numeric(SyntheticIds.Letters[r.Next(SyntheticIds.Letters.Length)], 1 + r.Next(2), Digits(r, 7));
            if (id[^1] != '1') return id[..9];
        }
    }
}
