using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Scanning;
using Spaced = DataGuard.Detection.Tests.Generated.ReversalsPiecesSpacedTests;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 38 (categories of sets U33, U34)": values disguised by staff in three more ways — sent in pieces over
/// several chat messages (same or another speaker, a joining word opening a message, a hint before or after, or none) or
/// on one line with a joiner (】【, ，再來, a spaced slash); typed backwards with a note in the forms round 37's table lacked
/// (用倒的寫, 倒寫, 從右邊讀, a note whose value follows a colon in the next clause); and e-mail written out with the at word
/// glued by hyphens or underscores (name-at-gmail dot com, a DOT b_at_yahoo DOT com DOT tw), 小老鼠 with 點, or its last
/// label on the next line — family × disguise × frame, with hard negatives of the same shapes. Values are built here
/// with their check digits; output lists cell names and counts only.
/// </summary>
public sealed class ChatPiecesNotesMailTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 10;

    private static readonly string[] PieceFamilies = { "mobile", "id", "arc-2021", "visa" };

    /// <summary>How the messages after the first open, and what stands before and after the pieces (the generator's own wording).</summary>
    private static readonly (string Name, string Before, string Opening, string After)[] ChatHints =
    {
        ("joining-word", "再傳一次 ", "接著 ", ""),
        ("hint-after", "", "", "（接起來）"),
        ("continued-mark", "", "(續) ", ""),
        ("no-hint", "", "", ""),
    };

    /// <summary>The honest figure reached on this branch (T): see the README's det-pieces38 subsection.</summary>
    private const double ChatPiecesFloor = 1.0;

    [Fact]
    public void A_value_sent_in_pieces_over_chat_messages_is_found()
    {
        var tally = new Tally();
        foreach (var family in PieceFamilies)
        foreach (var hint in ChatHints)
        foreach (var speakers in new[] { "same", "another" })
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces38/chat/{family}/{hint.Name}/{speakers}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                var pieces = JoinedPiecesTests.Pieces(family, JoinedPiecesTests.ValueOf(family, r), r);
                string first = $"[{r.Next(10, 23)}:{r.Next(10, 59)}] 小林：", label = Spaced.LabelOf(family) + " " + hint.Before;
                var text = new System.Text.StringBuilder("幫我把聊天內容整理成紀錄：\n").Append(first).Append(label);
                int at = text.Length;
                text.Append(pieces[0]);
                for (int k = 1; k < pieces.Length; k++)
                {
                    string speaker = speakers == "same" ? "小林" : Pick(r, "阿宏", "所長");
                    text.Append($"\n[{r.Next(10, 23)}:{r.Next(10, 59)}] {speaker}：{hint.Opening}{pieces[k]}");
                }
                int length = text.Length - at;
                text.Append(hint.After).Append($"\n[{r.Next(10, 23)}:{r.Next(10, 59)}] 所長：好，我去查");
                tally.Add($"pieces38 chat {family} × {hint.Name} × {speakers} speaker", PartsGivenApartTests.Finds(text.ToString(), at, length, Spaced.TypeOf(family)));
            }
        }
        tally.Assert(output, ChatPiecesFloor);
    }

    private static readonly (string Name, Func<string[], string> Join)[] LineJoiners =
    {
        ("lenticular-brackets", p => $"{p[0]}】【{p[1]}】【{p[2]}"),
        ("then-again", p => $"{p[0]}，再來 {p[1]}，再來 {p[2]}"),
        ("spaced-slash", p => $"{p[0]} / {p[1]} / {p[2]}"),
        ("continued-lines", p => $"{p[0]}（接下行）\n{p[1]}（接下行）\n{p[2]}"),
    };

    [Fact]
    public void A_value_in_pieces_on_one_line_with_a_joiner_and_an_instruction_is_found()
    {
        var tally = new Tally();
        foreach (var family in PieceFamilies)
        foreach (var joiner in LineJoiners)
        foreach (var frame in new[] { "label", "chat" })
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces38/line/{family}/{joiner.Name}/{frame}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string written = joiner.Join(JoinedPiecesTests.Pieces(family, JoinedPiecesTests.ValueOf(family, r), r));
                string before = Spaced.LabelOf(family) + Pick(r, "（前段、後段分開寫）", "分兩格：", "我拆開寫：");
                string text = Spaced.Framed(before, written, Pick(r, "（接起來就是完整的）。", "。"), frame, r, out int at);
                tally.Add($"pieces38 line {family} × {joiner.Name} × {frame}", PartsGivenApartTests.Finds(text, at, written.Length, Spaced.TypeOf(family)));
            }
        }
        tally.Assert(output, 1.0);
    }

    private static readonly string[] ReversedFamilies = { "mobile", "landline", "id", "plate", "visa" };

    /// <summary>Round 38's note forms before a value typed backwards, and after it.</summary>
    private static readonly string[] NotesBefore = { "用倒的寫：", "倒寫：", "從右邊讀：", "我用倒著寫的，避免被過濾：", "逆序：" };

    private static readonly string[] NotesAfter = { "（從右邊讀）", "（倒寫的）", "（用倒的寫，請轉正）", "（逆序）" };

    [Fact]
    public void A_value_typed_backwards_with_a_note_in_another_form_is_found()
    {
        var tally = new Tally();
        foreach (var family in ReversedFamilies)
        foreach (var place in new[] { "before", "after" })
        foreach (var frame in new[] { "label", "chat", "csv" })
        {
            var r = new Random(CaseGenerator.StableSeed($"reversed38/{family}/{place}/{frame}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string written = Spaced.Reverse(JoinedPiecesTests.ValueOf(family, r));
                string label = Spaced.LabelOf(family);
                string before = place == "before" ? label + Pick(r, NotesBefore) : label + " ";
                string text = Spaced.Framed(before, written, place == "after" ? Pick(r, NotesAfter) : "", frame, r, out int at);
                tally.Add($"reversed38 {family} × note {place} × {frame}", PartsGivenApartTests.Finds(text, at, written.Length, Spaced.TypeOf(family)));
            }
        }
        tally.Assert(output, 1.0);
    }

    private static readonly (string Name, Func<string, string, string, string> Write)[] WrittenMail =
    {
        ("hyphen-at-dot-words", (name, host, tld) => $"{name}-at-{host} dot {tld.Replace(".", " dot ")}"),
        ("hyphen-at-upper-dots", (name, host, tld) => $"{name}-at-{host} DOT {tld.Replace(".", " DOT ")}"),
        ("underscore-at", (name, host, tld) => $"{name}_at_{host}.{tld}"),
        ("dot-in-name", (name, host, tld) => $"{name.Replace(".", " dot ").Replace("_", " dot ")}-at-{host} dot {tld.Replace(".", " dot ")}"),
        ("mouse-and-dian", (name, host, tld) => $"{name}（小老鼠）{host}點{tld.Replace(".", "點")}"),
        ("dian-then-line", (name, host, tld) => $"{name}@{host}點\n{tld.Replace(".", "點")}"),
        ("spaced-dot-then-line", (name, host, tld) => $"{name} @ {host} . \n{tld}"),
    };

    [Fact]
    public void An_address_written_out_with_at_and_dot_words_is_found()
    {
        var tally = new Tally();
        foreach (var form in WrittenMail)
        foreach (var frame in new[] { "prose", "csv", "markdown", "xml", "sql" })
        {
            var r = new Random(CaseGenerator.StableSeed($"written-mail38/{form.Name}/{frame}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string written = form.Write(Spaced.MailboxName(r), Pick(r, "gmail", "yahoo", "hotmail", "pchome", "msa.hinet"), Pick(r, "com", "com.tw", "net"));
                string before = frame switch
                {
                    "prose" => Pick(r, "信箱拆成兩半：", "檢舉人聯絡信箱", "請聯繫承辦人，"),
                    "csv" => $"王○明,{PartsGivenApartTests.IdOf("id", r)},",
                    "markdown" => "| 陳○玲 | ",
                    "xml" => "<person><mail>",
                    _ => "INSERT INTO contact VALUES ('林○華', '",
                };
                string after = frame switch { "prose" => "。", "csv" => ",被害人\n", "markdown" => " | 關係人 |", "xml" => "</mail></person>", _ => "');" };
                tally.Add($"written-mail38 {form.Name} × {frame}", PartsGivenApartTests.Finds(before + written + after, before.Length, written.Length, EntityTypes.EmailAddress));
            }
        }
        tally.Assert(output, 1.0);
    }

    [Fact]
    public void Shapes_of_chat_pieces_notes_and_written_mail_that_are_no_value_stay_clean()
    {
        var tally = new Tally();
        var r = new Random(CaseGenerator.StableSeed("pieces38 negatives"));
        for (int n = 0; n < CasesPerCell * 25; n++)
        {
            (string cell, string text) = (n % 10) switch
            {
                // chat lines whose numbers are counts and times, under a joining hint
                0 => ("chat-counts", $"[10:{r.Next(10, 59)}] 小林：再傳一次 {r.Next(2, 9)} 台⏎[10:{r.Next(10, 59)}] 小林：接著 {r.Next(10, 99)} 人⏎[11:{r.Next(10, 59)}] 所長：{r.Next(100, 999)} 元（接起來）".Replace('⏎', '\n')),
                // pieces over chat messages joining to a wrong check digit, and to a number out of the plan
                1 => ("chat-invalid-id", ChatPieces(Spaced.WrongCheck(PartsGivenApartTests.IdOf("id", r)), "案號", r)),
                2 => ("chat-out-of-plan", ChatPieces("01" + ValueFamilies.Digits(r, 8), "編號", r)),
                3 => ("meet-at-noon", $"{Pick(r, "meet", "see-you", "lunch")}-at-{Pick(r, "noon", "lobby", "gate")} dot {Pick(r, "then", "ok", "thanks")} {Pick(r, "bring", "call", "go")} it."),
                4 => ("at-word-no-domain", $"{Pick(r, "state", "risk", "look")}_at_{Pick(r, "home", "work", "night")} {Pick(r, "dot", "點")} {Pick(r, "then", "下午", "明天")}"),
                // a reversal note beside a number whose turned-round reading validates as nothing
                5 => ("reversed-invalid", $"{Pick(r, "案號", "單號")}用倒的寫：{Spaced.Reverse(Spaced.WrongCheck(PartsGivenApartTests.IdOf("id", r)))}。"),
                // (turned round it starts 01, in no plan; as written it starts 1, in none either)
                6 => ("reversed-out-of-plan", $"{Pick(r, "流水號", "編號")}從右邊讀：{Spaced.Reverse("01" + ValueFamilies.Digits(r, 7) + "1")}。"),
                7 => ("note-clause-no-value", $"我用倒著寫的，{Pick(r, "避免被過濾", "比較好記")}：共 {r.Next(2, 9)} 項，{Pick(r, "下午", "明天")}再說。"),
                8 => ("lenticular-headings", $"【第{r.Next(1, 9)}】【{r.Next(10, 99)}】{Pick(r, "公告", "會議")}：{r.Next(100, 999)}】【{r.Next(1000, 9999)}"),
                _ => ("dian-line-no-domain", $"地址在{Pick(r, "信義路", "中山路")}點\n{Pick(r, "com", "net")}ing 明天見。"),
            };
            tally.Add($"pieces38 negative {cell}", !Scan(text).Any(f => f.Type is EntityTypes.NationalId or EntityTypes.ResidentCertificate
                or EntityTypes.CreditCard or EntityTypes.PhoneNumber or EntityTypes.LicensePlate or EntityTypes.EmailAddress));
        }
        tally.Assert(output, floor: 1.0);
    }

    // A number cut in three chat messages of one speaker, with a joining hint after them.
    private static string ChatPieces(string value, string label, Random r) =>
        $"[09:{r.Next(10, 59)}] 阿宏：{label} {value[..3]}\n[09:{r.Next(10, 59)}] 阿宏：接著 {value[3..6]}\n[09:{r.Next(10, 59)}] 阿宏：{value[6..]}（接起來）";

    private static T Pick<T>(Random r, params T[] items) => items[r.Next(items.Length)];
}
