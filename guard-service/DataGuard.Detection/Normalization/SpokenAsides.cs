namespace DataGuard.Detection.Normalization;

/// <summary>
/// What a writer puts between the groups of one value besides a filler word: a short aside in brackets (K123（停頓）456,
/// 4012 (收訊不良) 8888, 0936⏎（續）843…), framed by dashes (0912——再來是——345678, A123 -- 呃 -- 456789), and the phrases
/// of a speaker who checks before going on (3528，等一下…0000, 16，我看一下喔…123); round 42 (det-pieces42, U44): framed by
/// ellipses (6225-801 ⋯⋯等等我先接個電話⋯⋯ 0-6…). An aside is recognised by its frame
/// and its bounded length, not by its words: whatever it says, the groups around it are joined only where their
/// concatenation validates as a value (see <see cref="ChainReader.ReadAcrossFillers"/>). The phrases hold the numeral 一,
/// so the filler reader must take them whole before it would read 一 as a digit.
/// </summary>
internal static class SpokenAsides
{
    /// <summary>Most characters inside one frame (等一下我再確認一下 is nine): a longer one is a sentence, not an aside.</summary>
    private const int MaxInside = 10;

    /// <summary>Most dashes on one side of a frame (——, ---).</summary>
    private const int MaxDashes = 3;

    /// <summary>Phrases of a speaker who checks something before reading on; longest first.</summary>
    private static readonly string[] Phrases = { "我看一下喔", "我看一下", "我查一下", "等一下喔", "稍等一下", "我看看", "看一下", "等一下", "等一等", "等等", "稍等" };

    /// <summary>Whether an aside may start with <paramref name="c"/>: an opening bracket, a dash, or the first character of a phrase.</summary>
    public static bool MayStartWith(char c) => IsOpeningBracket(c) || IsDash(c) || IsEllipsis(c) || c is '我' or '等' or '稍' or '看';

    private static bool IsEllipsis(char c) => c is '…' or '⋯';

    /// <summary>
    /// Round 42: the verbs before a phone word that make it an errand, not a label (等等我先接個電話): the aside says what
    /// the writer does, it names no number.
    /// </summary>
    private static readonly string[] CallErrands = { "接個", "打個", "回個", "接一下", "講個" };

    private static bool IsOpeningBracket(char c) => c is '（' or '(' or '[' or '［' or '【' or '〔' or '〖';

    private static bool IsClosingBracket(char c) => c is '）' or ')' or ']' or '］' or '】' or '〕' or '〗';

    // Hyphens, the long dashes and box-drawing lines people frame an aside with.
    private static bool IsDash(char c) => c is '-' or '－' or '–' or '—' or '―' or '─' or '━' or '⸺';

    private static bool IsLongDash(char c) => c is '—' or '―' or '─' or '━' or '⸺';

    /// <summary>Length of the aside at <paramref name="i"/>, or 0.</summary>
    public static int LengthAt(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (IsOpeningBracket(c)) return BracketedLength(text, i);
        if (IsDash(c)) return DashFramedLength(text, i);
        if (IsEllipsis(c)) return EllipsisFramedLength(text, i);
        if (!MayStartWith(c)) return 0;
        var rest = text.Slice(i);
        foreach (var phrase in Phrases) if (rest.StartsWith(phrase.AsSpan(), StringComparison.Ordinal)) return phrase.Length;
        return 0;
    }

    /// <summary>
    /// Length of an aside in brackets at <paramref name="open"/> ("（停頓）", "(收訊不良)", "【續】"), or 0: the words
    /// between an opening bracket and a closing one.
    /// </summary>
    public static int BracketedLength(ReadOnlySpan<char> text, int open)
    {
        if (open >= text.Length || !IsOpeningBracket(text[open])) return 0;
        int end = InsideEnd(text, open + 1);
        return end > 0 && end < text.Length && IsClosingBracket(text[end]) ? end + 1 - open : 0;
    }

