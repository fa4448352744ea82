using System.Text;

namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 46 (det-spelled46, U52's "obfuscated"): a value described one character at a time by its places —
/// 第一碼英文字母M，第二碼英文字母F，第三碼1…; 第一碼是0，後面依序是6、6、5…; 開頭是英文 H，接著 D，再來是 6 7 0…;
/// "first letter M, then F, then 1 3 7". The description's grammar is read, not its sentences: an opening (an ordinal and a
/// unit, 開頭, "first"), then any run of ordinals (第N碼, 第N位, "second digit"), order words (後面依序是, 接著, 再來, then,
/// followed by), kind words (英文字母, 數字, letter), list marks and blanks, between the characters themselves (a lone letter,
/// a digit in any script the folding reads, an English digit word). The characters, joined in their order, are read by the
/// whole engine after the value word before the description (<see cref="AskedValues"/>; none: any personal type), so the
/// type's own checksum, Luhn digit, numbering plan or plate layout decides — a description that assembles no valid value
/// (a case number, a password rule 第一碼須為英文字母) reports nothing.
/// </summary>
internal static class OrdinalDescriptions
{
    /// <summary>Fewest and most characters a description assembles (a 2+3 plate; a card of 19 digits).</summary>
    private const int MinCharacters = 5, MaxCharacters = 19;

    /// <summary>Most characters of text a description spans (sixteen English ordinals, "the tenth character is 8, ").</summary>
    private const int MaxSpan = 520;

    /// <summary>How far before the description its value word may stand (身分證字號我描述給你：…).</summary>
    private const int LabelReach = 24;

    /// <summary>
    /// Units an ordinal counts in (第三碼, 第三位, 第三個字, 第三個字母). 個 alone is none: 英文字母第25個 names a letter by its
    /// place in the alphabet (<see cref="LetterDescriptions"/>' reading), not a place in the value.
    /// </summary>
    private static readonly string[] Units = { "個字元", "個字母", "個數字", "個字", "碼", "位", "字" };

    /// <summary>The label a description gets where a vehicle is named before it and no value word is.</summary>
    private const string VehicleLabel = "車號";

    private const string OrdinalNumerals = "一二三四五六七八九十兩0123456789０１２３４５６７８９";

    /// <summary>
    /// Words between the characters that order or name them, longest first: order words (後面依序是, 接著, 再來是, 然後),
    /// kind words (英文字母, 數字), copulas. Each is only glue: what it says is the order the characters already stand in.
    /// </summary>
    private static readonly string[] ChineseGlue =
    {
        "接下來依序是", "後面依序是", "後面依序為", "之後依序是", "其餘依序是", "剩下依序是", "再來依序是", "接著依序是",
        "阿拉伯數字", "英文字母", "大寫字母", "小寫字母", "接下來是", "剩下的是", "後面則是", "後面接著", "然後是", "接著是",
        "再來是", "最後是", "後面是", "之後是", "依序是", "依序為", "其餘是", "接下來", "英文", "字母", "數字", "大寫", "小寫",
        "然後", "接著", "再來", "之後", "後面", "依序", "最後", "開頭", "則是", "分別", "是", "為", "接", "再", "和", "跟", "及",
    };

    /// <summary>English glue, lower case, longest first ("followed by", "then", "is").</summary>
    private static readonly string[] EnglishGlue =
    {
        "followed by", "after that", "and then", "the rest", "character", "number", "letter", "digit", "then", "next", "char",
        "and", "the", "are", "is", "by",
    };

    private static readonly string[] EnglishOrdinals =
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "last",
    };

    /// <summary>Nouns after an English ordinal ("first letter", "second digit").</summary>
    private static readonly string[] EnglishUnits = { "character", "letter", "digit", "char", "one", "number" };

    /// <summary>
    /// Marks that list the characters, any of them: the CJK list marks, every separator the folding knows (blanks, hyphens,
    /// dots, slashes, brackets), invisible characters and the symbols typed to disguise a list (→, ★, ❤).
    /// </summary>
    private static bool IsListMark(char c) =>
        c is '、' or '，' or '；' or '：' or '。' or ',' or ';' or ':' or '\n' or '\r' || Blanks.IsOrNoBreak(c)
        || CharFolding.KindOf(c) is CharKind.Separator or CharKind.Invisible || CharFolding.IsSymbolMark(c);

    /// <summary>Every description in <paramref name="text"/>, added to <paramref name="found"/>; no work where no opening stands.</summary>
    public static void AddFrames(string text, ref List<GivenPieces>? found)
    {
        var span = text.AsSpan();
        for (int i = text.IndexOf('第'); i >= 0; i = text.IndexOf('第', i + 1))
            Add(text, i, OrdinalLength(span, i), ref found, ref i);
        for (int i = text.IndexOf("開頭", StringComparison.Ordinal); i >= 0; i = text.IndexOf("開頭", Math.Min(text.Length, i + 2), StringComparison.Ordinal))
            Add(text, i, 2, ref found, ref i);
        if (text.Length < 2) return;
        for (int i = text.IndexOf("irst", 1, StringComparison.Ordinal); i >= 1; i = text.IndexOf("irst", Math.Min(text.Length, i + 4), StringComparison.Ordinal))
        {
            int ordinal = EnglishOrdinalLength(span, i - 1);
            if (ordinal == 0) continue;
            int start = TheBefore(span, i - 1);
            Add(text, start, ordinal + (i - 1 - start), ref found, ref i);
        }
    }

    // "the first character is …": the description starts at its article.
    private static int TheBefore(ReadOnlySpan<char> text, int at) =>
        at >= 4 && text[at - 1] == ' ' && text.Slice(at - 4, 3).Equals("the".AsSpan(), StringComparison.OrdinalIgnoreCase) && !LetterAt(text, at - 5) ? at - 4 : at;

    private static void Add(string text, int at, int opening, ref List<GivenPieces>? found, ref int searchFrom)
    {
        if (opening == 0 || Read(text, at, opening) is not GivenPieces pieces) return;
        (found ??= new List<GivenPieces>()).Add(pieces);
        searchFrom = Math.Max(searchFrom, pieces.End - 1);
    }

    [ThreadStatic] private static StringBuilder? t_characters;

    /// <summary>The description opening at <paramref name="start"/> (its opening <paramref name="opening"/> characters long), or null.</summary>
    public static GivenPieces? Read(string text, int start, int opening)
    {
        var span = text.AsSpan();
        var characters = t_characters ??= new StringBuilder();
        characters.Clear();
        int i = start + opening, end = start, orderWords = 1, limit = Math.Min(span.Length, start + MaxSpan);
        while (i < limit && characters.Length <= MaxCharacters)
        {
            int value = ValueAt(span, i, characters);
            if (value > 0)
            {
                i += value;
                end = i;
                continue;
            }
            int glue = GlueAt(span, i, out bool ordersOrCounts);
            if (glue == 0) break;
            if (ordersOrCounts) orderWords++;
            i += glue;
        }
        if (characters.Length is < MinCharacters or > MaxCharacters || orderWords < 2) return null;
        LabelAround(span, start, end, out string label, out string? asked);
        // After an ID's or certificate's word, a join read only as a mistyped ID (0.60) is none: a wrong check digit described.
        // A description of a number that is no personal value (序號：第一碼是2，後面依序是…) asks for that number: nothing
        // inside it is reported as another kind (its digits read alone as a landline).
        return new GivenPieces(label, asked, typeAsked: asked == AskedValues.NotPersonal, PlateShaped(characters.ToString()), characters.Length, start, end,
            aboveMistyped: asked is null or EntityTypes.NationalId or EntityTypes.ResidentCertificate);
    }

    /// <summary>
    /// The value word nearest before <paramref name="start"/> in its own line and sentence; false where it names a number that
    /// is no personal value (案號, 訂單). Named by no word, a value is read as any personal type, its own validator deciding
    /// (also asked by <see cref="ContinuationMarkers"/>); a vehicle named in the clause before it or right after it labels it as a plate's number.
    /// </summary>
    internal static bool LabelAround(ReadOnlySpan<char> text, int start, int end, out string label, out string? asked)
    {
        int from = Math.Max(0, start - LabelReach);
        for (int k = start - 1; k >= from; k--)
            if (text[k] is '\n' or '。') { from = k + 1; break; } // the description's own line and sentence
        var before = text.Slice(from, start - from);
        if (AskedValues.TryFindLast(before, out label, out asked)) return asked != AskedValues.NotPersonal;
        asked = AskedValues.AnyPersonal;
        if (ScatteredPieces.NamesOtherNumber(before)) // 型號第一碼…, 序號…：a model's or a serial's
        {
            asked = AskedValues.NotPersonal;
            return false;
        }
        if (AskedValues.TryFindNumberWord(before, out label, out _)) return true;
        // A vehicle named in the description's own clause (車呢？我：…, 機車 第一碼…) labels it as a plate's number is
        // labelled; any type may still come of it.
        label = NamesVehicle(before) || VehicleRightAfter(text, end) ? VehicleLabel : "號碼";
        return true;
    }

    /// <summary>How far after a value a vehicle may be named for it: a list item's remark (（計程車）, （肇逃車輛）).</summary>
    private const int VehicleReach = 8;

    private static bool VehicleRightAfter(ReadOnlySpan<char> text, int end)
    {
        var after = text.Slice(end, Math.Min(VehicleReach, text.Length - end));
        int lineEnd = after.IndexOf('\n');
        return NamesVehicle(lineEnd < 0 ? after : after.Slice(0, lineEnd));
    }

    /// <summary>Words naming a vehicle (not 車次, 車站, 車廂: a train's number is no plate).</summary>
    private static readonly string[] VehicleWords = { "機車", "汽車", "轎車", "貨車", "車輛", "車子", "計程車", "贓車", "肇逃", "車呢", "的車", "騎乘", "駕駛" };

    private static bool NamesVehicle(ReadOnlySpan<char> span)
    {
        if (span.IndexOf('車') < 0 && span.IndexOf('肇') < 0 && span.IndexOf('騎') < 0 && span.IndexOf('駕') < 0) return false;
        foreach (var word in VehicleWords) if (span.IndexOf(word.AsSpan(), StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    /// <summary>
    /// A plate's letters and digits described in two runs (MFF137, 2160FH) are joined with their hyphen, as a plate is written;
    /// an ID's or certificate's single run of letters before nine or eight digits, and digits alone, stay as they are.
    /// </summary>
    private static string PlateShaped(string joined)
    {
        if (joined.Length > 7) return joined;
        int boundary = 1;
        while (boundary < joined.Length && AsciiChars.IsLetter(joined[boundary]) == AsciiChars.IsLetter(joined[0])) boundary++;
        for (int k = boundary + 1; k < joined.Length; k++)
            if (AsciiChars.IsLetter(joined[k]) != AsciiChars.IsLetter(joined[boundary])) return joined;
        return boundary == joined.Length ? joined : joined.Substring(0, boundary) + "-" + joined.Substring(boundary);
    }

    // One character of the value at i — a lone letter, a digit of any script (surrogate pairs too), an English digit word —
    // appended to characters; its length in the text, or 0.
    private static int ValueAt(ReadOnlySpan<char> text, int i, StringBuilder characters)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && CharFolding.TryFoldSupplementary(c, text[i + 1], out var wide)
            && wide.Kind is CharKind.Digit or CharKind.Letter)
            return Append(characters, wide.Value, 2);
        var folded = CharFolding.Fold(c);
        if (folded.Kind == CharKind.Digit) return Append(characters, folded.Value, 1);
        if (folded.Kind == CharKind.Letter && !LetterAt(text, i - 1) && !LetterAt(text, i + 1))
            return Append(characters, folded.Value, 1);
        if (AsciiChars.IsLetter(c) && NumberWords.LengthAt(text, i, out char digit) is int word and > 0 && !LetterAt(text, i - 1))
            return Append(characters, digit, word);
        return 0;
    }

    private static int Append(StringBuilder characters, char value, int length)
    {
        characters.Append(char.ToUpperInvariant(value));
        return length;
    }

    private static bool LetterAt(ReadOnlySpan<char> text, int i) => i >= 0 && i < text.Length && AsciiChars.IsLetter(text[i]);

    // Glue at i: a list mark or blank, an ordinal (第三碼, "second digit"), an order, kind or copula word; its length, or 0.
    private static int GlueAt(ReadOnlySpan<char> text, int i, out bool ordersOrCounts)
    {
        ordersOrCounts = false;
        if (IsListMark(text[i])) return 1;
        int ordinal = text[i] == '第' ? OrdinalLength(text, i) : EnglishOrdinalLength(text, i);
        if (ordinal > 0)
        {
            ordersOrCounts = true;
            return ordinal;
        }
        foreach (var word in ChineseGlue)
        {
            if (!text.Slice(i).StartsWith(word.AsSpan(), StringComparison.Ordinal)) continue;
            ordersOrCounts = word.Length > 1;
            return word.Length;
        }
        if (!AsciiChars.IsLetter(text[i]) || LetterAt(text, i - 1)) return 0;
        foreach (var word in EnglishGlue)
        {
            if (!StartsWord(text, i, word)) continue;
            ordersOrCounts = word is "followed by" or "after that" or "and then" or "then" or "next" or "the rest";
            return word.Length;
        }
        return 0;
    }

    /// <summary>Length of an ordinal with its unit at <paramref name="i"/> (第一碼, 第十一碼, 第3位, 第二個字母), or 0.</summary>
    private static int OrdinalLength(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length || text[i] != '第') return 0;
        int k = i + 1;
        while (k < text.Length && k - i <= 3 && OrdinalNumerals.IndexOf(text[k]) >= 0) k++;
        if (k == i + 1) return 0;
        foreach (var unit in Units)
            if (text.Slice(k).StartsWith(unit.AsSpan(), StringComparison.Ordinal)) return k + unit.Length - i;
        return 0;
    }

    /// <summary>Length of an English ordinal and its noun at <paramref name="i"/> ("first letter", "the second digit", "1st char"), or 0.</summary>
    private static int EnglishOrdinalLength(ReadOnlySpan<char> text, int i)
    {
        if (i < 0 || i >= text.Length || LetterAt(text, i - 1)) return 0;
        foreach (var ordinal in EnglishOrdinals)
        {
            if (!StartsWord(text, i, ordinal)) continue;
            int k = Blanks.Skip(text, i + ordinal.Length);
            foreach (var noun in EnglishUnits)
                if (StartsWord(text, k, noun)) return k + noun.Length - i;
            return 0;
        }
        return 0;
    }

    private static bool StartsWord(ReadOnlySpan<char> text, int i, string word) =>
        i + word.Length <= text.Length && text.Slice(i, word.Length).Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase)
        && !LetterAt(text, i + word.Length);
}
