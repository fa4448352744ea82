using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Generated.PiecesOnRequestTests;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 42 (issue 9, det-pieces42)": values in pieces as set U44 wrote them, by construction —
/// (h) pieces named by their place, in any order: ordinals with a blank after them (第四段 8747、第二段 …), places (後段 …、
/// 前段 …、中間 …), places counted (末三碼是 …，前七碼是 …) and ordinals quoted under a value named only as a number
/// (幫我組一個號碼…第三段「…」、第一段「…」), parted by the enumeration comma, a line break, a list item's number or a note
/// on a line of its own; (i) letters listed, then the digits named as a part (A、K、R，數字是 6 2 0 9; H、S，後面四個數字是
/// 7、5、4、1; C 開頭，然後 P、W，數字 3817); (j) marks between pieces: an aside framed by ellipses, a quotation mark with an
/// invisible character on the next piece's line, a bar inside a piece sent in chat. Family × wording × order × parting ×
/// context, seeded. A case counts only where one finding of the value's type covers the pieces, first to last, and no finding
/// of another type lies within them. Hard negatives in the same frames (a case number, an order number, a sum, a time, an
/// invoice number, a UBN; model codes and invoice letters before 數字) stay clean. Values are built here with their check
/// digits; output lists cell names and counts only.
/// </summary>
public sealed class PiecesInAnyOrderTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 5;

    internal static readonly string[] Wordings = { "ordinal-blank", "places", "counted", "number-word" };

    internal static readonly string[] Orders = { "in-order", "reversed", "shuffled" };

    internal static readonly string[] Partings = { "comma", "line", "list-item", "note-line" };

    /// <summary>Floors: the honest figure of this branch (T), see the README's det-pieces42 subsection.</summary>
    private static double FloorOf(string cell) => PiecesInAnyOrderFloors.Of(cell);

    // ---- (h) pieces named by their place, in any order ----------------------------------------------------------------

    [Fact]
    public void Pieces_named_by_their_place_in_any_order_are_found_over_all_of_them()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var wording in Wordings)
        foreach (var order in Orders)
        foreach (var parting in Partings)
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces42/place/{family}/{wording}/{order}/{parting}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = JoinedPiecesTests.ValueOf(family, r).Replace("-", "");
                string text = PlacedPieces(AskWordOf(family, r), CutShort(value, wording, r), wording, order, parting, r, out int at, out int length);
                tally.Add($"pieces42 place {family} × {wording} × {order} × {parting}", CoversAlone(text, at, length, JoinedPiecesTests.TypeOf(family)));
            }
        }
        tally.Assert(output, FloorOf);
    }

    /// <summary>
    /// The pieces labelled by their place and written in the given order, in a sentence asking to join them. at/length: the
    /// first piece written to the last.
    /// </summary>
    internal static string PlacedPieces(string word, string[] pieces, string wording, string order, string parting, Random r, out int at, out int length)
    {
        var sb = new System.Text.StringBuilder(wording == "number-word"
            ? Pick(r, "請幫我組一個號碼，順序我打亂了：", "可以幫我組一個號碼嗎（照段落順序接）：")
            : Pick(r, $"{word}我分{pieces.Length}段給你，順序亂的，自己接起來：", $"以下是{word}，拆開寫：", $"{word}分段寫在下面（順序我打亂了）："));
        int[] indexes = Enumerable.Range(0, pieces.Length).ToArray();
        if (order == "reversed") Array.Reverse(indexes);
        else if (order == "shuffled") indexes = ShuffledOutOfOrder(indexes, r);
        at = -1;
        int end = 0;
        for (int k = 0; k < indexes.Length; k++)
        {
            if (k > 0) sb.Append(PartingOf(parting, k, r));
            int index = indexes[k];
            sb.Append(LabelOf(wording, index, pieces.Length, pieces[index].Length, r));
            bool quoted = wording == "number-word";
            sb.Append(quoted ? "「" : Pick(r, " ", "是 ", "："));
            if (at < 0) at = sb.Length;
            sb.Append(pieces[index]);
            end = sb.Length;
            if (quoted) sb.Append('」');
        }
        length = end - at;
        sb.Append(Pick(r, "。幫我寫止付通報單。", "，接好幫我寫進協查單。", "\n組好後寫入筆錄。"));
        return sb.ToString();
    }

    // A shuffle that is neither the order nor its reverse where the pieces allow one.
    private static int[] ShuffledOutOfOrder(int[] indexes, Random r)
    {
        if (indexes.Length < 3) return indexes.Reverse().ToArray();
        int[] shuffled;
        do shuffled = indexes.OrderBy(_ => r.Next()).ToArray();
        while (shuffled.SequenceEqual(indexes) || shuffled.SequenceEqual(indexes.Reverse()));
        return shuffled;
    }

    private static string LabelOf(string wording, int index, int count, int pieceLength, Random r)
    {
        const string han = "一二三四五六七八九";
        return wording switch
        {
            "ordinal-blank" or "number-word" => "第" + (r.Next(2) == 0 ? han[index].ToString() : (index + 1).ToString()) + "段",
            "places" => index == 0 ? "前段" : index == count - 1 ? "後段" : Pick(r, "中間", "中段"),
            _ => (index == 0 ? "前" : index == count - 1 ? Pick(r, "後", "末", "最後") : "中間")
                + (r.Next(2) == 0 ? han[pieceLength - 1].ToString() : pieceLength.ToString()) + Pick(r, "碼", "位"),
        };
    }

    private static string PartingOf(string parting, int k, Random r) => parting switch
    {
        "comma" => "、",
        "line" => "\n",
        "list-item" => $"\n{k + 1}. ",
        _ => "\n" + Pick(r, "（中間這行是備註：下午再打）", "(今天值班 13-21)", "（先不要公開）") + "\n",
    };

    /// <summary>
    /// Two or three pieces (places name three at most), none longer than nine (a count is one numeral); a counted place's
    /// pieces hold digits and letters alike.
    /// </summary>
    internal static string[] CutShort(string value, string wording, Random r)
    {
        int count = value.Length > 12 || r.Next(2) == 0 ? 3 : 2;
        string[] pieces;
        do pieces = CutInto(value, count, r);
        while (pieces.Any(p => p.Length > 9));
        return pieces;
    }

    private static string[] CutInto(string value, int count, Random r)
    {
        var cuts = Enumerable.Range(1, value.Length - 1).OrderBy(_ => r.Next()).Take(count - 1).OrderBy(c => c).ToList();
        cuts.Add(value.Length);
        var pieces = new string[count];
        int from = 0;
        for (int k = 0; k < count; k++) { pieces[k] = value[from..cuts[k]]; from = cuts[k]; }
        return pieces;
    }

    // ---- (i) letters listed, then the digits named as a part ------------------------------------------------------------

    internal static readonly string[] LetterFamilies = { "plate", "plate-old", "id", "arc-2021", "arc-old" };

    internal static readonly string[] LetterListings = { "glued", "enumerated", "spaced", "ordered" };

    internal static readonly string[] DigitWords = { "數字", "數字是", "後面N個數字是", "數字的部分：" };

    internal static readonly string[] DigitListings = { "glued", "spaced", "enumerated" };

    [Fact]
    public void Letters_listed_then_digits_named_as_a_part_are_found_over_both()
    {
        var tally = new Tally();
        foreach (var family in LetterFamilies)
        foreach (var listing in LetterListings)
        foreach (var digitWord in DigitWords)
        foreach (var digitListing in DigitListings)
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces42/letters/{family}/{listing}/{digitWord}/{digitListing}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                var (letters, digits) = LettersAndDigitsOf(family, r);
                string text = LettersThenDigits(LeadOf(family, letters.Length, r), letters, digits, listing, digitWord, digitListing, r, out int at, out int length);
                tally.Add($"pieces42 letters {family} × {listing} × {digitWord} × {digitListing}", CoversAlone(text, at, length, TypeOfLettered(family)));
            }
        }
        tally.Assert(output, FloorOf);
    }

    internal static (string Letters, string Digits) LettersAndDigitsOf(string family, Random r)
    {
        string value = family switch
        {
            "plate" => JoinedPiecesTests.ValueOf("plate", r).Replace("-", ""),
            "plate-old" => string.Concat(Enumerable.Range(0, 2).Select(_ => "ABCDEFGHJKLMNPQRSTUVWXYZ"[r.Next(24)])) + ValueFamilies.Digits(r, 4),
            _ => JoinedPiecesTests.ValueOf(family, r),
        };
        int letters = value.TakeWhile(char.IsAsciiLetter).Count();
        return (value[..letters], value[letters..]);
    }

    private static string TypeOfLettered(string family) => family.StartsWith("plate", StringComparison.Ordinal) ? EntityTypes.LicensePlate : JoinedPiecesTests.TypeOf(family);

    // The sentence before the letters, naming the value (and, for a plate, sometimes how many letters it has).
    private static string LeadOf(string family, int letters, Random r)
    {
        const string han = "一兩三";
        return family switch
        {
            "plate" or "plate-old" => Pick(r, "車牌是 ", $"車牌{han[letters - 1]}個英文是 ", "違規車號：", "那台車的車牌我有記下來，是 "),
            "id" => Pick(r, "身分證 ", "他的身分證是 ", "證號："),
            _ => Pick(r, "居留證號 ", "統一證號是 ", "證號："),
        };
    }

    internal static string LettersThenDigits(string lead, string letters, string digits, string listing, string digitWord, string digitListing, Random r, out int at, out int length)
    {
        var sb = new System.Text.StringBuilder(Pick(r, "", "幫我查一下，", "請寫進筆錄：")).Append(lead);
        at = sb.Length;
        sb.Append(listing switch
        {
            "glued" => letters,
            "enumerated" => string.Join("、", letters.ToCharArray()),
            "spaced" => string.Join(" ", letters.ToCharArray()),
            _ => letters.Length == 1 ? letters + " 開頭" : letters[0] + " 開頭，然後 " + string.Join("、", letters[1..].ToCharArray()),
        });
        sb.Append(Pick(r, "，", ",", "，")).Append(digitWord.Replace("N", "一二三四五六七八九"[digits.Length - 1].ToString())).Append(' ');
        sb.Append(digitListing switch
        {
            "glued" => digits,
            "spaced" => string.Join(" ", digits.ToCharArray()),
            _ => string.Join("、", digits.ToCharArray()),
        });
        length = sb.Length - at;
        sb.Append(Pick(r, "，銀色 Yaris，幫我寫舉發單。", "。那個人大概 30 歲。", "，請查詢。"));
        return sb.ToString();
    }

    // ---- (j) marks between pieces ------------------------------------------------------------------------------------

    internal static readonly string[] MarkFamilies = { "mobile", "visa", "mastercard", "jcb", "id" };

    internal static readonly string[] Marks = { "ellipsis-aside", "quote-invisible", "chat-bar" };

    [Fact]
    public void Pieces_parted_by_asides_quote_marks_and_bars_are_found_over_all_of_them()
    {
        var tally = new Tally();
        foreach (var family in MarkFamilies)
        foreach (var mark in Marks)
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces42/marks/{family}/{mark}"));
            for (int n = 0; n < CasesPerCell * 2; n++)
            {
                string value = JoinedPiecesTests.ValueOf(family, r);
                string text = MarkedPieces(AskWordOf(family, r), CutOfTwoAtLeast(value, r), mark, r, out int at, out int length);
                tally.Add($"pieces42 marks {family} × {mark}", CoversAlone(text, at, length, JoinedPiecesTests.TypeOf(family)));
            }
        }
        tally.Assert(output, FloorOf);
    }

    // Three pieces of two characters or more: a lone digit before an aside or a quoted line is left (see the README).
    private static string[] CutOfTwoAtLeast(string value, Random r)
    {
        string[] pieces;
        do pieces = CutInto(value, 3, r);
        while (pieces.Any(p => p.Length < 2));
        return pieces;
    }

    internal static string MarkedPieces(string word, string[] pieces, string mark, Random r, out int at, out int length)
    {
        var sb = new System.Text.StringBuilder();
        switch (mark)
        {
            case "ellipsis-aside":
                sb.Append(word).Append(Pick(r, "是 ", "：", " "));
                at = sb.Length;
                sb.Append(pieces[0]).Append(' ').Append(Pick(r, "⋯⋯等等我先接個電話⋯⋯", "……我看一下……", "⋯稍等⋯")).Append(' ').Append(pieces[1]).Append(' ').Append(pieces[2]);
                length = sb.Length - at;
                sb.Append(Pick(r, "，幫我查詢。", "\n拜託幫我接起來後通報。"));
                break;
            case "quote-invisible":
                sb.Append(word).Append(Pick(r, "拆成三行給你，自己接起來：\n", "分三塊傳給你（接起來就是）：\n"));
                at = sb.Length;
                sb.Append(pieces[0]).Append('\n').Append(">> ").Append(Pick(r, "\u00AD", "\u200B", "")).Append(pieces[1]).Append('\n').Append(">> ").Append(pieces[2]);
                length = sb.Length - at;
                sb.Append("\n可以幫我接起來後查詢。");
                break;
            default:
                sb.Append("[09:49] 學長: 那個").Append(word).Append("給我一下，分開傳\n[09:50] 小林: ");
                at = sb.Length;
                sb.Append(BarInside(pieces[0], r)).Append("\n[09:50] 小林: ").Append(Pick(r, "🐟", "💡", "（貼圖）")).Append("\n[09:51] 小林: ")
                    .Append(pieces[1]).Append(Pick(r, " | ", " |", "")).Append("\n[09:52] 小林: ").Append(pieces[2]);
                length = sb.Length - at;
                sb.Append("\n[09:54] 學長: 收到 👍");
                break;
        }
        return sb.ToString();
    }

    // "3477 | 17": a bar with blanks inside a piece of three characters or more.
    private static string BarInside(string piece, Random r)
    {
        if (piece.Length < 3) return piece;
        int cut = 1 + r.Next(piece.Length - 1);
        return piece[..cut] + " | " + piece[cut..];
    }

    // ---- hard negatives in the same frames -----------------------------------------------------------------------------

    [Fact]
    public void Other_numbers_in_the_same_frames_stay_clean()
    {
        var tally = new Tally();
        foreach (var (name, make) in NotPersonal)
        foreach (var frame in new[] { "ordinal-blank", "places", "counted", "ellipsis-aside", "chat-bar" })
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces42/negative/{name}/{frame}"));
            for (int n = 0; n < 30; n++)
            {
                var (word, value) = make(r);
                string text = frame is "ellipsis-aside" or "chat-bar"
                    ? MarkedPieces(word, CutInto(value, 3, r), frame, r, out _, out _)
                    : PlacedPieces(word, CutShort(value, frame, r), frame, Pick(r, Orders), Pick(r, Partings), r, out _, out _);
                tally.Add($"pieces42 negative {name} × {frame}", IsClean(text));
            }
        }
        tally.Assert(output, PiecesInAnyOrderFloors.OfNegative);
    }

    /// <summary>Codes of letters and digits that are no personal value, with the word before them: (the word, letters, digits).</summary>
    internal static readonly (string Name, Func<Random, (string Word, string Letters, string Digits)> Make)[] LetteredCodes =
    {
        ("model-code", r => ("型號 ", Pick(r, "KDX", "RX", "GT"), ValueFamilies.Digits(r, 4))),
        ("invoice", r => ("發票字軌 ", Pick(r, "AB", "QK", "ZX"), ValueFamilies.Digits(r, 8))),
        ("case-number", r => ("案號 ", Pick(r, "A", "K"), $"{r.Next(105, 114)}{ValueFamilies.Digits(r, 5)}")),
        ("order-number", r => ("訂單編號 ", "TW", ValueFamilies.Digits(r, 8))),
        ("train", r => ("車次 ", Pick(r, "K", "EMU"), ValueFamilies.Digits(r, 3))),
        ("no-word", r => ("", Pick(r, "ABC", "KT"), ValueFamilies.Digits(r, 4))),
    };

    [Fact]
    public void Codes_whose_letters_and_digits_are_named_apart_stay_clean()
    {
        var tally = new Tally();
        foreach (var (name, make) in LetteredCodes)
        foreach (var listing in LetterListings)
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces42/negative-letters/{name}/{listing}"));
            for (int n = 0; n < 30; n++)
            {
                var (word, letters, digits) = make(r);
                string text = LettersThenDigits(word, letters, digits, listing, Pick(r, DigitWords), Pick(r, DigitListings), r, out _, out _);
                tally.Add($"pieces42 negative-letters {name} × {listing}", IsClean(text));
            }
        }
        tally.Assert(output, floor: 1.0);
    }
}

