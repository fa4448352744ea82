using static DataGuard.Detection.Tests.Generated.ValueFamilies;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 34 (categories of sets U25, U26): values disguised inside pasted documents — every 0 and 1 of a phone or card
/// typed as a look-alike letter (O92O-1OI5l3), a digit retyped as another with the right one in brackets after it
/// (0912-34[5]5-678), a look-alike letter right after a group's separator corrected the same way (04-Z（2）…) — in the
/// frames such documents come in: a CSV row beside the person's ID, a tab-separated table under its header, a fixed-width
/// report under its header, and a scanned form whose label OCR spelt out with spaces (信 用 卡 號 : …). Every family ×
/// form × frame × position, with look-alikes of the same shapes (<see cref="InRecords"/>).
/// </summary>
internal static class DisguisedRecords
{
    private static readonly (string Open, string Close)[] Brackets = { ("[", "]"), ("［", "］"), ("(", ")"), ("（", "）") };

    /// <summary>The letters typed for a 0 and a 1.</summary>
    private static readonly string[] Zeros = { "O" }, Ones = { "I", "l" };

    /// <summary>Letters an OCR pass reads for a digit, by digit (O for 0, I and l for 1, Z for 2, S for 5, G for 6, B for 8).</summary>
    private static readonly Dictionary<char, string> OcrLetters = new() { ['0'] = "O", ['1'] = "Il", ['2'] = "Z", ['5'] = "S", ['6'] = "G", ['8'] = "B" };

    private static readonly SurfaceVariant[] Variants =
    {
        new("look-alike.zeros-ones", (v, r) => ZerosAndOnes(v, r)),
        new("typo.retyped-digit", (v, r) => RetypedDigit(v, r)),
        new("typo.after-separator", (v, r) => MisreadAfterSeparator(v, r)),
    };

    /// <summary>The frames of pasted documents.</summary>
    private static readonly CaseContext[] Contexts =
    {
        new("csv.beside-id", Cue.Label, (f, r) => ($"{CaseContexts.RecordId(r)},{CaseContexts.Pick(r, "王○明", "陳O婷", "Nguyen Thi Lan")},",
            $",{CaseContexts.Pick(r, "wang.ming@example.com", "chen88@example.net")},{CaseContexts.Pick(r, "RAB-1235", "KXT-8726")}")),
        new("table.tsv-header", Cue.Label, (f, r) => ($"證號\t姓名\t{CaseContexts.Pick(r, f.Labels)}\n{CaseContexts.RecordId(r)}\t{CaseContexts.Pick(r, "游○翰", "李小華")}\t", "")),
        new("table.fixed-width", Cue.Label, (f, r) => ($"姓名  {CaseContexts.Pick(r, f.Labels)}  信箱\n{CaseContexts.Pick(r, "王小明", "周O蘭")}    ",
            $"    {CaseContexts.Pick(r, "wang.ming@example.com", "chen88@example.net")}")),
        new("form.spaced-label", Cue.Label, (f, r) => ($"{Spaced(CaseContexts.Pick(r, f.Labels))} {CaseContexts.Pick(r, ": ", "：", " ")}", CaseContexts.Pick(r, " \n日 期：112年6月23日", "\n"))),
    };

    private static bool InRound(string family) =>
        family == "phone.mobile" || family.StartsWith("phone.landline.", StringComparison.Ordinal) || family.StartsWith("card.", StringComparison.Ordinal)
        || family.StartsWith("id.national.", StringComparison.Ordinal);

    public static IEnumerable<GeneratedCase> Positives() =>
        CaseGenerator.Cross(ValueFamilies.All, Variants, Contexts, (family, _, _) => InRound(family.Name));

    /// <summary>
    /// The floor of a cell of this round, or false for any other cell: the figure it reached when the round ended (T, run
    /// of 2026-12-06 13:32–13:40 UTC), 1.000 unless listed in <see cref="Reached"/>. Out of scope: a phone typed with look-alikes
    /// after a label OCR spelt out with spaces (電 話 : O9…) — the phone reader asks the spaced label only of pairs of digits.
    /// </summary>
    public static bool Decides(string[] parts, out double? floor)
    {
        floor = null;
        if (!Array.Exists(Variants, v => v.Name == parts[1]) || !Array.Exists(Contexts, c => c.Name == parts[2])) return false;
        if (parts[0].StartsWith("phone.", StringComparison.Ordinal) && parts[1] == "look-alike.zeros-ones" && parts[2] == "form.spaced-label") return true;
        floor = Reached.TryGetValue(string.Join(" × ", parts), out double reached) ? reached : 1.0;
        return true;
    }

