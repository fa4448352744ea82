using static DataGuard.Detection.Tests.Generated.ValueFamilies;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 36 (categories of sets U29, U30): cards, IDs and certificates as staff disguise them to get them past a filter —
/// a card's printed groups joined by one odd mark (📞, ✅, _), a card's 1 typed as a bar at the edge of a group
/// (4539 |997 …), an ID's letter said to head it (X 字頭 …) or set apart by a bar (E|224…). A last digit
/// corrected after the value is det-sound36's (<c>SoundsPiecesCorrectionsTests</c>), a value written backwards
/// det-pieces37's. Every checksummed family × form × <see cref="Contexts"/> × position, with look-alikes of the same
/// shapes (<see cref="InText"/>). Values are generated (checksums computed in the tests, independently of the engine).
/// </summary>
internal static class DisguisedCardsAndIds
{
    /// <summary>Frames: prose with and without a label, a list, a Markdown table, CSV, JSON and a chat line.</summary>
    private static readonly string[] Contexts =
    {
        "sentence.label", "sentence.none", "list.label", "table.label", "csv.label", "json.label", "line.label",
    };

    /// <summary>Marks typed between a card's printed groups, one per card.</summary>
    private static readonly string[] OddMarks = { "_", "📞", "✅", "🔹", "⭐", "＊" };

    /// <summary>How a writer says the letter heads the digits ({0}: the letter, {1}: the nine digits).</summary>
    private static readonly string[] HeadForms = { "{0} 字頭 {1}", "{0}字頭，{1}", "「{0}」字頭 {1}" };

    private static readonly SurfaceVariant[] Round36Variants =
    {
        new("sep.odd-mark-in-card-groups", (v, r) => v.Groups.Length > 1 ? string.Join(CaseContexts.Pick(r, OddMarks), v.Groups) : null),
        new("look-alike.bar-at-group-edge", (v, r) => BarAtGroupEdge(v, r)),
        new("letter.head-word", (v, r) => HeadWord(v, r)),
        new("sep.bar-after-letter", (v, _) => v.Canonical.Length == 10 ? v.Canonical[0] + "|" + v.Canonical[1..] : null),
    };

    /// <summary>
    /// Round 37 (categories of sets U31, U32): how a writer gives an ID's or certificate's first letter apart from the rest
    /// ({0}: the letter, or its spelling-alphabet word; {1}: the rest) — said to head it, marked as a capital, spelt.
    /// </summary>
    private static readonly (string Name, string[] Forms)[] LetterForms =
    {
        ("head", new[] { "{0} 字頭，{1}", "{0}字頭 {1}", "{0} 頭，後面 {1}", "{0}開頭 {1}" }),
        ("capital", new[] { "{0}（大寫）{1}", "{0}(大寫){1}" }),
        ("spelling", new[] { "{0}，{1}", "{0} {1}", "{0}: {1}" }),
    };

    /// <summary>Round 37 (categories of sets U31, U32): the digits of the rest — as typed, in one numeral set, or mixed.</summary>
    private static readonly (string Name, Func<char, Random, string> Digit)[] DigitForms =
    {
        ("ascii", (d, _) => d.ToString()),
        ("chinese", (d, _) => SurfaceVariants.ChineseDigits[d - '0'].ToString()),
        ("financial", (d, _) => SurfaceVariants.FinancialDigits[d - '0'].ToString()),
        ("radio", (d, _) => SurfaceVariants.RadioDigits[d - '0'].ToString()),
        ("mixed", (d, r) => r.Next(2) == 0 ? d.ToString() : SurfaceVariants.ChineseDigits[d - '0'].ToString()),
    };

    /// <summary>The spelling-alphabet words officers write for letters ('A' + n), title case as written in prose.</summary>
    private static readonly string[] SpellingWords =
    {
        "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet", "Kilo", "Lima", "Mike",
        "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango", "Uniform", "Victor", "Whiskey", "X-ray", "Yankee", "Zulu",
    };

    /// <summary>The spelling-alphabet word of <paramref name="letter"/> (Round 38, <c>DescribedLettersAndScans</c>).</summary>
    internal static string SpellingWord(char letter) => SpellingWords[letter - 'A'];

    // Declared after the tables LetterApartVariants reads: static fields are initialised in order.
    private static readonly SurfaceVariant[] Variants = Round36Variants.Concat(LetterApartVariants()).ToArray();

