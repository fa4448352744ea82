using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// A recognizer for values made of letters and digits (IDs, phones, cards, plates…). Each one declares its layout
/// check and validator in <see cref="TryMatch"/> and its context words in <see cref="Context"/>; the scanner does the rest.
/// </summary>
internal abstract class ChainRecognizer
{
    /// <summary>The entity type reported (one of <see cref="EntityTypes"/>).</summary>
    public abstract string Type { get; }

    /// <summary>Context words for scoring.</summary>
    public abstract ContextProfile Context { get; }

    /// <summary>Shortest chain that can hold a value (lets the scanner skip short tokens cheaply).</summary>
    public abstract int MinLength { get; }

    /// <summary>
    /// Whether a chain of this shape can hold a value at all: the scanner sums each chain up once and offers it only to
    /// the recognizers that accept its shape. Must say yes whenever <see cref="TryMatch"/> could.
    /// </summary>
    public virtual bool Accepts(in ChainShape shape) => true;

    /// <summary>
    /// Whether the recognizer is shown chains read across filler words ("A164 後面是 669 嗯 282", see
    /// <see cref="ChainReader.ReadAcrossFillers"/>); it must then accept a value split by fillers
    /// (<see cref="Chain.HasFiller"/>) only on strong evidence.
    /// </summary>
    public virtual bool ReadsAcrossFillers => false;

    /// <summary>Tries to read a value at the start of <paramref name="chain"/>.</summary>
    public abstract bool TryMatch(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match);

    /// <summary>The canonical form of a matched value. Called only for values that are reported.</summary>
    public virtual string Normalize(in Chain chain, in ChainMatch match) => chain.Chars.Slice(0, match.Count).ToString();

    /// <summary>
    /// A digit and a dot right before <paramref name="start"/>: the chain is the tail of a decimal or version number
    /// ("10.0.22631.3296", "0.32 mg/L"), never a value of its own; two digits right before it: the tail of a number
    /// whose script changes there to Chinese numerals. A list item's number glued to a value that starts with a letter
    /// ("交班事項：1.agq-1235車主…") is not such a number: decimals and versions go on in digits. Round 36: nor is the last
    /// group of an amount written with thousands commas, or the group after a mask inside a value.
    /// </summary>
    protected internal static bool ContinuesNumber(ReadOnlySpan<char> text, int start) =>
        ThousandsTail(text, start) || MaskedValueTail(text, start) ||
        start >= 2 && CharFolding.KindOf(text[start - 2]) == CharKind.Digit
        && (text[start - 1] is '.' or '\uFF0E' && !IsListNumberBefore(text, start)
            // "08〇-46九5-…": a token that starts where the script changes, two digits into a number, is its tail. Not
            // after a radio reading that is also an everyday word ("親兩兩0918…": 兩兩 "in pairs", 洞 hole, 拐 turn, 勾 hook).
            // det-breaks45: a value glued to a whole value before it (T1003954760924497140) starts one of its own.
            || CharFolding.KindOf(text[start - 1]) == CharKind.Digit && WordNumerals.IndexOf(text[start - 1]) < 0 && !ChainReader.StartsGluedId(text, start));

    /// <summary>The most digits before an amount's first thousands comma (NT$52,718; $1,234,567).</summary>
    private const int MaxLeadingThousands = 3;

    /// <summary>Currency signs that open an amount (NT$, ＄, ¥, €, £, ₩, ₱).</summary>
    private const string CurrencySigns = "$＄¥￥€£₩₱";

    // Round 36 (categories of sets U29, U30): "NT$52,718⏎113/08/21": a group after a thousands comma of an amount that a
    // currency sign opens is the amount's; read on across the line into the next row's date, it made a mobile. Without
    // the sign, digits after a comma may be a CSV row's next cell (…,523,080–745–652).
    private static bool ThousandsTail(ReadOnlySpan<char> text, int start)
    {
        if (start < 3 || !IsComma(text[start - 1]) || !AsciiChars.IsDigitOrFullWidth(text[start])) return false;
        int at = start - 1;
        while (true)
        {
            int lead = at;
            while (lead > 0 && at - lead <= MaxLeadingThousands && AsciiChars.IsDigitOrFullWidth(text[lead - 1])) lead--;
            int digits = at - lead;
            if (digits == 0 || digits > MaxLeadingThousands || lead == 0) return false;
            if (IsComma(text[lead - 1]) && digits == 3) { at = lead - 1; continue; } // 1,234,567: an earlier group
            if (text[lead - 1] == ' ' && lead > 1) lead--; // NT$ 52,718
            return CurrencySigns.IndexOf(text[lead - 1]) >= 0;
        }
    }

