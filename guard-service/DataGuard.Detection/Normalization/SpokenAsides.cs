namespace DataGuard.Detection.Normalization;

/// <summary>
/// What a writer puts between the groups of one value besides a filler word: a short aside in brackets (K123（停頓）456,
/// 4012 (收訊不良) 8888, 0936⏎（續）843…), framed by dashes (0912——再來是——345678, A123 -- 呃 -- 456789), and the phrases
/// of a speaker who checks before going on (3528，等一下…0000, 16，我看一下喔…123). An aside is recognised by its frame
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
    public static bool MayStartWith(char c) => IsOpeningBracket(c) || IsDash(c) || c is '我' or '等' or '稍' or '看';

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
    private static int InsideEnd(ReadOnlySpan<char> text, int from)
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
            else if (c is not (' ' or '\u3000' or '，' or '、' or '…' or '⋯')) break;
            i++;
        }
        if (!word || NamesNumbers(text.Slice(from, i - from).Trim(), han)) return -1;
        return i;
    }

    private static bool NamesNumbers(ReadOnlySpan<char> inside, int han)
    {
        if (han == 1 && inside.Length == 1 && ChainReader.SeparatesNumbers(inside[0])) return true;
        foreach (var word in Recognizers.PhoneWords.Strong)
        {
            if (inside.IndexOf(word.AsSpan(), StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3105' and <= '\u312F';
}