    // Round 37 (categories of sets U31, U32): every letter form × digit form, named letter-apart.<form>.<digits>.
    private static IEnumerable<SurfaceVariant> LetterApartVariants()
    {
        foreach (var (form, patterns) in LetterForms)
        foreach (var (digits, write) in DigitForms)
            yield return new($"letter-apart.{form}.{digits}", (v, r) => LetterApart(v, r, form, patterns, write));
    }

    // The letter (or its word) in one of the form's patterns, then the rest with its digits written in the digit form (an
    // old certificate's second letter as typed).
    private static string? LetterApart(PlantedValue v, Random r, string form, string[] patterns, Func<char, Random, string> digit)
    {
        var value = v.Canonical;
        if (value.Length != 10) return null;
        string letter = form == "spelling" ? SpellingWords[value[0] - 'A'] : value[0].ToString();
        string rest = string.Concat(value[1..].Select(c => char.IsDigit(c) ? digit(c, r) : c.ToString()));
        return string.Format(CaseContexts.Pick(r, patterns), letter, rest);
    }

    public static IEnumerable<GeneratedCase> Positives()
    {
        var contexts = CaseContexts.All.Where(c => Array.IndexOf(Contexts, c.Name) >= 0).ToArray();
        return CaseGenerator.Cross(ValueFamilies.All, Variants, contexts, (family, variant, _) => Applies(family.Name, variant.Name));
    }

    private static bool Applies(string family, string variant) => variant switch
    {
        "sep.odd-mark-in-card-groups" => family.StartsWith("card.", StringComparison.Ordinal),
        "look-alike.bar-at-group-edge" => family.StartsWith("card.", StringComparison.Ordinal),
        "letter.head-word" => family is "id.national.male" or "id.national.female" or "id.arc.2021",
        _ when variant.StartsWith("letter-apart.", StringComparison.Ordinal) => family is "id.national.male" or "id.national.female" or "id.arc.2021" or "id.arc.old",
        _ => family.StartsWith("id.", StringComparison.Ordinal),
    };

    /// <summary>
    /// The floor of a cell of this round, or false for any other cell: 1.000, reached by every in-scope cell in the run of
    /// 2026-12-06 19:30–19:41 UTC (T). Out of scope: a card with a bar for a 1 and no card word (a look-alike stays a rare
    /// form, 0.45, by design).
    /// </summary>
    public static bool Decides(string[] parts, out double? floor)
    {
        floor = null;
        if (!Array.Exists(Variants, v => v.Name == parts[1]) || !Applies(parts[0], parts[1])) return false;
        // Round 37: a spelling-alphabet word before nine digits needs an ID word around it (a ticket's digits follow one too).
        bool outOfScope = parts[1] == "look-alike.bar-at-group-edge" && parts[2] == "sentence.none"
            || parts[1].StartsWith("letter-apart.spelling.", StringComparison.Ordinal) && parts[2] == "sentence.none";
        floor = outOfScope ? null : 1.0;
        return true;
    }

    // A 16-digit card in four groups: a middle group made to start or end with 1 (the check digit computed again), that 1
    // typed as a bar on the side away from the space.
    private static string? BarAtGroupEdge(PlantedValue v, Random r)
    {
        if (v.Groups.Length != 4 || v.Groups.Any(g => g.Length != 4)) return null;
        var digits = string.Concat(v.Groups).ToCharArray();
        int group = 1 + r.Next(2);
        bool opens = r.Next(2) == 0;
        int at = group * 4 + (opens ? 0 : 3);
        digits[at] = '1';
        var body = new string(digits, 0, 15);
        var card = body + LuhnDigit(body);
        var written = card.ToCharArray().Select(c => c.ToString()).ToArray();
        written[at] = "|";
        var joined = string.Concat(written);
        return string.Join(" ", joined[..4], joined[4..8], joined[8..12], joined[12..]);
    }

    private static string? HeadWord(PlantedValue v, Random r)
    {
        var value = v.Canonical;
        return value.Length == 10 ? string.Format(CaseContexts.Pick(r, HeadForms), value[0], value[1..]) : null;
    }

