using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Generated.PiecesOnRequestTests;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 41 (issue 9, det-pieces41)": values given in pieces in the layouts set U42 wrote them, by construction —
/// (e) chat pieces in other exports: a tab-separated export whose request says how to send (卡號給我一下，分開傳), speakers
/// named in brackets with no time ([值班台] D2095), lines with no speaker between the pieces (（已收回訊息）, [貼圖], 😂), the
/// asker sending the pieces themselves after a sticker, another request ending the pieces; (f) segments labelled by the
/// heavenly stems without 第 (乙段：…；甲段：…), parted by a slash, an emoji, a line break or 另一段是; (g) groups read out
/// with a joining word (再來是, 然後, 接著, 下一組), one group in Arabic and Chinese numerals mixed digit by digit. Family ×
/// layout, parting or joining word × numeral form or mixed group, seeded. A case counts only where one finding of the value's type covers the pieces, first to
/// last, and no finding of another type lies within them. Hard negatives in the same frames (a case number, an order
/// number, a sum, a time, an invoice number, a UBN; a card whose pieces fail Luhn) stay clean. Values are built here with
/// their check digits; output lists cell names and counts only.
/// </summary>
public sealed class PiecesInExportsTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 10;

    internal static readonly string[] Layouts = { "tab-export", "bracket-names", "notes-between", "asker-sends" };

    internal static readonly string[] Partings = { "semicolon", "slash", "emoji", "line-break", "another" };

    private static readonly string[] Numerals = { "arabic", "full-width", "han", "radio", "circled" };

    /// <summary>Floors: the honest figure of this branch (T), see the README's det-pieces41 subsection.</summary>
    // Round 41 (det-pieces41): every cell at its honest figure of the branch, 1.00 (T).
    private static double FloorOf(string cell) => 1.0;

    // ---- (e) chat pieces in other exports ---------------------------------------------------------------------------

    [Fact]
    public void Pieces_sent_in_chat_exports_of_other_layouts_are_found_over_all_of_them()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var layout in Layouts)
        foreach (var numerals in Numerals)
        {
            var r = new Random(Generated.CaseGenerator.StableSeed($"pieces41/chat/{family}/{layout}/{numerals}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = JoinedPiecesTests.ValueOf(family, r).Replace("-", "");
                string text = ChatExport(AskWordOf(family, r), Cut(value, r), layout, numerals, r, out int at, out int length);
                tally.Add($"pieces41 chat {family} × {layout} × {numerals}", CoversAlone(text, at, length, JoinedPiecesTests.TypeOf(family)));
            }
        }
        tally.Assert(output, FloorOf);
    }

    /// <summary>
    /// A chat export: the request, the pieces one message each with a note, sticker or emoji line between some of them, then
    /// another request with its own answer (the pieces end there). at/length: first piece to last.
    /// </summary>
    internal static string ChatExport(string askWord, string[] pieces, string layout, string numerals, Random r, out int at, out int length)
    {
        var (asker, sender) = Pick(r, ("組長", "學長"), ("Kevin", "阿偉"), ("值班台", "承辦人"), ("我", "小隊長"));
        if (layout == "asker-sends") sender = asker;
        int minute = r.Next(10, 40);
        string Prefix(string who) => layout == "bracket-names" ? $"[{who}] " : layout == "notes-between" ? $"{who}：" : $"16:{minute++}\t{who}\t";
        var text = new System.Text.StringBuilder(Pick(r, "以下是 LINE 群組對話，請幫我整理：\n", "=== LINE 聊天記錄匯出 ===\n"));
        text.Append(Prefix(asker)).Append(Pick(r, $"{askWord}給我一下，分開傳", $"那個{askWord}給一下", $"{askWord}給我一下")).Append('\n');
        at = -1;
        for (int k = 0; k < pieces.Length; k++)
        {
            if (k > 0 && r.Next(2) == 0) text.Append(Pick(r, "（已收回訊息）", "[貼圖]", "😂", "（貼圖）")).Append('\n');
            text.Append(Prefix(sender));
            if (k == 0) at = text.Length;
            text.Append(InNumerals(pieces[k], numerals, r)).Append('\n');
        }
        length = text.Length - 1 - at;
        // The answer comes from someone else than the sender (the asker, or a third speaker where the asker sent the pieces).
        text.Append(Prefix(layout == "asker-sends" ? "小美" : Pick(r, "小美", asker))).Append(Pick(r, "案號給我一下，分開傳", "收到，等等查", "👍")).Append('\n');
        text.Append(Prefix(sender)).Append(Pick(r, "113", "好 我來查")).Append('\n');
        return text.Append("請幫我整理成工作紀錄。").ToString();
    }

    // ---- (f) segments labelled by the heavenly stems ----------------------------------------------------------------

    [Fact]
    public void Segments_labelled_by_stems_out_of_order_are_found()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var parting in Partings)
        foreach (var numerals in Numerals)
        {
            var r = new Random(Generated.CaseGenerator.StableSeed($"pieces41/stems/{family}/{parting}/{numerals}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = JoinedPiecesTests.ValueOf(family, r).Replace("-", "");
                string before = $"我把{AskWordOf(family, r)}拆成幾段打亂給你，請你按照甲乙丙丁排列，然後寫進筆錄：\n";
                string written = StemSegments(Cut(value, r), parting, numerals, r);
                string text = before + written + Pick(r, "", "\n接好之後寫成公文附件。");
                tally.Add($"pieces41 stems {family} × {parting} × {numerals}", CoversAlone(text, before.Length, written.Length, JoinedPiecesTests.TypeOf(family)));
            }
        }
        tally.Assert(output, FloorOf);
    }

    /// <summary>The pieces as 乙段：… in a shuffled order that is never the right one, parted one way.</summary>
    internal static string StemSegments(string[] pieces, string parting, string numerals, Random r)
    {
        int[] order = Enumerable.Range(0, pieces.Length).OrderBy(_ => r.Next()).ToArray();
        if (order.SequenceEqual(Enumerable.Range(0, pieces.Length))) order = order.Reverse().ToArray();
        string between = parting switch
        {
            "semicolon" => "；",
            "slash" => "  /  ",
            "emoji" => " 🙈 ",
            "line-break" => "\n",
            _ => "，另一段是 ",
        };
        return string.Join(between, order.Select(k => $"{"甲乙丙丁"[k]}段{Pick(r, "：", "：", "=")}{InNumerals(pieces[k], numerals, r)}"));
    }

    // ---- (g) groups read out with a joining word, one of them in mixed numerals -------------------------------------------

    internal static readonly string[] GroupFamilies = { "visa", "mastercard", "jcb", "mobile", "id" };

    internal static readonly string[] GroupWords = { "，再來是", "，然後", "，接著", "；下一組" };

    internal static readonly string[] MixedGroups = { "first", "middle", "last" };

    [Fact]
    public void Groups_read_out_with_a_joining_word_and_mixed_numerals_are_found()
    {
        var tally = new Tally();
        foreach (var family in GroupFamilies)
        foreach (var word in GroupWords)
        foreach (var mixed in MixedGroups)
        {
            var r = new Random(Generated.CaseGenerator.StableSeed($"pieces41/groups/{family}/{word}/{mixed}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = JoinedPiecesTests.ValueOf(family, r).Replace("-", "");
                string written = ReadOutInGroups(GroupsOf(value), word, mixed, r);
                string before = $"被害人在電話裡唸{AskWordOf(family, r)}，我照她唸的記：";
                string text = before + written + Pick(r, "。請幫我寫成職務報告。", "。幫我整理成條列式重點。");
                tally.Add($"pieces41 groups {family} × {word.TrimStart('，', '；')} × {mixed}", CoversAlone(text, before.Length, written.Length, JoinedPiecesTests.TypeOf(family)));
            }
        }
        tally.Assert(output, FloorOf);
    }

    /// <summary>A card in fours, a mobile 4-3-3, an ID's letter with three digits, then 3-3.</summary>
    internal static string[] GroupsOf(string value) => value.Length == 16
        ? new[] { value[..4], value[4..8], value[8..12], value[12..] }
        : new[] { value[..4], value[4..7], value[7..] };

    /// <summary>The groups joined by the word, one of them (first, middle or last) in Arabic and Chinese numerals mixed digit by digit.</summary>
    internal static string ReadOutInGroups(string[] groups, string word, string mixed, Random r)
    {
        int k = mixed switch { "first" => 0, "middle" => 1, _ => groups.Length - 1 };
        var written = groups.ToArray();
        written[k] = MixDigits(groups[k], r);
        return string.Join(word, written);
    }

    // Each digit Arabic or a Chinese numeral, at least one of each (a letter stays).
    private static string MixDigits(string group, Random r)
    {
        const string han = "〇一二三四五六七八九";
        var digits = Enumerable.Range(0, group.Length).Where(i => char.IsAsciiDigit(group[i])).ToList();
        if (digits.Count < 2) return group; // a negative's short last group
        int arabic = digits[r.Next(digits.Count)], chinese = digits.First(i => i != arabic);
        return string.Concat(group.Select((c, i) => !char.IsAsciiDigit(c) || i == arabic ? c
            : i == chinese || r.Next(2) == 0 ? han[c - '0'] : c));
    }

    // ---- hard negatives in the same frames -----------------------------------------------------------------------------

    [Fact]
    public void Other_numbers_in_the_same_frames_stay_clean()
    {
        var tally = new Tally();
        foreach (var (name, make) in NotPersonal)
        foreach (var frame in new[] { "chat", "stems", "groups" })
        {
            var r = new Random(Generated.CaseGenerator.StableSeed($"pieces41/negative/{name}/{frame}"));
            for (int n = 0; n < 30; n++)
            {
                var (word, value) = make(r);
                string text = frame switch
                {
                    "chat" => ChatExport(word, Cut(value, r), Pick(r, Layouts), Pick(r, "arabic", "han"), r, out _, out _),
                    "stems" => $"我把{word}拆成幾段打亂給你，請你按照甲乙丙排列：\n{StemSegments(Cut(value, r), Pick(r, Partings), "arabic", r)}",
                    _ => $"對方在電話裡唸{word}，我照他唸的記：{ReadOutInGroups(Chunks(value.Length > 6 ? value : value + ValueFamilies.Digits(r, 2)), Pick(r, GroupWords), Pick(r, MixedGroups), r)}。",
                };
                tally.Add($"pieces41 negative {name} × {frame}", IsClean(text));
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    // A number read out in fours (the last group the rest).
    private static string[] Chunks(string value) =>
        Enumerable.Range(0, (value.Length + 3) / 4).Select(k => value.Substring(4 * k, Math.Min(4, value.Length - 4 * k))).ToArray();

    [Fact]
    public void A_card_asked_for_in_an_export_whose_pieces_fail_its_checks_is_reported_as_nothing()
    {
        var tally = new Tally();
        foreach (var family in new[] { "visa", "mastercard", "jcb" })
        foreach (var layout in Layouts)
        {
            var r = new Random(Generated.CaseGenerator.StableSeed($"pieces41/bad-card/{family}/{layout}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string card = JoinedPiecesTests.ValueOf(family, r);
                string wrong = card[..^1] + (char)('0' + (card[^1] - '0' + 1 + r.Next(8)) % 10);
                string[] pieces;
                do pieces = Cut(wrong, r); while (pieces.Any(p => p.Length >= 12));
                tally.Add($"pieces41 bad-card {family} × {layout}", IsClean(ChatExport("卡號", pieces, layout, "arabic", r, out _, out _)));
            }
        }
        tally.Assert(output, floor: 1.0);
    }
}