    /// <summary>
    /// Round 36 (categories of sets U29, U30): whether a currency sign stands right before <paramref name="start"/>, a space
    /// between at most: the digits are an amount (NT$47,206⏎113/07/30 …, read on across a statement's line, passed Luhn).
    /// </summary>
    protected internal static bool OpensAmount(ReadOnlySpan<char> text, int start)
    {
        int at = start > 1 && text[start - 1] == ' ' ? start - 2 : start - 1;
        return at >= 0 && CurrencySigns.IndexOf(text[at]) >= 0;
    }

    private static bool IsComma(char c) => c is ',' or '\uFF0C';

    /// <summary>Characters that hide a value's characters in a redacted record (0912-***-678, 09XX-XXX-5, ○○).</summary>
    private const string MaskChars = "*＊○xX";

    // Round 36 (categories of sets U29, U30): "09**-***-263 LMN-○○72": the group after a mask inside a value (the mask glued to
    // the value's digits or letters, or to a separator of them) is the masked value's tail; read on, it made a plate with the
    // next cell. A masked name before a value (王○○ 0912…) is glued to Han characters: not a value's mask.
    private static bool MaskedValueTail(ReadOnlySpan<char> text, int start)
    {
        int mask = start;
        if (mask > 0 && text[mask - 1] is '-' or ' ' or '.') mask--;
        int run = mask;
        while (run > 0 && mask - run < Chain.Capacity && MaskChars.IndexOf(text[run - 1]) >= 0) run--;
        if (mask - run < 2) return false;
        // det-foreign42 (set U43: 報案人手機 ****821738): stars glued to the digits, opening a token, mask the value's head;
        // a star is never a name's mark, as ○ is (王○○0912…). Between digits (3528**1234…) they part a value's pieces; two
        // open Markdown bold (**0912…**).
        if (mask == start && mask - run >= MinStarMask && IsStarRun(text.Slice(run, mask - run)) && (run == 0 || CharFolding.KindOf(text[run - 1]) is not (CharKind.Digit or CharKind.Letter))) return true;
        if (run == 0) return false;
        char before = text[run - 1];
        // x as a mask only after digits or a separator (09XX-XXX): after letters it ends a word (Foxx).
        return AsciiChars.IsDigitOrFullWidth(before) || before is '-' or '.' || AsciiChars.IsLetter(before) && text[run] is not ('x' or 'X');
    }

    /// <summary>Fewest stars that mask a value's head: two are Markdown's bold.</summary>
    private const int MinStarMask = 3;

    private static bool IsStarRun(ReadOnlySpan<char> run)
    {
        foreach (char c in run) if (c is not ('*' or '＊')) return false;
        return true;
    }

    // "1.agq-1235", "：2.Q193009926": one or two digits and a dot at the start of a line or clause, a letter after them.
    private static bool IsListNumberBefore(ReadOnlySpan<char> text, int start)
    {
        if (CharFolding.KindOf(text[start]) != CharKind.Letter) return false;
        int number = start - 1;
        while (number > 0 && number > start - 4 && (uint)(text[number - 1] - '0') <= 9) number--;
        if (start - 1 - number > 2) return false;
        return number == 0 || text[number - 1] is '\n' or '\r' or ' ' or '：' or ':' or '，' or '。' or '；' or '、' or '\t' or '（' or '(';
    }

    /// <summary>Police radio numerals that are ordinary words as well; radio readings are not mixed with ASCII digits.</summary>
    private const string WordNumerals = "兩两洞拐勾幺么";

    /// <summary>Fills a match over the first <paramref name="count"/> characters.</summary>
    protected internal static ChainMatch MatchOf(in Chain chain, int count, double baseScore, bool unusualSeparators, int variant = 0)
    {
        var evasions = chain.EvasionsOf(count);
        if (unusualSeparators || chain.HasUnconventionalSeparator(count)) evasions |= Evasions.Separators;
        return new ChainMatch
        {
            Count = count,
            Start = chain.Start,
            End = chain.EndOf(count),
            BaseScore = baseScore,
            Evasions = evasions,
            Variant = variant,
        };
    }
}
