using CsCheck;
using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Property-based tests: generated valid numbers embedded in random zh-TW / English surroundings are found with exact
/// offsets and type; corrupted check digits never pass as valid.
/// </summary>
public class PropertyTests
{
    // Surrounding text: common CJK characters and English words without context meaning. No character the engine reads as a
    // digit (兩 is the radio's 2, 兒 sounds like 2): glued to a number it may rightly lengthen it (電話03 5859361兩… read as
    // ten digits, CsCheck seed dvV_2Xu-tsR1), which is not what these properties are about.
    private static readonly string CjkFiller = new("的是了我不人在他有這個上們來到時大地為子中你說生國年著就那和要她出也得裡後自以會家可下而過天去能對小多然於心學麼之都好看起發當沒成只如事把還用第樣道想作種開美總從無情己面最女但現前些所同日手又行意動方期它頭經長兒回位分愛老因很給名法間斯知世什兩次使身者被高已親其進此話常與活正感".Where(c => !ReadAsDigit(c)).ToArray());
    private static readonly string[] EnglishWords = { "please", "check", "the", "record", "for", "today", "suspect", "was", "seen", "near", "station" };

    private static bool ReadAsDigit(char c) => CharFolding.KindOf(c) == CharKind.Digit || SoundAlikeTable.DigitOf(c) is not null;

    private static readonly Gen<string> Cjk = Gen.Char[CjkFiller].Array[0, 12].Select(a => new string(a));
    private static readonly Gen<string> English = Gen.Int[0, EnglishWords.Length - 1].Array[0, 4]
        .Select(indexes => string.Concat(indexes.Select(i => EnglishWords[i] + " ")));
    private static readonly Gen<string> Before = Gen.OneOf(Cjk, English, Gen.Select(Cjk, English, (c, e) => c + e));
    private static readonly Gen<string> After = Gen.OneOf(Cjk, English.Select(e => " " + e), Gen.Const("。"), Gen.Const(", "));
    private static readonly Gen<string> Serial7 = Gen.Char['0', '9'].Array[7].Select(a => new string(a));
    private static readonly Gen<char> AreaLetter = Gen.Char[SyntheticIds.Letters];

    private static readonly Gen<string> NationalIds = Gen.Select(AreaLetter, Gen.Int[1, 2], Serial7, SyntheticIds.Numeric);
    private static readonly Gen<string> NewResidents = Gen.Select(AreaLetter, Gen.Int[8, 9], Serial7, SyntheticIds.Numeric);
    private static readonly Gen<string> OldResidents = Gen.Select(AreaLetter, Gen.Char["ABCD"], Serial7, SyntheticIds.OldResident);

    private static readonly Gen<string> Mobiles = Gen.Select(Gen.Int[0, 8], Gen.Char['0', '9'].Array[7],
        (third, rest) => "09" + third + new string(rest));

    // (area code, local digits) from docs/taiwan-formats.md; local numbers start with 2–9 (Taichung's 8-digit ones with 2).
    private static readonly (string Code, int Local, char First)[] Areas =
    {
        ("02", 8, '2'), ("03", 7, '5'), ("037", 6, '3'), ("04", 8, '2'), ("04", 7, '7'), ("049", 7, '2'), ("05", 7, '2'),
        ("06", 7, '2'), ("07", 7, '3'), ("08", 7, '7'), ("089", 6, '3'), ("082", 6, '3'), ("0826", 5, '6'), ("0836", 5, '2'),
    };

    private static readonly Gen<(string Written, string National)> Landlines = Gen.Select(Gen.Int[0, Areas.Length - 1],
        Gen.Char['0', '9'].Array[8], Gen.Int[0, 2], (a, digits, style) =>
        {
            var (code, local, first) = Areas[a];
            var number = first + new string(digits, 0, local - 1);
            var written = style switch { 0 => code + "-" + number, 1 => "(" + code + ")" + number, _ => code + " " + number };
            return (written, code + number);
        });

    private static void FoundExactly(string before, string value, string after, string type, string normalized)
    {
        var text = before + value + after;
        var findings = Scanning.Scan(text);
        Assert.Contains(findings, f => f.Type == type && f.Start == before.Length && f.Length == value.Length && f.NormalizedValue == normalized);
    }

