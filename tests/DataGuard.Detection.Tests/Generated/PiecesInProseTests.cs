using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Generated.PiecesOnRequestTests;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 40b (issue 9, det-pieces40b)": values given in pieces in a record's prose, by construction —
/// (c) quoted pieces joined with a plus or ampersand after the value's label (住家電話 05533」+「0784, the first piece's opening
/// quote and the last one's closing quote often left out). Family × quoting × operator × numeral form, seeded. A case counts
/// only where one finding of the value's type covers the pieces, first to last, and none of another type lies within them.
/// Hard negatives in the same frames (a case number, an order number, a sum, a time, an invoice number, a UBN after their
/// own labels) stay clean. (d) pieces labelled Ⅰ Ⅱ Ⅲ … or ⅰ ⅱ ⅲ … in order after the value's word: family × case × mark ×
/// numeral form, with the same negatives. Values are built here with their check digits; output lists cell names and counts only.
/// </summary>
public sealed class PiecesInProseTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 10;

    internal static readonly string[] Quotings = { "open-missing", "both-missing", "whole" };

    internal static readonly string[] Operators = { "+", "＋", " + ", "&" };

    private static readonly string[] Numerals = { "arabic", "full-width", "han", "financial" };

    // ---- (c) quoted pieces joined with a plus --------------------------------------------------------------------------

    [Fact]
    public void Quoted_pieces_joined_with_a_plus_after_a_label_are_found_over_all_of_them()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var quoting in Quotings)
        foreach (var op in Operators)
        foreach (var numerals in Numerals)
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces40b/plus/{family}/{quoting}/{op}/{numerals}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = JoinedPiecesTests.ValueOf(family, r).Replace("-", "");
                string written = PlusJoined(Cut(value, r), quoting, op, numerals, r, out int offset, out int length);
                string before = Pick(r, "車主住家電話", "失蹤人口協尋：陳小姐，身分證", "聯絡資料：") + LabelOf(family, r) + Pick(r, " ", "：", "");
                string text = before + written + Pick(r, "，請幫我寫竊盜案件紀錄表。", "。\n請整理成公文。", "，有失智症狀。");
                tally.Add($"pieces40b plus {family} × {quoting} × {op} × {numerals}",
                    CoversAlone(text, before.Length + offset, length, JoinedPiecesTests.TypeOf(family)));
            }
        }
        tally.Assert(output, CellFloorsRound40.Of);
    }

    /// <summary>
    /// The pieces as 「a」+「b」+「c」 with the first opening quote and (both-missing) the last closing quote left out.
    /// offset/length: the first piece's first character to the last piece's last.
    /// </summary>
    internal static string PlusJoined(string[] pieces, string quoting, string op, string numerals, Random r, out int offset, out int length)
    {
        string body = string.Join("」" + op + "「", pieces.Select(p => InNumerals(p, numerals, r)));
        string open = quoting == "whole" ? "「" : "", close = quoting == "both-missing" ? "" : "」";
        offset = open.Length;
        length = body.Length;
        return open + body + close;
    }

    // The label written before the value in a record.
    private static string LabelOf(string family, Random r) => family switch
    {
        "mobile" => Pick(r, "手機", "行動電話"),
        "landline" => Pick(r, "電話", "住家電話"),
        "id" => "身分證",
        "arc-2021" or "arc-old" => Pick(r, "居留證號", "統一證號"),
        "plate" => Pick(r, "車牌", "車號"),
        _ => Pick(r, "卡號", "信用卡"),
    };

    // ---- (d) pieces labelled with Roman numerals ------------------------------------------------------------------------

    internal static readonly string[] RomanCases = { "upper", "lower" };

    internal static readonly string[] RomanMarks = { ".", "．", "、", "" };

    [Fact]
    public void Pieces_labelled_with_Roman_numerals_are_found_over_all_of_them()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var letterCase in RomanCases)
        foreach (var mark in RomanMarks)
        foreach (var numerals in Numerals)
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces40b/roman/{family}/{letterCase}/{mark}/{numerals}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = JoinedPiecesTests.ValueOf(family, r).Replace("-", "");
                string written = RomanLabelled(Cut(value, r), letterCase, mark, numerals, r);
                string before = $"{LabelOf(family, r)}{Pick(r, "我用羅馬數字把每段標號了：", "分段標號如下：", "：")}";
                string text = before + written + Pick(r, "，請整理成扣押物描述。", "。\n請整理成公文。");
                tally.Add($"pieces40b roman {family} × {letterCase} × '{mark}' × {numerals}",
                    CoversAlone(text, before.Length, written.Length, JoinedPiecesTests.TypeOf(family)));
            }
        }
        tally.Assert(output, CellFloorsRound40.Of);
    }

    /// <summary>The pieces as Ⅰ.a Ⅱ.b Ⅲ.c (ⅰ ⅱ ⅲ in the lower case), parted by a blank or 、.</summary>
    internal static string RomanLabelled(string[] pieces, string letterCase, string mark, string numerals, Random r)
    {
        char first = letterCase == "upper" ? '\u2160' : '\u2170';
        string parting = mark == "、" ? " " : Pick(r, " ", "　", "、");
        return string.Join(parting, pieces.Select((p, k) => $"{(char)(first + k)}{mark}{InNumerals(p, numerals, r)}"));
    }

    // ---- hard negatives in the same frames -----------------------------------------------------------------------------

    // Round 40's numbers that are no personal value, with a ROC date and a model code.
    private static readonly (string Name, Func<Random, (string Word, string Value)> Make)[] NotPersonalHere = NotPersonal.Concat(new (string, Func<Random, (string, string)>)[]
    {
        ("roc-date", r => ("日期", $"{r.Next(100, 114)}{r.Next(10, 13)}{r.Next(10, 29)}")),
        ("model", r => ("型號", $"XR{ValueFamilies.Digits(r, 4)}")),
    }).ToArray();

    [Fact]
    public void Other_numbers_in_quoted_pieces_joined_with_a_plus_stay_clean()
    {
        var tally = new Tally();
        foreach (var (name, make) in NotPersonalHere)
        foreach (var quoting in Quotings)
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces40b/plus-negative/{name}/{quoting}"));
            for (int n = 0; n < 20; n++)
            {
                var (word, value) = make(r);
                string text = $"{Pick(r, "紀錄：", "請整理：", "")}{word} {PlusJoined(Cut(value, r), quoting, Pick(r, Operators), Pick(r, "arabic", "han"), r, out _, out _)}，請幫我寫紀錄表。";
                tally.Add($"pieces40b plus-negative {name} × {quoting}", IsClean(text));
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    [Fact]
    public void Other_numbers_in_pieces_labelled_with_Roman_numerals_stay_clean()
    {
        var tally = new Tally();
        foreach (var (name, make) in NotPersonalHere)
        foreach (var letterCase in RomanCases)
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces40b/roman-negative/{name}/{letterCase}"));
            for (int n = 0; n < 20; n++)
            {
                var (word, value) = make(r);
                string text = $"{word}{Pick(r, "分段標號如下：", "：")}{RomanLabelled(Cut(value, r), letterCase, Pick(r, RomanMarks), Pick(r, "arabic", "han"), r)}，請整理成公文。";
                tally.Add($"pieces40b roman-negative {name} × {letterCase}", IsClean(text));
            }
        }
        tally.Assert(output, floor: 1.0);
    }
}
