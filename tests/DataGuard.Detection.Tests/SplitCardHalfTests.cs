using DataGuard.Detection.Tests.Generated;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 27 (sets U13, U14): a card typed in two halves of eight digits with words or a plus between them stays found, half
/// by half, until the halves are read as the card (the guard fails closed); two landlines listed with a comma or 、 stay phones. Cards are generated with
/// a valid Luhn digit under Visa, Mastercard and JCB prefixes.
/// </summary>
public class SplitCardHalfTests
{
    private static readonly string[] Announcements =
    {
        "系統會擋，拆開給你：{0} +  {1}，合起來就是他的卡號。",
        "我怕被擋所以分開打：{0}（中間不要空格）{1}。",
        "我怕被擋所以分開打：{0}，下一行是\n-{1}。",
    };

    // Not asserted, a known leak (Detection README, round 19): halves joined by words naming the second part
    // ("{0}，後半段是 {1}", "前半 {0} / 後半 {1}", and sometimes "{0} then {1}") are read as one sixteen-digit run, which no recognizer accepts
    // without a card word, so the prompt has no finding; before round 27's part words they were two landlines.

    public static TheoryData<int> Seeds() => new() { 1, 2, 3, 4, 5, 6, 7, 8 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_halves_of_a_card_split_by_words_are_each_still_found(int seed)
    {
        // Until the halves are joined into the card, each must stay a finding (read as a landline): a prompt that carries
        // a card in two halves is blocked, never passed with no finding.
        var r = new Random(seed);
        foreach (var template in Announcements)
        {
            string card = Card(r);
            string first = Grouped(card[..8], r), second = Grouped(card[8..], r);
            string text = string.Format(template, first, second);
            int from = text.IndexOf(first, StringComparison.Ordinal), to = text.IndexOf(second, from + first.Length, StringComparison.Ordinal) + second.Length;
            Assert.True(Scan(text).Any(f => f.Start < to && from < f.Start + f.Length), $"template {Array.IndexOf(Announcements, template)}: no finding on the card's halves");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Two_landlines_listed_after_a_phone_label_are_still_phones(int seed)
    {
        var r = new Random(seed);
        string first = (2 + r.Next(7)) + ValueFamilies.Digits(r, 3) + " " + ValueFamilies.Digits(r, 4);
        string second = (2 + r.Next(7)) + ValueFamilies.Digits(r, 3) + " " + ValueFamilies.Digits(r, 4);
        var text = $"住家電話 {first}、{second}";
        FindsAmongOthers(text, first, EntityTypes.PhoneNumber);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_landline_is_no_card_half_of_digits_in_another_sentence_or_cell_or_an_id(int seed)
    {
        var r = new Random(seed);
        string local, before;
        do
        {
            local = (2 + r.Next(7)) + ValueFamilies.Digits(r, 7);
            before = "62" + ValueFamilies.Digits(r, 6); // with the landline, a UnionPay prefix and a passing Luhn digit
        }
        while (ValueFamilies.LuhnDigit((before + local)[..15]) != local[^1]);
        string landline = local[..4] + "-" + local[4..];
        foreach (var text in new[]
        {
            $"居留證號碼 MB{before}。\n（備註）市話{landline}(未留區碼)",
            $"| 王小明 | {before[..4]} {before[4..]} | 住家 {landline} |",
            $"證號 AB{before}（備註）市話{landline}",
        })
            FindsAmongOthers(text, landline, EntityTypes.PhoneNumber);
    }

    // Sixteen digits under a Visa, Mastercard or JCB prefix, the last one the Luhn check digit.
    private static string Card(Random r)
    {
        string prefix = CaseContexts.Pick(r, "4", "51", "53", "3530");
        string body = prefix + ValueFamilies.Digits(r, 15 - prefix.Length);
        return body + ValueFamilies.LuhnDigit(body);
    }

    private static string Grouped(string half, Random r) => CaseContexts.Pick(r, " ", "-", "") is var separator ? half[..4] + separator + half[4..] : half;
}
