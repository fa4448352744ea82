using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Scanning;
using Spaced = DataGuard.Detection.Tests.Generated.ReversalsPiecesSpacedTests;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 39 (issue 9, det-pieces39)": values given in pieces, by construction — (a) pieces named by their place
/// (前四碼/後三碼/中間三碼/末四碼/第一段/開頭是…) in order and out of order; (b) pieces over chat messages with speaker and time,
/// the numerals mixed (Arabic, then Chinese or radio numerals, then full width); (c) a card in two to four chat messages;
/// (d) two pieces parted by one unrepeated mark or word (｜ / 、 和 跟 加上 然後); (e) pieces as list items; (f) an e-mail
/// given as its account and its domain; (g) an ID's letter in one sentence and its digits in the next. A finding counts
/// only where it <b>covers</b> the pieces, first to last (the words between included), as the evasion sets label them.
/// Hard negatives of the same shapes (number lists, prices and dates in pieces) and e-mail look-alikes in prose and code
/// (the word at before a domain, x@2x.png, @mentions, npm scopes, git URLs, user@localhost, package@version) stay clean.
/// Values are built here with their check digits; output lists cell names and counts only.
/// </summary>
public sealed class PiecesByPositionTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 10;

    private static readonly string[] Families = { "mobile", "landline", "id", "arc-2021", "arc-old", "visa", "mastercard", "jcb", "plate" };

    /// <summary>Floors: the honest figure of this branch (T), see the README's det-pieces39 subsection.</summary>
    private static double FloorOf(string cell) => CellFloorsRound39.Of(cell);

    // ---- (a) pieces named by their place ----------------------------------------------------------------------------

    /// <summary>How the places are named: a count in Arabic or Chinese numerals, 第一段/第二段, 開頭是/結尾是, three pieces with 中間.</summary>
    private static readonly string[] PlaceForms = { "count-han", "count-arabic", "segments", "opens-ends", "three-with-middle" };

    [Fact]
    public void Pieces_named_by_their_place_in_order_and_out_of_order_are_found()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var form in PlaceForms)
        foreach (var order in new[] { "in-order", "out-of-order" })
        foreach (var frame in new[] { "label", "chat" })
        {
            if (form == "three-with-middle" && order == "out-of-order") continue;
            var r = new Random(CaseGenerator.StableSeed($"pieces39/place/{family}/{form}/{order}/{frame}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = JoinedPiecesTests.ValueOf(family, r);
                string written = NamedByPlace(family, value, form, order, r, out string firstPiece);
                string text = Spaced.Framed(Spaced.LabelOf(family) + Pick(r, "：", "拆開給你，", " "), written, Pick(r, "。", "，請查。"), frame, r, out int at);
                tally.Add(Cell($"pieces39 place {family} × {form} × {order} × {frame}"), CoversFrom(text, at, written, firstPiece, Spaced.TypeOf(family)));
            }
        }
        tally.Assert(output, FloorOf);
    }

    // The value in two pieces (three with 中間), each named by its place; out of order the last piece comes first.
    internal static string NamedByPlace(string family, string value, string form, string order, Random r, out string firstPiece)
    {
        string compact = value.Replace("-", "");
        int cut = family == "plate" ? 3 : Math.Min(compact.Length - 3, Pick(r, 3, 4, 5));
        firstPiece = compact[..cut];
        if (form == "three-with-middle")
        {
            int second = cut + 3;
            if (family == "plate") return $"前三碼{compact[..3]}，中間兩碼{compact[3..5]}，最後兩碼{compact[5..]}";
            return $"前{Count(cut, r)}碼是{compact[..cut]}，中間{Count(3, r)}碼是{compact[cut..second]}，{Pick(r, "末", "後", "最後")}{Count(compact.Length - second, r)}碼是{compact[second..]}";
        }
        string head = compact[..cut], tail = compact[cut..];
        (string Head, string Tail) words = form switch
        {
            "count-han" => ($"前{Han(head.Length)}碼", $"{Pick(r, "後", "末", "最後")}{Han(tail.Length)}碼"),
            "count-arabic" => ($"前{head.Length}碼", $"{Pick(r, "後", "末")}{tail.Length}碼"),
            "segments" => ("第一段", "第二段"),
            _ => ("開頭是", "結尾是"),
        };
        string headPart = words.Head.EndsWith('是') ? words.Head + head : words.Head + Pick(r, "是", "：", "") + head;
        string tailPart = words.Tail.EndsWith('是') ? words.Tail + tail : words.Tail + Pick(r, "是", "：", "") + tail;
        if (order != "in-order") firstPiece = tail;
        return order == "in-order" ? $"{headPart}，{tailPart}" : $"{tailPart}，{headPart}";
    }

    private static string Count(int n, Random r) => r.Next(2) == 0 ? Han(n) : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Han(int n) => n switch { 2 => "兩", 10 => "十", 11 => "十一", 12 => "十二", 13 => "十三", _ => "〇一二三四五六七八九"[n].ToString() };

    // ---- (b), (c) pieces over chat messages ---------------------------------------------------------------------------

    private static readonly string[] ChatFamilies = { "mobile", "landline", "id", "arc-2021", "arc-old", "visa", "mastercard", "jcb" };

    [Fact]
    public void Pieces_over_chat_messages_with_mixed_numerals_are_found()
    {
        var tally = new Tally();
        foreach (var family in ChatFamilies)
        foreach (var numerals in new[] { "arabic", "han-then-full-width", "radio-then-full-width" })
        foreach (var speakers in new[] { "same", "another" })
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces39/chat/{family}/{numerals}/{speakers}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                var pieces = JoinedPiecesTests.Pieces(family, JoinedPiecesTests.ValueOf(family, r), r);
                for (int k = 1; k < pieces.Length; k++) pieces[k] = Numerals(pieces[k], numerals, k == pieces.Length - 1);
                string text = InChat(family, pieces, speakers, r, out int at, out int length);
                tally.Add(Cell($"pieces39 chat {family} × {numerals} × {speakers} speaker"), Covers(text, at, length, Spaced.TypeOf(family)));
            }
        }
        tally.Assert(output, FloorOf);
    }

    [Fact]
    public void A_card_in_two_to_four_chat_messages_is_found()
    {
        var tally = new Tally();
        foreach (var family in new[] { "visa", "mastercard", "jcb" })
        foreach (int messages in new[] { 2, 3, 4 })
        foreach (var speakers in new[] { "same", "another" })
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces39/card-chat/{family}/{messages}/{speakers}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string card = JoinedPiecesTests.ValueOf(family, r);
                string[] pieces = messages switch
                {
                    2 => new[] { card[..8], card[8..] },
                    3 => new[] { card[..4], card[4..10], card[10..] },
                    _ => new[] { card[..4], card[4..8], card[8..12], card[12..] },
                };
                string text = InChat(family, pieces, speakers, r, out int at, out int length);
                tally.Add(Cell($"pieces39 card-chat {family} × {messages} messages × {speakers} speaker"), Covers(text, at, length, EntityTypes.CreditCard));
            }
        }
        tally.Assert(output, FloorOf);
    }

    // A chat of timed messages: the first holds the label and the first piece, each next message one piece.
    private static string InChat(string family, string[] pieces, string speakers, Random r, out int at, out int length)
    {
        var text = new System.Text.StringBuilder("幫我整理成紀錄：\n").Append($"[{r.Next(10, 23)}:{r.Next(10, 59)}] 小林：{Spaced.LabelOf(family)} ");
        at = text.Length;
        text.Append(pieces[0]);
        for (int k = 1; k < pieces.Length; k++)
        {
            string speaker = speakers == "same" ? "小林" : Pick(r, "阿宏", "所長");
            text.Append($"\n[{r.Next(10, 23)}:{r.Next(10, 59)}] {speaker}：{pieces[k]}");
        }
        length = text.Length - at;
        text.Append($"\n[{r.Next(10, 23)}:{r.Next(10, 59)}] 所長：收到");
        return text.ToString();
    }

    // A later piece's digits as Chinese or radio numerals, the last piece in full width (letters stay as they are).
    private static string Numerals(string piece, string numerals, bool last)
    {
        if (numerals == "arabic") return piece;
        if (last) return string.Concat(piece.Select(c => c is >= '0' and <= '9' ? (char)(c + 0xFEE0) : c));
        string digits = numerals == "radio-then-full-width" ? "洞幺兩三四五六拐八勾" : "〇一二三四五六七八九";
        return string.Concat(piece.Select(c => c is >= '0' and <= '9' ? digits[c - '0'] : c));
    }

    // ---- (d), (e) one mark or word between two pieces; pieces as list items ---------------------------------------

    private static readonly string[] OneMarks = { "｜", "/", "、", "和", "跟", "加上", "然後" };

    [Fact]
    public void Two_pieces_parted_by_one_mark_or_word_are_found()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var mark in OneMarks)
        foreach (var frame in new[] { "label", "chat" })
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces39/one-mark/{family}/{mark}/{frame}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string compact = JoinedPiecesTests.ValueOf(family, r).Replace("-", "");
                int cut = family == "plate" ? 3 : Pick(r, 4, 5, 6);
                string written = compact[..cut] + Pick(r, mark, " " + mark + " ") + compact[cut..];
                string text = Spaced.Framed(Spaced.LabelOf(family) + Pick(r, "：", " "), written, Pick(r, "。", "，請查。"), frame, r, out int at);
                tally.Add(Cell($"pieces39 one-mark {family} × {mark} × {frame}"), Covers(text, at, written.Length, Spaced.TypeOf(family)));
            }
        }
        tally.Assert(output, FloorOf);
    }

    [Fact]
    public void Pieces_as_list_items_are_found()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var list in new[] { "bullets", "numbered", "numbered-paren" })
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces39/list/{family}/{list}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                var pieces = JoinedPiecesTests.Pieces(family, JoinedPiecesTests.ValueOf(family, r), r);
                string bullet = Pick(r, "- ", "* ", "• ");
                string written = string.Join("\n", pieces.Select((p, k) => list switch
                {
                    "bullets" => (k == 0 ? "" : bullet) + p,
                    "numbered" => (k == 0 ? "" : $"{k + 1}. ") + p,
                    _ => (k == 0 ? "" : $"({k + 1}) ") + p,
                }));
                string first = list switch { "bullets" => bullet, "numbered" => "1. ", _ => "(1) " };
                string before = $"{Spaced.LabelOf(family)}{Pick(r, "分段如下：", "拆成幾行：")}\n{first}";
                string text = before + written + "\n以上請合併。";
                tally.Add(Cell($"pieces39 list {family} × {list}"), Covers(text, before.Length, written.Length, Spaced.TypeOf(family)));
            }
        }
        tally.Assert(output, FloorOf);
    }

    // ---- (f) e-mail as account and domain; (g) an ID's letter and digits in two sentences ----------------------------

    private static readonly (string Name, Func<string, string, Random, string> Write)[] MailParts =
    {
        ("account-domain", (name, domain, r) => $"帳號是{name}{Pick(r, "，", " ", "、")}網域是{Pick(r, "", "@")}{domain}"),
        ("front-back", (name, domain, r) => $"前面是{name}{Pick(r, "，", " ")}後面是{Pick(r, "@", "")}{domain}"),
        ("at-provider-spoken", (name, domain, r) => $"{name} at {domain}"),
        ("user-name-at", (name, domain, r) => $"user name {name}{Pick(r, "，", " ")}at {domain}"),
    };

    [Fact]
    public void An_address_given_as_its_account_and_its_domain_is_found()
    {
        var tally = new Tally();
        foreach (var form in MailParts)
        foreach (var frame in new[] { "label", "chat" })
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces39/mail/{form.Name}/{frame}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string name = Spaced.MailboxName(r);
                string written = form.Write(name, Pick(r, "gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com", "msa.hinet.net"), r);
                string text = Spaced.Framed(Pick(r, "信箱", "email ", "他的電子郵件"), written, Pick(r, "。", "，請回信。"), frame, r, out int at);
                tally.Add(Cell($"pieces39 mail {form.Name} × {frame}"), CoversFrom(text, at, written, name, EntityTypes.EmailAddress));
            }
        }
        tally.Assert(output, FloorOf);
    }

    [Fact]
    public void An_id_whose_letter_is_in_one_sentence_and_digits_in_the_next_is_found()
    {
        var tally = new Tally();
        foreach (var family in new[] { "id", "arc-2021", "arc-old" })
        foreach (var frame in new[] { "label", "chat" })
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces39/letter-sentence/{family}/{frame}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string id = PartsGivenApartTests.IdOf(family, r);
                int letters = family == "arc-old" ? 2 : 1;
                string written = $"{Pick(r, "英文字母是", "字母是", "開頭字母")}{id[..letters]}。{Pick(r, "數字是", "後面數字是", "數字部分：")}{id[letters..]}";
                string text = Spaced.Framed(Spaced.LabelOf(family), written, "。", frame, r, out int at);
                tally.Add(Cell($"pieces39 letter-sentence {family} × {frame}"), CoversFrom(text, at, written, $"{id[..letters]}。", Spaced.TypeOf(family)));
            }
        }
        tally.Assert(output, FloorOf);
    }

    // ---- hard negatives --------------------------------------------------------------------------------------------

    [Fact]
    public void Number_lists_prices_and_dates_in_pieces_stay_clean()
    {
        var tally = new Tally();
        var r = new Random(CaseGenerator.StableSeed("pieces39 negatives"));
        for (int n = 0; n < CasesPerCell * 30; n++)
        {
            (string cell, string text) = (n % 10) switch
            {
                0 => ("numbered-list", $"待辦：\n1. 開會 {r.Next(2, 9)} 人\n2. 預算 {r.Next(1000, 9999)} 元\n3. 會議室 {r.Next(100, 999)}"),
                1 => ("numbered-counts", $"1. {r.Next(1000, 9999)}\n2. {r.Next(100, 999)}\n3. {r.Next(1000, 9999)}"),
                2 => ("price-in-pieces", $"總價前四碼是{r.Next(1000, 9999)}，後三碼是{r.Next(100, 999)}元。"),
                3 => ("price-one-mark", $"金額 {r.Next(1000, 9999)}｜{r.Next(100, 999)}{Pick(r, "元", " 元")}，共 {r.Next(2, 9)} 筆。"),
                4 => ("date-in-pieces", $"日期第一段是{r.Next(100, 114)}年，第二段是{r.Next(1, 12):00}{r.Next(1, 28):00}，結尾是{r.Next(1000, 2359)}時。"),
                5 => ("case-number-place", $"案號前四碼{r.Next(1000, 9999)}，後{Han(6)}碼{r.Next(100000, 999999)}。"),
                6 => ("chat-times", $"[10:{r.Next(10, 59)}] 小林：{r.Next(2, 9)} 台\n[10:{r.Next(10, 59)}] 阿宏：{"〇一二三四五六七八九"[r.Next(1, 9)]}十人\n[11:{r.Next(10, 59)}] 所長：{r.Next(100, 999)} 元"),
                7 => ("bullet-prices", $"報價：\n- {r.Next(1000, 9999)} 元\n- {r.Next(100, 999)} 元\n- {r.Next(1000, 9999)} 元"),
                8 => ("opens-ends-invalid", OpensEnds(Spaced.WrongCheck(PartsGivenApartTests.IdOf("id", r)), r)),
                _ => ("dates-and-marks", $"{r.Next(100, 114)}/{r.Next(1, 12)}/{r.Next(1, 28)}、{r.Next(100, 114)}/{r.Next(1, 12)}/{r.Next(1, 28)} 和 {r.Next(1000, 9999)} 跟 {r.Next(100, 999)}"),
            };
            tally.Add($"pieces39 negative {cell}", !Scan(text).Any(f => f.Type is EntityTypes.NationalId or EntityTypes.ResidentCertificate
                or EntityTypes.CreditCard or EntityTypes.PhoneNumber or EntityTypes.LicensePlate or EntityTypes.EmailAddress));
        }
        tally.Assert(output, floor: 1.0);
    }

    [Fact]
    public void Mail_look_alikes_in_prose_and_code_stay_clean()
    {
        var tally = new Tally();
        var r = new Random(CaseGenerator.StableSeed("pieces39 mail negatives"));
        for (int n = 0; n < CasesPerCell * 30; n++)
        {
            (string cell, string text) = (n % 10) switch
            {
                0 => ("at-before-domain", $"{Pick(r, "Look", "Check", "Details")} at {Pick(r, "example.com", "github.com", "docs.microsoft.com", "gov.tw")} {Pick(r, "for details.", "today.", "please.")}"),
                1 => ("at-in-prose", $"We {Pick(r, "met", "stayed", "work")} at {Pick(r, "Google.com", "the office", "Amazon.com")} {Pick(r, "last year", "in Taipei")}。"),
                2 => ("retina-file", $"請更新圖示 {Pick(r, "logo", "icon", "banner")}@{r.Next(2, 4)}x.{Pick(r, "png", "jpg", "webp")} 的尺寸。"),
                3 => ("mention", $"@{Pick(r, "wang", "lin_dev", "chen.ops")} {Pick(r, "請看一下", "please review", "已修正")} #{r.Next(100, 999)}"),
                4 => ("npm-scope", $"npm install @{Pick(r, "types", "angular", "azure")}/{Pick(r, "node", "core", "identity")}@{r.Next(1, 20)}.{r.Next(0, 9)}.{r.Next(0, 9)}"),
                5 => ("git-url", $"git clone git@{Pick(r, "github.com", "gitlab.example.com", "bitbucket.org")}:{Pick(r, "org", "team")}/{Pick(r, "repo", "app")}.git"),
                6 => ("localhost-log", $"[INFO] {DateTime.UnixEpoch.AddSeconds(r.Next()):HH:mm:ss} session opened for {Pick(r, "root", "deploy", "app")}@localhost port {r.Next(1000, 9999)}"),
                7 => ("package-version", $"升級 {Pick(r, "lodash", "react", "serilog")}@{r.Next(1, 20)}.{r.Next(0, 20)}.{r.Next(0, 9)} 後測試通過。"),
                8 => ("docker-digest", $"image {Pick(r, "nginx", "redis")}@sha256:{ValueFamilies.Digits(r, 12)}abcdef"),
                _ => ("at-time", $"Meet at {r.Next(1, 12)}.{r.Next(10, 59)} {Pick(r, "pm", "am")} at {Pick(r, "lobby.B", "room.3", "gate.A")}。"),
            };
            tally.Add($"pieces39 mail negative {cell}", !Scan(text).Any(f => f.Type == EntityTypes.EmailAddress));
        }
        tally.Assert(output, floor: 1.0);
    }

    // An ID with a wrong check digit given as its opening and its end, in either order, under a case-number label.
    private static string OpensEnds(string id, Random r) =>
        r.Next(2) == 0 ? $"案號開頭是{id[..4]}，結尾是{id[4..]}。" : $"案號結尾是{id[4..]}，開頭是{id[..4]}。";

    // ---- helpers -----------------------------------------------------------------------------------------------------

    /// <summary>Whether a finding of <paramref name="type"/> covers text[start, start + length): from the first piece to the last.</summary>
    internal static bool Covers(string text, int start, int length, string type)
    {
        bool covered = start >= 0 && Scan(text).Any(f => f.Type == type && f.Start <= start && start + length <= f.Start + f.Length);
        // For a developer: the missed synthetic cases, to a file only (never to the test output).
        if (!covered && Environment.GetEnvironmentVariable("DATAGUARD_GENERATED_MISSES") is string misses and not "")
            File.AppendAllText(misses, text.Replace("\n", "⏎") + "\n");
        return covered;
    }

    /// <summary>
    /// Whether a finding covers <paramref name="written"/> (placed at <paramref name="at"/>) from its first piece (words
    /// naming it before it are not the value's) to its end, which is the last piece.
    /// </summary>
    private static bool CoversFrom(string text, int at, string written, string firstPiece, string type)
    {
        int first = written.IndexOf(firstPiece, StringComparison.Ordinal);
        return first >= 0 && Covers(text, at + first, written.Length - first, type);
    }

    private static string Cell(string name) => name;

    private static T Pick<T>(Random r, params T[] items) => items[r.Next(items.Length)];
}

