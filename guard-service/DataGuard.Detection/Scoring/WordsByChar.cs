namespace DataGuard.Detection.Scoring;

/// <summary>
/// The words of a list filed by their first (or last) character, so that "which words can start (end) here?" costs one
/// array access and a comparison per word that shares the character, instead of a string comparison per word of the list.
/// </summary>
/// <remarks>
/// Characters are folded as <see cref="StringComparison.OrdinalIgnoreCase"/> sees them where that matters (ASCII letters,
/// ı, ſ); a word whose filing character has other case variants (Latin-1, Greek, full-width letters…) is filed under
/// each character that comparison equates with it (found once, by asking the comparison), so the answers are exactly
/// those of comparing every word.
/// </remarks>
internal sealed class WordsByChar
{
    private const int BucketCount = 256;

    // Per bucket: the words filed there in list order, with the folded character they are filed under (-1: any).
    private readonly (int Word, int Folded)[][] _buckets = new (int, int)[BucketCount][];

    // One bit per character that may start (end) a word.
    private readonly ulong[] _chars = new ulong[0x10000 / 64];

    // The same characters as a search that skips the text in between (vectorised on .NET 10): a text is visited only where
    // a word may start (end), instead of testing the bit of every character.
    private readonly Pipeline.CharSearch _search;

    // The words filed, in list order.
    private readonly ContextWord[] _words;

    public WordsByChar(ContextWord[] words, bool byLastChar)
    {
        _words = words;
        var lists = new List<(int, int)>[BucketCount];
        for (int b = 0; b < BucketCount; b++) lists[b] = new List<(int, int)>();
        for (int w = 0; w < words.Length; w++)
        {
            string text = words[w].Text;
            char c = byLastChar ? text[text.Length - 1] : text[0];
            int folded = FoldedOrAny(c);
            if (folded < 0 && !char.IsSurrogate(c))
            {
                // đ of điện thoại: filed under each character that ordinal ignore-case comparison equates with it (đ, Đ),
                // so that other characters skip the word.
                foreach (char variant in CaseVariantsOf(c))
                {
                    int key = TextSignature.Fold(variant);
                    Set(variant);
                    if (!lists[key % BucketCount].Contains((w, key))) lists[key % BucketCount].Add((w, key));
                }
                continue;
            }
            Mark(c, folded);
            if (folded < 0)
            {
                foreach (var list in lists) list.Add((w, folded));
                continue;
            }
            lists[folded % BucketCount].Add((w, folded));
        }
        for (int b = 0; b < BucketCount; b++) _buckets[b] = lists[b].ToArray();
        _search = new Pipeline.CharSearch(MarkedChars());
    }

    /// <summary>
    /// The first index at or after <paramref name="from"/> whose character <see cref="MayHave"/> answers yes for, or -1.
    /// </summary>
    public int NextFrom(ReadOnlySpan<char> text, int from)
    {
        int hit = _search.IndexOfAny(text.Slice(from));
        return hit < 0 ? -1 : from + hit;
    }

    /// <summary>
    /// Whether a word of the list (filed by first character) occurs in <paramref name="window"/>, as
    /// <see cref="ContextWord.AnyIn"/> answers: only the positions where a word may start are visited, and there only the
    /// words filed under the character. For a long list (a hundred phone words in any language) that is a few comparisons
    /// instead of a search per word whose pair the window happens to hold.
    /// </summary>
    public bool AnyIn(ReadOnlySpan<char> window)
    {
        bool found = FirstAt(window) >= 0;
#if DEBUG
        if (found != ContextWord.AnyIn(_words, window)) throw new InvalidOperationException("WordsByChar.AnyIn differs from the word-by-word search");
#endif
        return found;
    }

    // The first position of window where a word of the list occurs, or -1.
    private int FirstAt(ReadOnlySpan<char> window)
    {
        for (int at = NextFrom(window, 0); at >= 0; at = NextFrom(window, at + 1))
        {
            var rest = window.Slice(at);
            foreach (var (w, folded) in At(window[at]))
            {
                if (MayBegin(rest, _words[w].Text, folded) && _words[w].OccursAt(window, at)) return at;
            }
        }
        return -1;
    }