    // "——再來是——", "-- 呃 --", "─停頓─": words between two runs of dashes, a long dash or two hyphens on each side (a
    // single hyphen is a separator), spaces around the words allowed.
    private static int DashFramedLength(ReadOnlySpan<char> text, int i)
    {
        int open = DashRunLength(text, i);
        if (open == 0) return 0;
        int end = InsideEnd(text, SkipSpaces(text, i + open));
        if (end < 0) return 0;
        end = SkipSpaces(text, end);
        int close = DashRunLength(text, end);
        return close == 0 ? 0 : end + close - i;
    }

    // "⋯⋯等等我先接個電話⋯⋯", "…我看一下…": words between two runs of ellipsis marks, spaces around the words allowed.
    private static int EllipsisFramedLength(ReadOnlySpan<char> text, int i)
    {
        int open = EllipsisRunLength(text, i);
        int from = SkipSpaces(text, i + open);
        int end = InsideEnd(text, from, errandsAllowed: true);
        // Pauses around a group are no frame: nothing inside may read as a digit (…幺兩…, …3…, …六…).
        if (end < 0 || HoldsDigit(text.Slice(from, end - from))) return 0;
        end = SkipSpaces(text, end);
        int close = EllipsisRunLength(text, end);
        return close == 0 ? 0 : end + close - i;
    }

    private static bool HoldsDigit(ReadOnlySpan<char> inside)
    {
        foreach (char c in inside) if (PieceCharacters.IsPieceCharacter(c)) return true;
        return false;
    }

    private static int EllipsisRunLength(ReadOnlySpan<char> text, int i)
    {
        int n = 0;
        while (i + n < text.Length && n < MaxDashes && IsEllipsis(text[i + n])) n++;
        return n;
    }

    private static int DashRunLength(ReadOnlySpan<char> text, int i)
    {
        int n = 0;
        bool longDash = false;
        while (i + n < text.Length && n < MaxDashes && IsDash(text[i + n]))
        {
            longDash |= IsLongDash(text[i + n]);
            n++;
        }
        return longDash || n >= 2 ? n : 0;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u3000' or '\u00A0') i++;
        return i;
    }

    // Where the words of an aside starting at from end, or -1: one to MaxInside Han or Bopomofo characters, spaces and
    // pauses (，、…), at least one of them a word rather than a numeral ((一) numbers a list item), and not words that name
    // the numbers around them: a unit alone (（元）, (年)) or a phone word ((分機), （住家電話）).
    private static int InsideEnd(ReadOnlySpan<char> text, int from, bool errandsAllowed = false)
    {
        int i = from, han = 0;
        bool word = false;
        while (i < text.Length && i - from < MaxInside)
        {
            char c = text[i];
            if (IsHan(c))
            {
                han++;
                word |= CharFolding.KindOf(c) != CharKind.Digit;
            }
            else if (c is not (' ' or '\u3000' or '，' or '、') && !(IsEllipsis(c) && !errandsAllowed)) break;
            i++;
        }
        if (!word || NamesNumbers(text.Slice(from, i - from).Trim(), han, errandsAllowed)) return -1;
        return i;
    }

    private static bool NamesNumbers(ReadOnlySpan<char> inside, int han, bool errandsAllowed)
    {
        if (han == 1 && inside.Length == 1 && ChainReader.SeparatesNumbers(inside[0])) return true;
        foreach (var word in Recognizers.PhoneWords.Strong)
        {
            int at = inside.IndexOf(word.AsSpan(), StringComparison.Ordinal);
            if (at >= 0 && !(errandsAllowed && IsErrandAt(inside, at))) return true;
        }
        return false;
    }

    // Whether a verb of an errand stands right before the phone word at `at` (接個電話).
    private static bool IsErrandAt(ReadOnlySpan<char> inside, int at)
    {
        foreach (var verb in CallErrands)
        {
            if (at >= verb.Length && inside.Slice(at - verb.Length, verb.Length).SequenceEqual(verb.AsSpan())) return true;
        }
        return false;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3105' and <= '\u312F';
}