/// <summary>
/// Floors of round 39's cells (<see cref="PiecesByPositionTests"/>): 1.00 unless listed here with the honest figure of
/// det-pieces39 (T). A cell held lower names what it leaves in the README's det-pieces39 subsection.
/// </summary>
internal static class CellFloorsRound39
{
    public static double Of(string cell)
    {
        // Out of scope: one full-width bar between two pieces, unrepeated (0912｜345678) — the bar is a table's cell break to
        // the chain reader unless repeated (det-seps38) or under a joining sentence (det-pieces37); plates are read across it.
        if (cell.StartsWith("pieces39 one-mark ", StringComparison.Ordinal) && cell.Contains("× ｜ ×", StringComparison.Ordinal)) return 0;
        // Out of scope: a plate given tail first or as 開頭是 ABC，結尾是 1234 (the plate reader joins only spoken words, a plus
        // or a line wrap at its hyphen; the tail-first reader joins digits).
        if (cell.StartsWith("pieces39 place plate ", StringComparison.Ordinal) && (cell.Contains("out-of-order", StringComparison.Ordinal) || cell.Contains("opens-ends", StringComparison.Ordinal))) return 0;
        // A landline 02 given tail first, read 9/10: a local reading of the tail after 住家電話 outscores the joined number.
        if (cell.StartsWith("pieces39 place landline ", StringComparison.Ordinal) && cell.Contains("out-of-order", StringComparison.Ordinal)) return 0.9;
        // A plate as numbered list items (ABC-⏎2. 12⏎3. 35): a list number before a plate's digits reads as the digits' own.
        if (cell == "pieces39 list plate × numbered") return 0.3;
        if (cell == "pieces39 list plate × bullets") return 0.8;
        return 1.0;
    }
}