    [Fact]
    public void Every_valid_national_id_in_random_context_is_found_exactly() =>
        Gen.Select(Before, NationalIds, After).Check((b, id, a) => FoundExactly(b, id, a, EntityTypes.NationalId, id), iter: 2000);

    [Fact]
    public void Every_valid_new_resident_number_in_random_context_is_found_exactly() =>
        Gen.Select(Before, NewResidents, After).Check((b, id, a) => FoundExactly(b, id, a, EntityTypes.ResidentCertificate, id), iter: 2000);

    [Fact]
    public void Every_valid_old_resident_number_in_random_context_is_found_exactly() =>
        Gen.Select(Before, OldResidents, After).Check((b, id, a) => FoundExactly(b, id, a, EntityTypes.ResidentCertificate, id), iter: 2000);

    [Fact]
    public void Every_mobile_number_in_random_context_is_found_exactly() =>
        Gen.Select(Before, Mobiles, After).Check((b, m, a) => FoundExactly(b, m, a, EntityTypes.PhoneNumber, "+886" + m.Substring(1)), iter: 2000);

    [Fact]
    public void Every_landline_next_to_a_phone_label_is_found_exactly() =>
        Gen.Select(Before, Landlines, After).Check((b, l, a) =>
            FoundExactly(b + "電話", l.Written, a, EntityTypes.PhoneNumber, "+886" + l.National.Substring(1)), iter: 2000);

    [Fact]
    public void Every_corrupted_national_id_is_not_reported_without_context() =>
        Gen.Select(Before, NationalIds, Gen.Int[0, 8], After).Check((b, id, delta, a) =>
        {
            var corrupted = SyntheticIds.Corrupt(id, delta);
            Assert.DoesNotContain(Scanning.Scan(b + corrupted + a), f => f.Type is EntityTypes.NationalId or EntityTypes.ResidentCertificate);
        }, iter: 2000);

    [Fact]
    public void Every_corrupted_national_id_scores_below_a_valid_one_even_with_strong_context() =>
        Gen.Select(NationalIds, Gen.Int[0, 8]).Check((id, delta) =>
        {
            var valid = Assert.Single(Scanning.Scan("身分證字號：" + id));
            var corrupted = Assert.Single(Scanning.Scan("身分證字號：" + SyntheticIds.Corrupt(id, delta)));
            Assert.True(corrupted.Score < valid.Score);
            Assert.True(corrupted.Score < 0.8);
        }, iter: 500);

    [Fact]
    public void Every_corrupted_old_resident_number_is_not_reported_without_context() =>
        Gen.Select(Before, OldResidents, Gen.Int[0, 8], After).Check((b, id, delta, a) =>
            Assert.Empty(Scanning.Scan(b + SyntheticIds.Corrupt(id, delta) + a)), iter: 2000);

    [Fact]
    public void Findings_are_ordered_and_never_overlap() =>
        Gen.Select(NationalIds, Mobiles, Landlines, Before).Check((id, mobile, landline, filler) =>
        {
            var findings = Scanning.Scan(filler + id + "，" + mobile + " 電話" + landline.Written + "。" + filler + id);
            for (int i = 1; i < findings.Count; i++) Assert.True(findings[i - 1].End <= findings[i].Start);
            Assert.Equal(4, findings.Count);
        }, iter: 500);

    // Characters that exercise every branch of the normaliser and the anchored recognizers.
    private const string Mixed = "0123456789ABCDOIWZabcxyz+@＠.-/_() 　\u200B\u00AD\uFEFF零〇一二九壹貳么洞ＡＢ１２АΑ①"
        + "市縣區路街段巷弄號樓之臺北中正重慶南身分證手機車牌生日年月日姓名王陳嫌疑人住址帳號護照，。\n";

    [Fact]
    public void Scanning_arbitrary_text_never_throws_and_findings_stay_in_bounds() =>
        Gen.Char[Mixed].Array[0, 80].Select(a => new string(a)).Check(text =>
        {
            var findings = Scanning.Scan(text);
            for (int i = 0; i < findings.Count; i++)
            {
                Assert.InRange(findings[i].Start, 0, text.Length - 1);
                Assert.InRange(findings[i].End, findings[i].Start + 1, text.Length);
                Assert.InRange(findings[i].Score, 0.5, 1.0);
                if (i > 0) Assert.True(findings[i - 1].End <= findings[i].Start);
            }
        }, iter: 20000);
}