    /// <summary>
    /// Look-alikes of the same shapes: order and tracking numbers with a correction after them that no issuer or checksum
    /// takes, sixteen digits in four groups joined by odd marks that fail Luhn, IMEIs after their label, a card's bar shape
    /// that fails Luhn, 字頭 before nine digits whose checksum fails, and a key's value starting with 40 in a log line.
    /// </summary>
    public static string InText(Random r)
    {
        string failingCard = FailingLuhn("4" + Digits(r, 14));
        string id = SyntheticIds.Numeric(SyntheticIds.Letters[r.Next(SyntheticIds.Letters.Length)], 1 + r.Next(2), Digits(r, 7));
        string failingId = SyntheticIds.Corrupt(id, 1 + r.Next(8));
        string mark = CaseContexts.Pick(r, OddMarks);
        return CaseContexts.Pick(r,
            $"訂單編號 {"9" + Digits(r, 15)} 更正：尾數{r.Next(10)}，已出貨",
            $"貨運單號 {Grouped("1" + Digits(r, 15), " ")} 不對，最後是 {r.Next(10)}",
            $"卡號 {Grouped(failingCard, " ")} 更正：尾數{failingCard[^1]}",
            $"料號 {failingId}（打錯，末碼是{failingId[^1]}）",
            $"物流追蹤 {Grouped("8" + Digits(r, 15), mark)} 已送達",
            $"條碼 {Grouped(failingCard, mark)}",
            $"IMEI：{Imei(r)}，手機已送修",
            $"發票 {Letters(r, 2)}-{Digits(r, 8)}，統編 {Digits(r, 8)}",
            $"帳號 {Digits(r, 3)}-{Digits(r, 2)}-{Digits(r, 6)}-{r.Next(10)} 更正：尾數{r.Next(10)}",
            $"表格欄位 | {Digits(r, 4)} |{Digits(r, 3)} | {Digits(r, 4)} |",
            $"{failingId[0]} 字頭 {failingId[1..]} 的案件已歸檔",
            $"A 字頭的車牌 {r.Next(10, 99)} 輛，B 字頭 {r.Next(10, 99)} 輛",
            $"{Timestamp(r)} INFO [svc] size={"40" + Digits(r, 2)} qty={FailingLuhn("40" + Digits(r, 13))} status=200");
    }

    /// <summary>
    /// Round 37 (categories of sets U31, U32): look-alikes of a letter given apart — a letter said to head nine digits that
    /// fail the checksum (in any digits), 字頭 and 開頭 in sentences about plates and models, a capital marked in a password
    /// rule, spelling-alphabet words before ticket, flight and case numbers, and 那個 before a model code — their digits failing
    /// the checksum with the letter (a letter, a hyphen or a spelling word and nine digits that pass it are an ID's shape, read
    /// by the chain reader too); and a spelling word opening a flight field before random digits (a checksum that passes
    /// there is reported by design, about one line in twenty-five of that shape).
    /// </summary>
    public static string LetterApartInText(Random r)
    {
        string id = SyntheticIds.Numeric(SyntheticIds.Letters[r.Next(SyntheticIds.Letters.Length)], 1 + r.Next(2), Digits(r, 7));
        string failing = SyntheticIds.Corrupt(id, 1 + r.Next(8));
        string inChinese = string.Concat(failing[1..].Select(c => SurfaceVariants.ChineseDigits[c - '0'].ToString()));
        string word = SpellingWords[r.Next(SpellingWords.Length)];
        return CaseContexts.Pick(r,
            $"{failing[0]} 字頭，{inChinese} 這批貨已退回",
            $"{failing[0]} 頭，後面 {failing[1..]} 的料號請更新",
            $"{failing[0]}（大寫）{inChinese}，這是新密碼規則的範例",
            $"型號 {Letters(r, 1)}開頭 {r.Next(100, 999)} 系列停產，{Letters(r, 1)} 字頭的車牌 {r.Next(10, 99)} 輛",
            $"工單 {word}，{failing[1..]} 已結案",
            $"{word} {failing[1..]} 航班延誤，請改簽",
            $"案號 {word}: {failing[1..]}，承辦人外出",
            $"就是那個{failing[0]}－{failing[1..]} 的型號，庫存不足",
            $"航班：{word}，{Digits(r, 9)}，登機門 {r.Next(1, 40)}");
    }

    private static string FailingLuhn(string body)
    {
        char right = LuhnDigit(body);
        return body + (char)('0' + (right - '0' + 1) % 10);
    }

    // A handset's IMEI: fourteen digits and its Luhn digit (it passes by design), after its label.
    private static string Imei(Random r)
    {
        string body = "35" + Digits(r, 12);
        return body + LuhnDigit(body);
    }

    private static string Grouped(string digits, string mark) =>
        string.Join(mark, Enumerable.Range(0, (digits.Length + 3) / 4).Select(k => digits.Substring(k * 4, Math.Min(4, digits.Length - k * 4))));

    private static string Timestamp(Random r) => $"2024-{r.Next(1, 13):00}-{r.Next(1, 29):00} {r.Next(0, 24):00}:{r.Next(0, 60):00}:{r.Next(0, 60):00}";
}
