using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Generated.PiecesOnRequestTests;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 41 (issue 9, det-email41)": e-mail addresses written out as set U42 writes them, by construction —
/// at word (在, 小老鼠 in quotes or brackets, 「老鼠」, 🐭, ㄟˋ特, ㄟ特, 艾特, [at], (at), ＠, 【在】) × dot word (點, 【點】, 「點」,
/// ㄉㄚˋ, ㄉㄚ, 🔴, ●, dot, [dot], (dot), 句點, 。) × tail (top-level domain given, a known provider named alone, a provider
/// with 那家 before its written-out top-level domain) × frame (a mail label, a phishing sender in prose, a LINE chat line)
/// × mailbox (plain, with its last digits said as numerals). A case counts where one e-mail finding covers the address,
/// first to last character, and no finding of another type lies within it. Hard negatives generated in the same frames
/// (在 gmail 裡面找, 三點 com 展, 時間在 10 點, file names, URLs, handles, name at 5 pm, a device bought 在 apple 點 com)
/// stay clean. Mailbox names and domains are invented here; output lists cell names and counts only.
/// </summary>
public sealed class WrittenMailFormsTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 6;

    internal static readonly string[] AtForms =
    {
        " 在 ", "【在】", "「在」", "「老鼠」", " 「小老鼠」 ", "（小老鼠）", "\U0001F42D", " ㄟˋ特 ", " ㄟ特 ", " 艾特 ", " [at] ", "(at)", " ＠ ",
    };

    internal static readonly string[] DotForms = { " 點 ", "【點】", "「點」", " ㄉㄚˋ ", " ㄉㄚ ", "\U0001F534", " ● ", " dot ", "[dot]", "(dot)", " 句點 ", "。" };

    internal static readonly string[] Tails = { "tld", "provider-alone", "provider-filler" };

    internal static readonly string[] Frames = { "label", "phishing", "chat" };

    internal static readonly string[] Mailboxes = { "plain", "numeral-digits" };

    // Invented mailbox words and domains: (provider, its top-level labels) and institutional domains.
    private static readonly string[] Words = { "yuting", "chihao", "meiling", "kuanyu", "szuyu", "junwei", "hsinyi", "pohan", "tzuhan", "yachi" };

    private static readonly string[] Surnames = { "lin", "chen", "wang", "tsai", "huang", "wu", "liao", "chiu", "hung", "yang" };

    private static readonly (string Provider, string Tld)[] Providers =
        { ("gmail", "com"), ("hotmail", "com"), ("yahoo", "com.tw"), ("outlook", "com"), ("icloud", "com"), ("naver", "com") };

    private static readonly string[] Institutions = { "nkust.edu.tw", "ms45.hinet.net", "seed.net.tw", "nccu.edu.tw", "mail.example.gov.tw" };

    [Fact]
    public void Addresses_written_out_in_every_style_are_found_whole()
    {
        var tally = new Tally();
        foreach (var at in AtForms)
        foreach (var dot in DotForms)
        foreach (var tail in Tails)
        foreach (var frame in Frames)
        {
            var r = new Random(CaseGenerator.StableSeed($"email41/{at}/{dot}/{tail}/{frame}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string mailbox = Pick(r, Mailboxes);
                string address = Address(at, dot, tail, mailbox, r);
                string text = InFrame(frame, address, r, out int offset);
                tally.Add($"email41 {Cell(at)} × {Cell(dot)} × {tail} × {frame}", CoversAlone(text, offset, address.Trim().Length, EntityTypes.EmailAddress));
            }
        }
        tally.Assert(output, CellFloorsWrittenForms41.Of);
    }

    /// <summary>
    /// An address with its at sign and dots written out: the mailbox (a name, a written-out dot, a surname and digits — as
    /// numerals when asked), the at form, then the domain. A tail "provider-alone" names the provider and nothing after it;
    /// "provider-filler" says 那家 before the written-out top-level domain.
    /// </summary>
    internal static string Address(string at, string dot, string tail, string mailbox, Random r)
    {
        string digits = r.Next(10, 100).ToString();
        string mailboxName = Pick(r, Words) + dot + Pick(r, Surnames) + (mailbox == "numeral-digits" ? " " + Numerals(digits) : digits);
        var (provider, tld) = Pick(r, Providers);
        string domain = tail switch
        {
            "tld" => (r.Next(2) == 0 ? provider + "." + tld : Pick(r, Institutions)).Replace(".", dot),
            "provider-alone" => provider,
            _ => provider + " 那家" + dot + tld.Replace(".", dot),
        };
        return (mailboxName + at + domain).Trim();
    }

    private static string Numerals(string digits) => string.Concat(digits.Select(c => "零一二三四五六七八九"[c - '0']));

    // The address in a frame; offset: where it starts.
    private static string InFrame(string frame, string address, Random r, out int offset)
    {
        string before = frame switch
        {
            "label" => Pick(r, "信箱：", "電子郵件 ", "聯絡人的 email 是 "),
            "phishing" => Pick(r, "被害人表示之後收到來自 ", "嫌疑人註冊用的信箱為 "),
            _ => Pick(r, "[10:41] 阿偉：我的信箱 ", "14:02\t小美\t她的 email 是 "),
        };
        string after = frame switch
        {
            "label" => Pick(r, "。\n請幫我寫回信。", "，請通知他來領回失物。", ""),
            "phishing" => Pick(r, " 的釣魚信，請寫成職務報告。", "，請幫我寫調閱公函。"),
            _ => Pick(r, "\n[10:42] 我：收到", ""),
        };
        offset = before.Length;
        return before + address + after;
    }

    private static string Cell(string form) => form.Trim() switch
    {
        "\U0001F42D" => "mouse-emoji",
        "\U0001F534" => "red-circle",
        var trimmed => trimmed,
    };

    // ---- hard negatives in the same frames ----------------------------------------------------------------------------

    private static readonly (string Name, Func<Random, string> Make)[] NotMail =
    {
        ("zai-gmail-inside", r => $"{Pick(r, "我把 PDF", "那封信", "報表 Q3", "report_v2")} 在 {Pick(r, "gmail", "hotmail", "yahoo")} 裡面找了很久，{Pick(r, "信箱", "email")}太亂了。"),
        ("dot-com-expo", r => $"{Pick(r, "三", "十", "兩")}點 com 展在世貿開幕，{Pick(r, "信箱", "email")}通知已寄出。"),
        ("time-zai", r => $"email 說開會時間在 {r.Next(1, 12)} 點 {Pick(r, "半", "", "整")}，地點在 {Pick(r, "A", "B")} 棟 {r.Next(2, 9)} 樓。"),
        ("file-name", r => $"附件 {Pick(r, "report", "scan", "photo")}_{r.Next(10, 99)}.{Pick(r, "pdf", "png", "docx")} 在 {Pick(r, "gmail", "outlook")} 草稿匣，信箱滿了。"),
        ("url", r => $"請到 www.{Pick(r, "npa", "moi", "example")}.gov.tw 查詢，或在 {Pick(r, "LINE", "FB")} 點選連結，不要回 email。"),
        ("handle", r => $"他的 IG @{Pick(r, Words)}_{r.Next(10, 99)} 在 {Pick(r, "twitter", "threads")} 點 com 也有帳號，email 不明。"),
        ("at-time", r => $"Let's meet {Pick(r, "Amy", "Kevin", "the team")} at {r.Next(1, 12)} pm at {Pick(r, "Taipei 101", "the station")}, no email needed."),
        ("device-bought", r => $"{Pick(r, "iPhone", "MacBook", "Kindle")} 在 {Pick(r, "apple", "amazon")} 點 com 買的，收據寄到信箱了。"),
        ("workplace", r => $"{Pick(r, "Kevin", "Amy", "Jason")} 在 {Pick(r, "google.com", "yahoo.com.tw")} 工作三年了，email 沒給。"),
        ("version", r => $"v{r.Next(1, 9)} 在 github 點 com 發布了，email 通知已寄出。"),
        ("masked", r => $"信箱 {Pick(r, Words)[0]}***@{Pick(r, "gmail", "yahoo")}.com（已遮蔽）"),
    };

    [Fact]
    public void Look_alikes_of_written_out_addresses_stay_clean()
    {
        var tally = new Tally();
        foreach (var (name, make) in NotMail)
        {
            var r = new Random(CaseGenerator.StableSeed($"email41/negative/{name}"));
            for (int n = 0; n < 20; n++) tally.Add($"email41-negative {name}", !Scanning.Scanner.Scan(make(r)).Any(f => f.Type == EntityTypes.EmailAddress));
        }
        tally.Assert(output, floor: 1.0);
    }
}
