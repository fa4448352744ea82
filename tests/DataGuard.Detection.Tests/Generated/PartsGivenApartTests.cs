using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 28 (sets U15, U16)": IDs, certificates and cards given in parts to get past a filter — nine digits with
/// the letter stated apart, halves typed into two table cells under a header naming the parts, a card given tail first —
/// family × form × frame × position, each cell with its floor, and hard negatives of the same shapes. Values are built
/// here with their check digits (<see cref="SyntheticIds"/>, <see cref="ValueFamilies.LuhnDigit"/>); the output lists
/// cell names and counts only.
/// </summary>
public sealed class PartsGivenApartTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 24;

    private static readonly string[] IdFamilies = { "id", "arc-2021", "arc-old" };
    private static readonly string[] CardFamilies = { "visa", "mastercard", "jcb", "amex", "diners" };

    // ---- the letter stated apart ----

    private static readonly string[] LetterWords = { "字母是", "英文字母是", "英文字是", "字母：", "字母為", "英文字母 " };
    private static readonly string[] DigitWords = { "身分證數字是", "身分證號碼的數字是", "證號數字", "居留證號碼數字是", "統一證號的數字為", "身分證字號數字是" };
    private static readonly string[] Between = { "，", "、", "；", " ", "。", "，然後" };

    /// <summary>The frames a writer puts the sentence in: a sentence, a chat line, a JSON value, a table cell, a quoted reply.</summary>
    private static readonly (string Name, string Before, string After)[] Frames =
    {
        ("sentence", "", "，這樣寫應該就不會被擋了吧"),
        ("sentence.end", "補充：", ""),
        ("line-chat", "[21:07] 阿明: ", " 記一下"),
        ("json", "{\"note\":\"", "\",\"status\":\"待查\"}"),
        ("table-cell", "| 備註 |\n|---|\n| ", " |"),
        ("reply", "答：", "（受詢問人口述）"),
    };

    [Fact]
    public void Nine_digits_with_their_letter_stated_apart_are_found()
    {
        var tally = new CellTally();
        foreach (var family in IdFamilies.Where(f => f != "arc-old"))
        foreach (var order in new[] { "digits-first", "letter-first" })
        foreach (var frame in Frames)
        {
            var r = new Random(CaseGenerator.StableSeed($"{family}/{order}/{frame.Name}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = IdOf(family, r), digits = Grouped(value[1..], r);
                string letter = r.Next(4) == 0 ? ((char)(value[0] - 'A' + 'Ａ')).ToString() : value[0].ToString();
                string digitPart = Pick(r, DigitWords) + digits, letterPart = Pick(r, LetterWords) + letter;
                string sentence = order == "digits-first" ? digitPart + Pick(r, Between) + letterPart : letterPart + Pick(r, Between) + digitPart;
                string text = frame.Before + sentence + frame.After;
                tally.Add($"stated-letter {family} × {order} × {frame.Name}", Finds(text, text.IndexOf(digits, StringComparison.Ordinal), digits.Length, TypeOf(family)));
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    [Fact]
    public void A_letter_stated_near_digits_that_make_no_id_is_not_one()
    {
        var tally = new CellTally();
        var r = new Random(CaseGenerator.StableSeed("stated-letter negatives"));
        for (int n = 0; n < CasesPerCell * 6; n++)
        {
            string value = IdOf(Pick(r, "id", "arc-2021"), r);
            // A wrong check digit under an ID word; a valid one with no ID word (a form's grade and a case number); eight or
            // ten digits.
            (string cell, string text) = (n % 4) switch
            {
                0 => ("wrong-check", Pick(r, DigitWords) + SyntheticIds.Corrupt(value, r.Next(9))[1..] + "，" + Pick(r, LetterWords) + value[0]),
                1 => ("no-id-word", "案件編號數字是" + value[1..] + "，等級字母是" + value[0]),
                2 => ("eight-digits", Pick(r, DigitWords) + value[1..9] + "，" + Pick(r, LetterWords) + value[0]),
                _ => ("ten-digits", Pick(r, LetterWords) + value[0] + "，" + Pick(r, DigitWords) + value[1..] + r.Next(10)),
            };
            tally.Add($"stated-letter negative {cell}", !Scan(text).Any(f => f.Type is EntityTypes.NationalId or EntityTypes.ResidentCertificate));
        }
        tally.Assert(output, floor: 1.0);
    }

    // ---- halves in two table cells ----

    private static readonly (string First, string Second)[] PartHeaders =
    {
        ("號碼(前段)", "號碼(後段)"), ("前半", "後半"), ("卡號前段", "卡號後段"), ("證號第一段", "證號第二段"), ("前半部", "後半部"), ("第1段", "第2段"),
    };

    /// <summary>Cell delimiters with how a row is opened and closed: Markdown, full-width bars, tab, CSV with commas or semicolons.</summary>
    private static readonly (string Name, string Open, string Bar, string Close, bool Markdown)[] Delimiters =
    {
        ("markdown", "| ", " | ", " |", true), ("markdown.tight", "|", "|", "|", true), ("fullwidth-bar", "", "｜", "", false),
        ("tab", "", "\t", "", false), ("csv", "", ",", "", false), ("csv.semicolon", "", ";", "", false),
    };

    [Fact]
    public void Halves_in_two_cells_under_a_header_naming_the_parts_are_found()
    {
        var tally = new CellTally();
        foreach (var family in IdFamilies.Concat(CardFamilies))
        foreach (var delimiter in Delimiters)
        foreach (var row in new[] { "first-row", "middle-row", "last-row" })
        {
            var r = new Random(CaseGenerator.StableSeed($"{family}/{delimiter.Name}/{row}"));
            for (int n = 0; n < CasesPerCell / 2; n++)
            {
                string value = IsCard(family) ? CardOf(family, r) : IdOf(family, r);
                int cut = IsCard(family) ? 4 + r.Next(value.Length - 7) : (char.IsAsciiLetter(value[1]) ? 2 : 1) + r.Next(6);
                string first = IsCard(family) ? Grouped(value[..cut], r) : value[..cut], second = IsCard(family) ? Grouped(value[cut..], r) : value[cut..];
                var (h1, h2) = Pick(r, PartHeaders);
                string Row(params string[] cells) => delimiter.Open + string.Join(delimiter.Bar, cells) + delimiter.Close + "\n";
                string text = Row("姓名", h1, h2) + (delimiter.Markdown ? Row("---", "---", "---") : "");
                // Neighbouring rows: a mobile cut in two, a name with a dash, the value's row first, in the middle or last.
                string planted = Row("王小明", first, second);
                string[] others = { Row("李大同", "09" + ValueFamilies.Digits(r, 4), ValueFamilies.Digits(r, 4)), Row("陳美", "—", "—") };
                text += row switch
                {
                    "first-row" => planted + others[0] + others[1],
                    "middle-row" => others[0] + planted + others[1],
                    _ => others[0] + others[1] + planted,
                };
                int at = text.IndexOf(planted, StringComparison.Ordinal) + planted.IndexOf(first, StringComparison.Ordinal);
                tally.Add($"cells {family} × {delimiter.Name} × {row}", Finds(text, at, planted.Length - planted.IndexOf(first, StringComparison.Ordinal) - 2, TypeOf(family)));
            }
        }
        // 1,727 of 1,728 on the branch that added the cells (one Diners number in a tight Markdown row); 0 of the cards and
        // IDs before it.
        tally.Assert(output, floor: 0.9);
    }

    [Fact]
    public void Two_cells_that_make_no_value_or_have_no_part_header_are_not_joined()
    {
        var tally = new CellTally();
        var r = new Random(CaseGenerator.StableSeed("cells negatives"));
        foreach (var delimiter in Delimiters)
        {
            for (int n = 0; n < CasesPerCell; n++)
            {
                string Row(params string[] cells) => delimiter.Open + string.Join(delimiter.Bar, cells) + delimiter.Close + "\n";
                string header = Row("姓名", "號碼(前段)", "號碼(後段)") + (delimiter.Markdown ? Row("---", "---", "---") : "");
                string id = IdOf(Pick(r, "id", "arc-2021"), r), card = CardOf(Pick(r, CardFamilies), r);
                // Wrong check digits under the part header; a valid ID's letter and digits under ordinary columns (a grade and a
                // serial number); eight and eight digits that make no card.
                string wrongId = SyntheticIds.Corrupt(id, r.Next(9)), wrongCard = card[..^1] + (char)('0' + (card[^1] - '0' + 1 + r.Next(9)) % 10);
                tally.Add("cells negative wrong-check-id", !Joined(header + Row("王小明", wrongId[..1], wrongId[1..])));
                tally.Add("cells negative wrong-luhn-card", !Joined(header + Row("王小明", wrongCard[..8], wrongCard[8..])));
                string plain = Row("項目", "等級", "序號") + (delimiter.Markdown ? Row("---", "---", "---") : "");
                // Not a tab: a lone letter, a tab and nine digits are read as one ID by the chain reader before this round (a
                // scanned form's gap), a reading left as it was (Detection README, round 20, det-ids29).
                if (delimiter.Name != "tab") tally.Add($"cells negative no-part-header × {delimiter.Name}", !Joined(plain + Row("貨品", id[..1], id[1..])));
            }
        }
        tally.Assert(output, floor: 1.0);

        static bool Joined(string text) => Scan(text).Any(f => f.Type is EntityTypes.NationalId or EntityTypes.ResidentCertificate or EntityTypes.CreditCard);
    }

    // ---- a card given tail first ----

    private static readonly string[] TailWords = { "末四碼", "末4碼", "後四碼是", "後4碼：", "最後四碼", "最後4位", "尾數四碼" };

    [Fact]
    public void A_card_given_tail_first_is_found()
    {
        var tally = new CellTally();
        foreach (var family in CardFamilies)
        foreach (var frame in Frames)
        {
            var r = new Random(CaseGenerator.StableSeed($"tail-first/{family}/{frame.Name}"));
            for (int n = 0; n < CasesPerCell / 2; n++)
            {
                string card = CardOf(family, r), front = Grouped(card[..^4], r);
                int count = card.Length - 4 + (r.Next(3) == 0 ? r.Next(3) - 1 : 0); // writers miscount now and then
                string frontWords = Pick(r, $"前面{count}碼是", $"前{count}碼", "前段是", $"前面{count}碼：", "前面是");
                string text = frame.Before + Pick(r, "卡號先給你", "卡號", "信用卡", "") + Pick(r, TailWords) + card[^4..] + Pick(r, "，", "；", " ", "，然後") + frontWords + front + frame.After;
                tally.Add($"tail-first {family} × {frame.Name}", Finds(text, text.IndexOf(card[^4..], StringComparison.Ordinal), 4, EntityTypes.CreditCard));
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    [Fact]
    public void A_tail_and_a_front_that_make_no_card_are_not_one()
    {
        var tally = new CellTally();
        var r = new Random(CaseGenerator.StableSeed("tail-first negatives"));
        for (int n = 0; n < CasesPerCell * 4; n++)
        {
            string card = CardOf(Pick(r, CardFamilies), r);
            string wrong = card[..^1] + (char)('0' + (card[^1] - '0' + 1 + r.Next(9)) % 10);
            tally.Add("tail-first negative wrong-luhn", !Scan($"卡號{Pick(r, TailWords)}{wrong[^4..]}，前面{wrong.Length - 4}碼是{wrong[..^4]}").Any(f => f.Type == EntityTypes.CreditCard));
        }
        tally.Assert(output, floor: 1.0);
    }

    // ---- a 2021 certificate with B typed for its 8 ----

    private static readonly Dictionary<char, string> DigitLetters = new() { ['5'] = "S", ['2'] = "Z", ['0'] = "O", ['1'] = "I" };

    [Fact]
    public void A_2021_certificate_with_B_for_its_8_and_another_look_alike_is_found()
    {
        var tally = new CellTally();
        foreach (var frame in Frames)
        foreach (var label in new[] { "新式統一證號", "居留證 ", "" })
        {
            var r = new Random(CaseGenerator.StableSeed($"b-for-8/{frame.Name}/{label}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value;
                do value = SyntheticIds.Numeric(SyntheticIds.Letters[r.Next(22)], 8, ValueFamilies.Digits(r, 7));
                while (!value[2..].Any(DigitLetters.ContainsKey));
                var places = Enumerable.Range(2, 8).Where(i => DigitLetters.ContainsKey(value[i])).ToList();
                int place = places[r.Next(places.Count)];
                string typed = value[0] + "B" + value[2..place] + DigitLetters[value[place]] + value[(place + 1)..];
                string text = frame.Before + Pick(r, "王小明，", "阮氏秋 ", "當事人：") + label + typed + frame.After;
                tally.Add($"b-for-8 × {frame.Name} × {(label.Length > 0 ? "label" : "none")}", Finds(text, text.IndexOf(typed, StringComparison.Ordinal), 10, EntityTypes.ResidentCertificate));
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    [Fact]
    public void Two_letters_and_eight_digits_with_no_other_look_alike_and_no_label_stay_an_invoice_number()
    {
        var tally = new CellTally();
        var r = new Random(CaseGenerator.StableSeed("b-for-8 negatives"));
        for (int n = 0; n < CasesPerCell * 4; n++)
        {
            // Valid only as a 2021 certificate with B for 8: e-invoice numbers start so (two capitals, eight digits).
            string value = SyntheticIds.Numeric(SyntheticIds.Letters[r.Next(22)], 8, ValueFamilies.Digits(r, 7));
            string typed = value[0] + "B" + value[2..];
            string text = Pick(r, "發票號碼 ", "統一發票", "載具 ", "訂單 ", "收據：", "") + typed + Pick(r, "，金額 350 元", "", " 已開立");
            tally.Add("b-for-8 negative invoice", !Scan(text).Any(f => f.Type == EntityTypes.ResidentCertificate));
        }
        tally.Assert(output, floor: 1.0);
    }

    // ---- values and helpers ----

    private static bool IsCard(string family) => Array.IndexOf(CardFamilies, family) >= 0;

    private static string TypeOf(string family) =>
        IsCard(family) ? EntityTypes.CreditCard : family == "id" ? EntityTypes.NationalId : EntityTypes.ResidentCertificate;

    internal static string IdOf(string family, Random r)
    {
        char letter = SyntheticIds.Letters[r.Next(22)];
        string serial = ValueFamilies.Digits(r, 7);
        return family switch
        {
            "id" => SyntheticIds.Numeric(letter, 1 + r.Next(2), serial),
            "arc-2021" => SyntheticIds.Numeric(letter, 8 + r.Next(2), serial),
            _ => SyntheticIds.OldResident(letter, "ABCD"[r.Next(4)], serial),
        };
    }

    internal static string CardOf(string family, Random r)
    {
        var (prefix, length) = family switch
        {
            "visa" => ("4", 16),
            "mastercard" => ("5" + (1 + r.Next(5)), 16),
            "jcb" => ("35" + (28 + r.Next(60)), 16),
            "amex" => (r.Next(2) == 0 ? "34" : "37", 15),
            _ => ("36", 14),
        };
        string body = prefix + ValueFamilies.Digits(r, length - 1 - prefix.Length);
        return body + ValueFamilies.LuhnDigit(body);
    }

    // Digits joined, spaced in fours or threes, or hyphenated.
    private static string Grouped(string digits, Random r)
    {
        int size = r.Next(4) switch { 0 => digits.Length, 1 => 4, 2 => 3, _ => 4 };
        string separator = r.Next(3) == 0 ? "-" : " ";
        if (size >= digits.Length) return digits;
        return string.Join(separator, Enumerable.Range(0, (digits.Length + size - 1) / size).Select(i => digits.Substring(i * size, Math.Min(size, digits.Length - i * size))));
    }

    private static T Pick<T>(Random r, params T[] items) => items[r.Next(items.Length)];

    internal static bool Finds(string text, int start, int length, string type) =>
        start >= 0 && Scan(text).Any(f => f.Type == type && f.Start < start + length && start < f.Start + f.Length);

    internal sealed class CellTally
    {
        private readonly SortedDictionary<string, (int Found, int Cases)> _cells = new(StringComparer.Ordinal);

        /// <summary>Every cell with its figure, for generators that hold cells at floors of their own.</summary>
        public IReadOnlyDictionary<string, (int Found, int Cases)> Cells => _cells;

        public void Add(string cell, bool found)
        {
            _cells.TryGetValue(cell, out var t);
            _cells[cell] = (t.Found + (found ? 1 : 0), t.Cases + 1);
        }

        /// <summary>Each cell at or above its own floor (<paramref name="floorOf"/>), every cell and the total printed.</summary>
        public void Assert(ITestOutputHelper output, Func<string, double> floorOf)
        {
            foreach (var c in _cells) output.WriteLine($"cell {c.Key}: {c.Value.Found}/{c.Value.Cases}");
            output.WriteLine($"all: {_cells.Values.Sum(c => c.Found)}/{_cells.Values.Sum(c => c.Cases)}");
            var holes = _cells.Where(c => (double)c.Value.Found / c.Value.Cases < floorOf(c.Key) - 1e-9).Select(c => $"{c.Key}: {c.Value.Found}/{c.Value.Cases}").ToList();
            foreach (var hole in holes) output.WriteLine("below floor " + hole);
            Xunit.Assert.True(holes.Count == 0, $"{holes.Count} cells below their floor; the first: {(holes.Count > 0 ? holes[0] : "")}");
        }

        public void Assert(ITestOutputHelper output, double floor)
        {
            var holes = _cells.Where(c => (double)c.Value.Found / c.Value.Cases < floor - 1e-9).Select(c => $"{c.Key}: {c.Value.Found}/{c.Value.Cases}").ToList();
            output.WriteLine($"{_cells.Count} cells, {_cells.Values.Sum(c => c.Cases)} cases; below {floor:0.00}: {holes.Count}");
            foreach (var hole in holes) output.WriteLine("  " + hole);
            Xunit.Assert.True(holes.Count == 0, $"{holes.Count} cells below {floor:0.00}; the first: {(holes.Count > 0 ? holes[0] : "")}");
        }
    }
}