/// <summary>
/// Floors of round 42's cells (<see cref="PiecesInAnyOrderTests"/>): the honest figure of det-pieces42 (T), 1.00 unless
/// listed here. A cell held lower names what it leaves in the README's det-pieces42 subsection.
/// </summary>
internal static class PiecesInAnyOrderFloors
{
    // A plate named only as a number (請幫我組一個號碼…第二段「JP」…): no plate word, and a bare code of letters and digits is
    // read as a plate only with one (model and product codes look the same). Out of scope, 0/60 (T).
    public static double Of(string cell) => cell.StartsWith("pieces42 place plate × number-word", StringComparison.Ordinal) ? 0.0 : 1.0;

    /// <summary>
    /// Hard negatives: 1.00 but for four cells where a piece alone is read as a local phone by the readers of earlier rounds
    /// — the same figures on the unchanged engine (0846c16): a seven- or eight-digit piece (第一段是 2390943), a UBN's or
    /// invoice's digits after an aside that says 電話 (⋯⋯等等我先接個電話⋯⋯ 773 1524), an invoice read as an old certificate
    /// across 末五位是 (T).
    /// </summary>
    public static double OfNegative(string cell) => cell switch
    {
        "pieces42 negative invoice × counted" or "pieces42 negative sum × ordinal-blank" or "pieces42 negative ubn × ellipsis-aside" => 29.0 / 30,
        "pieces42 negative invoice × ellipsis-aside" => 28.0 / 30,
        _ => 1.0,
    };
}