    private string MarkedChars()
    {
        var chars = new System.Text.StringBuilder();
        for (int c = 0; c <= char.MaxValue; c++) if (MayHave((char)c)) chars.Append((char)c);
        return chars.ToString();
    }

    /// <summary>Whether any word may start (or end) with <paramref name="c"/>: one bit test, most characters answer no.</summary>
    public bool MayHave(char c) => (_chars[c >> 6] & (1UL << c)) != 0;

    // Every character that ordinal ignore-case comparison may equate with c (all of them when c is cased beyond ASCII).
    private void Mark(char c, int folded)
    {
        if (folded < 0)
        {
            for (int i = 0; i < _chars.Length; i++) _chars[i] = ulong.MaxValue;
            return;
        }
        Set(c);
        Set((char)folded);
        if ((uint)(folded - 'a') <= 'z' - 'a') Set((char)(folded - 32));
        if (folded == 'i') Set('\u0131');
        if (folded == 's') Set('\u017F');
    }

    // Every character equal to c under ordinal ignore-case comparison, c included (asked of the comparison itself).
    private static List<char> CaseVariantsOf(char c)
    {
        var variants = new List<char>();
        Span<char> one = stackalloc char[1];
        ReadOnlySpan<char> target = stackalloc char[] { c };
        for (int v = 0; v <= char.MaxValue; v++)
        {
            one[0] = (char)v;
            if (!char.IsSurrogate((char)v) && ((ReadOnlySpan<char>)one).Equals(target, StringComparison.OrdinalIgnoreCase)) variants.Add((char)v);
        }
        return variants;
    }

    /// <summary>The list filed.</summary>
    public ContextWord[] Words => _words;

    /// <summary>The word at <paramref name="index"/> of the list filed (an index <see cref="At"/> answers).</summary>
    public ContextWord Word(int index) => _words[index];

    private void Set(char c) => _chars[c >> 6] |= 1UL << c;

    /// <summary>The words that may start (or end) with <paramref name="c"/>, in list order; check each with a full comparison.</summary>
    public ReadOnlySpan<(int Word, int Folded)> At(char c) => _buckets[TextSignature.Fold(c) % BucketCount];

    /// <summary>Whether a word filed as <paramref name="folded"/> may begin (end) with <paramref name="c"/>.</summary>
    public static bool MayMatch(int folded, char c) => MayMatchFolded(folded, TextSignature.Fold(c));

    /// <summary><see cref="MayMatch"/> for a character already folded (<see cref="TextSignature.Fold"/>).</summary>
    public static bool MayMatchFolded(int folded, int foldedChar) => folded < 0 || folded == foldedChar;

    /// <summary>
    /// Whether <paramref name="text"/> may begin with <paramref name="word"/>, filed as <paramref name="folded"/>: its first
    /// two characters are compared as <see cref="MayMatch"/> compares the first. A cheap test before the full comparison
    /// (ordinal, or ordinal ignore-case, which compares character by character): in English text most letters file some
    /// word, and few of those words go on with the next character.
    /// </summary>
    public static bool MayBegin(ReadOnlySpan<char> text, string word, int folded)
    {
        if (!MayMatch(folded, text[0])) return false;
        if (word.Length < 2 || char.IsSurrogate(word[1])) return true;
        return text.Length >= 2 && MayMatch(FoldedOrAny(word[1]), text[1]);
    }

    /// <summary>
    /// <paramref name="c"/> folded as ordinal ignore-case comparison sees it, or -1 for a character with case variants
    /// outside ASCII (which <see cref="MayMatch"/> then lets through).
    /// </summary>
    public static int FoldedOrAny(char c) => TextSignature.IsCaselessOrAscii(c) ? TextSignature.Fold(c) : -1;
}
