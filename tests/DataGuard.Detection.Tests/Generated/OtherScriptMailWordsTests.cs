using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Generated.PiecesOnRequestTests;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 45 (issue 9, det-turns45)": e-mail addresses said with the at and dot words of the languages foreign
/// residents write in, by construction — at word (Thai แอท แอ็ท, Japanese アットマーク あっとまーく ＠マーク, Korean 앳, Vietnamese
/// a móc) × dot word (Thai ดอท จุด, Japanese どっと ドット, Korean 점, Tagalog tuldok, Vietnamese chấm) × spacing (blanks around
/// each word, or glued as Thai and Japanese write) × mailbox (plain, dotted) × frame (<see cref="MailSymbolsAndSpellingTests"/>'
/// label, chat, log, prose). A case counts where one e-mail finding covers the address whole and nothing else lies within
/// it. Hard negatives: prose of those languages holding the same words (Thai shop names, Japanese instructions, Korean
/// scores, Tagalog and Vietnamese sentences, versions and times). Mailbox names and domains are invented.
/// </summary>
public sealed class OtherScriptMailWordsTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 2;

    internal static readonly string[] AtWords = { "แอท", "แอ็ท", "アットマーク", "あっとまーく", "＠マーク", "앳", "a móc" };

    internal static readonly string[] DotWords = { "ดอท", "จุด", "どっと", "ドット", "점", "tuldok", "chấm" };

    internal static readonly string[] Spacings = { "spaced", "glued" };

    internal static readonly string[] Mailboxes = { "plain", "dotted" };

    [Fact]
    public void Addresses_said_with_other_languages_at_and_dot_words_are_found_whole()
    {
        var tally = new Tally();
        foreach (var at in AtWords)
        foreach (var dot in DotWords)
        foreach (var spacing in Spacings)
        foreach (var mailbox in Mailboxes)
        {
            var r = new Random(CaseGenerator.StableSeed($"mail45/{at}/{dot}/{spacing}/{mailbox}"));
            // a Latin word glued to Latin letters is no word: a móc and tuldok stand between blanks either way
            string Word(string w) => spacing == "spaced" || w.Any(c => c < 128 || c is >= 'À' and <= 'ỹ') ? " " + w + " " : w;
            for (int n = 0; n < CasesPerCell; n++)
            {
                string address = MailSymbolsAndSpellingTests.Mailbox(mailbox, Word(dot), r) + Word(at) + Pick(r, MailSymbolsAndSpellingTests.Domains).Replace(".", Word(dot));
                string text = MailSymbolsAndSpellingTests.InFrame(Pick(r, "label", "chat", "log", "prose"), address.Trim(), r, out int offset);
                tally.Add($"mail45 {at} × {dot} × {spacing} × {mailbox}", CoversAlone(text, offset, address.Trim().Length, EntityTypes.EmailAddress));
            }
        }
        TurnPiecesTests.Summarise(tally, output);
        tally.Assert(output, OtherScriptMailWordsFloors.Of);
    }

    // ---- hard negatives ----------------------------------------------------------------------------------------------

    private static readonly (string Name, Func<Random, string> Make)[] NotMail =
    {
        ("thai-prose", r => $"ร้าน แอท โฮม {Pick(r, "จุด", "ดอท")} นัดพบ ตรงข้าม {Pick(r, "gmail", "line")} ดอท คอม ราคา {r.Next(100, 999)} บาท"),
        ("japanese-instructions", r => $"アットマーク（@）の入力は shift と {r.Next(1, 9)} です。ドットは句点と違います。{Pick(r, "資料", "メール")}は{r.Next(1, 9)}どっと{r.Next(0, 9)}版。"),
        ("korean-scores", r => $"평가 {r.Next(1, 5)}점 만점에 {r.Next(1, 5)}.{r.Next(0, 9)}점, 앳된 얼굴, {Pick(r, "naver", "daum")} 점수 com 기록"),
        ("vietnamese-prose", r => $"Tôi đang ở a móc áo, chấm điểm {r.Next(1, 9)} chấm {r.Next(0, 9)}, hai chấm com"),
        ("tagalog-prose", r => $"Ang tuldok sa dulo ng pangungusap, {Pick(r, "gmail", "yahoo")} tuldok ay tanda, alas {r.Next(1, 12)} tuldok {r.Next(10, 59)}."),
        ("version-time", r => $"版本 v{r.Next(1, 9)} ดอท {r.Next(0, 9)}，會議 at {r.Next(1, 12)} tuldok 30，案號 {r.Next(100, 999)}점"),
        ("masked", r => $"信箱 {Pick(r, MailSymbolsAndSpellingTests.Words)[0]}*** แอท {Pick(r, "gmail", "yahoo")} ดอท ***（已遮蔽）"),
    };

    [Fact]
    public void Prose_with_other_languages_at_and_dot_words_stays_clean()
    {
        var tally = new Tally();
        foreach (var (name, make) in NotMail)
        {
            var r = new Random(CaseGenerator.StableSeed($"mail45/negative/{name}"));
            for (int n = 0; n < 20; n++) tally.Add($"mail45-negative {name}", !Scanning.Scanner.Scan(make(r)).Any(f => f.Type == EntityTypes.EmailAddress));
        }
        tally.Assert(output, OtherScriptMailWordsFloors.OfNegative);
    }
}

/// <summary>
/// Floors of round 45's mail-word cells (<see cref="OtherScriptMailWordsTests"/>): the honest figure of det-turns45 (T), 1.00
/// unless listed here.
/// </summary>
internal static class OtherScriptMailWordsFloors
{
    public static double Of(string cell) => 1.0;

    public static double OfNegative(string cell) => 1.0;
}
