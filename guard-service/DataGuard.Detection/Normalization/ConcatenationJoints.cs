namespace DataGuard.Detection.Normalization;

/// <summary>
/// The joint between two string literals a value is built from in code or a spreadsheet formula, to keep it out of a
/// search for the whole value: "0912" + "345" + "678" (C#, Java, JavaScript), "A12" &amp; "3456789" (Excel, VB),
/// 'A12' || '3456789' (SQL), 'A12' '3456789' (Python and C literals side by side), =CONCAT("A12","3456789") and
/// String.Join("", "0912", "345"). The filler walk takes the joint as it takes words between spoken groups, and the
/// recognizers judge the joined value as any other given in parts: a checksum, or a whole number with a phone word.
/// Values held in variables ($"{a}{b}") are out of reach: their characters are not in the text.
/// </summary>
internal static class ConcatenationJoints
{
    /// <summary>Most blanks on either side of the operator.</summary>
    private const int MaxBlanks = 3;

    /// <summary>Calls whose arguments are joined: a comma joins two literals only inside one of them (a CSV row's "a","b" is two cells).</summary>
    private static readonly string[] JoiningCalls = { "CONCATENATE(", "CONCAT(", "TEXTJOIN(", "Join(", "concat(", "join(" };

    /// <summary>How far back the opening of a joining call is looked for on the line.</summary>
    private const int MaxCallDistance = 80;

    /// <summary>Whether a joint may start with <paramref name="c"/>: the quote that closes a literal.</summary>
    public static bool MayStartWith(char c) => c is '"' or '\'' || IsClosingBracket(c);

    /// <summary>Whether <paramref name="c"/> closes a bracketed piece whose next piece opens right after it (」「, 】【, 』『).</summary>
    public static bool IsClosingBracket(char c) => c is '」' or '】' or '』';

    /// <summary>
    /// Length of the joint at <paramref name="i"/>: the closing quote, blanks, an operator (+, &amp;, ||, a comma inside a
    /// joining call, or none with a blank), blanks and the opening quote of the same kind; else 0.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int i)
    {
        char quote = text[i];
        if (!MayStartWith(quote)) return 0;
        // "D1046」「37」「528", "H9」「01374682" (round 37, categories of set U32): corner brackets close one piece and open the next
        // "0912】【345678", "A1】【23456789" (Round 38, categories of set U34): lenticular brackets so too
        if (IsClosingBracket(quote)) return BracketJointLength(text, i);
        int j = SkipBlanks(text, i + 1);
        int blanksBefore = j - i - 1;
        int operatorEnd = OperatorEnd(text, j);
        if (operatorEnd == j && blanksBefore == 0) return 0; // "" inside a literal is an escaped quote, not a joint
        if (operatorEnd > j && text[j] == ',' && !InsideJoiningCall(text, i)) return 0;
        j = SkipBlanks(text, operatorEnd);
        return j < text.Length && text[j] == quote ? j + 1 - i : 0;
    }

    // The closing bracket at i, blanks, a plus or ampersand (05533」+「0784, round 40b: U40's pieces joined in prose, the first
    // piece's opening bracket often left out), blanks, and the opening one of the same kind; else 0.
    // det-email41 (set U42): or 接 ("then"), as an address is given in quoted pieces: 「yenchun.hung」接「@」接「hotmail.com」.
    private static int BracketJointLength(ReadOnlySpan<char> text, int i)
    {
        int j = SkipBlanks(text, i + 1);
        // Round 41 (U42): or the word 接 or 加 between them (「零九一八」接「五七二」).
        if (j < text.Length && text[j] is '+' or '＋' or '&' or '＆' or '接' or '加') j = SkipBlanks(text, j + 1);
        char opening = text[i] switch { '」' => '「', '』' => '『', _ => '【' };
        return j < text.Length && text[j] == opening ? j + 1 - i : 0;
    }

    // Past one operator at i: + & || or a comma; else i.
    private static int OperatorEnd(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length) return i;
        if (text[i] is '+' or '&' or ',') return i + 1;
        return i + 1 < text.Length && text[i] == '|' && text[i + 1] == '|' ? i + 2 : i;
    }

    // Whether a joining call opens before i on its line, with no bracket closed after it.
    private static bool InsideJoiningCall(ReadOnlySpan<char> text, int i)
    {
        for (int k = i - 1; k >= 0 && i - k <= MaxCallDistance; k--)
        {
            char c = text[k];
            if (c is '\n' or ')') return false;
            if (c != '(') continue;
            foreach (var call in JoiningCalls)
            {
                int start = k + 1 - call.Length;
                if (start >= 0 && text.Slice(start, call.Length).Equals(call.AsSpan(), StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }
        return false;
    }

    private static int SkipBlanks(ReadOnlySpan<char> text, int i)
    {
        int end = Math.Min(text.Length, i + MaxBlanks);
        while (i < end && text[i] == ' ') i++;
        return i;
    }
}