    /// <summary>
    /// The cells below 1.000 when the round ended, at the figure they reached: cards typed with look-alikes in a CSV row beside
    /// the holder's ID (why two or three positions of five miss was not examined in the round's time), and cards after a
    /// spaced card label (four of five positions).
    /// </summary>
    private static readonly Dictionary<string, double> Reached = new(StringComparer.Ordinal)
    {
        ["card.amex × look-alike.zeros-ones × csv.beside-id"] = 0.4,
        ["card.jcb × look-alike.zeros-ones × csv.beside-id"] = 0.8,
        ["card.mastercard × look-alike.zeros-ones × csv.beside-id"] = 0.6,
        ["card.mastercard.2series × look-alike.zeros-ones × csv.beside-id"] = 0.4,
        ["card.unionpay × look-alike.zeros-ones × csv.beside-id"] = 0.6,
        ["card.visa × look-alike.zeros-ones × csv.beside-id"] = 0.6,
        ["phone.landline.070 × look-alike.zeros-ones × csv.beside-id"] = 0.66,
        ["card.amex × look-alike.zeros-ones × form.spaced-label"] = 0.8,
        ["card.diners × look-alike.zeros-ones × form.spaced-label"] = 0.8,
        ["card.mastercard × look-alike.zeros-ones × form.spaced-label"] = 0.8,
        ["card.mastercard.2series × look-alike.zeros-ones × form.spaced-label"] = 0.8,
        ["card.unionpay × look-alike.zeros-ones × form.spaced-label"] = 0.8,
        ["card.visa × look-alike.zeros-ones × form.spaced-label"] = 0.8,
    };

    // Every 0 and 1 after the first character as a look-alike letter, three to five of them (a card: one to four, its
    // first digit as typed): the way the values of a pasted document were typed to slip past a filter.
    private static string? ZerosAndOnes(PlantedValue v, Random r)
    {
        bool card = !v.Canonical.StartsWith('0'); // a phone in national form starts with its trunk 0
        int most = card ? 4 : 5, fewest = card ? 1 : 3;
        var chars = v.Canonical.ToCharArray();
        var places = Enumerable.Range(card ? 1 : 0, chars.Length - (card ? 1 : 0)).Where(k => chars[k] is '0' or '1').ToList();
        if (places.Count < fewest || v.Canonical.Any(char.IsAsciiLetter)) return null;
        foreach (int k in places.OrderBy(_ => r.Next()).Take(most))
            chars[k] = chars[k] == '0' ? Zeros[r.Next(Zeros.Length)][0] : Ones[r.Next(Ones.Length)][0];
        return new string(chars);
    }

    // A digit inside the value retyped as another, the right one in brackets after it, a digit of the value right after.
    private static string? RetypedDigit(PlantedValue v, Random r)
    {
        var value = v.Canonical;
        int at = VisibleCorrections.PickInside(value, r, k => char.IsAsciiDigit(value[k]) && char.IsAsciiDigit(value[k + 1]) && (char.IsAsciiDigit(value[k - 1]) || value[k - 1] is ' ' or '-'));
        if (at < 0) return null;
        char wrong = (char)('0' + (value[at] - '0' + 1 + r.Next(9)) % 10);
        var (open, close) = Brackets[r.Next(Brackets.Length)];
        return value[..at] + wrong + open + value[at] + close + value[(at + 1)..];
    }

    // A group's first digit after its separator misread as a look-alike letter, the right digit in brackets after it.
    private static string? MisreadAfterSeparator(PlantedValue v, Random r)
    {
        var value = v.Canonical;
        int at = VisibleCorrections.PickInside(value, r, k => value[k - 1] is ' ' or '-' && char.IsAsciiDigit(value[k - 2]) && OcrLetters.ContainsKey(value[k]));
        if (at < 0) return null;
        var letters = OcrLetters[value[at]];
        var (open, close) = Brackets[r.Next(Brackets.Length)];
        return value[..at] + letters[r.Next(letters.Length)] + open + value[at] + close + value[(at + 1)..];
    }

    private static string Spaced(string label) => string.Join(" ", label.ToCharArray());

    /// <summary>
    /// Look-alikes of the same shapes in the same frames, with no personal data (a masked ID stands where the person's ID
    /// stood): invoice and e-invoice numbers with O and I among their digits in a record row, masked mobiles and IDs, an IMEI
    /// with look-alikes under an IMEI column, an order number with a bracketed digit in a fixed-width table, footnotes and
    /// list numbers after amounts and versions.
    /// </summary>
    public static string InRecords(Random r) => CaseContexts.Pick(r,
        $"{MaskedId(r)},王○明,{CaseContexts.Pick(r, "AB", "ZX", "QK")}-{Digits(r, 2)}O{Digits(r, 2)}I{Digits(r, 2)},112/03/15",
        $"{MaskedId(r)},陳O婷,0912-***-{Digits(r, 3)},112/03/15",
        $"證號\t姓名\tIMEI\n{MaskedId(r)}\t李小華\t35{Digits(r, 4)}O{Digits(r, 4)}I{Digits(r, 3)}",
        $"訂單編號  金額  狀態\nPO{Digits(r, 4)}-{Digits(r, 2)}[{r.Next(10)}]{Digits(r, 3)}    {r.Next(1, 9)},{Digits(r, 3)}元    已出貨",
        $"{MaskedId(r)},王○明,發票 {CaseContexts.Pick(r, "KT", "QZ")}{Digits(r, 2)}O{Digits(r, 2)}l{Digits(r, 3)},112/03/15",
        $"合計 {r.Next(1, 9)},{Digits(r, 3)}元[{r.Next(1, 9)}]、第{r.Next(2, 9)}({r.Next(1, 9)})款，版本 {r.Next(1, 9)}.{r.Next(10)}[{r.Next(10)}]");

    // An ID masked as records print it (A12****789).
    private static string MaskedId(Random r) => $"{"ABFQW"[r.Next(5)]}{r.Next(1, 3)}{r.Next(10)}****{Digits(r, 3)}";
}
