namespace DataGuard.Detection.Scoring;

/// <summary>
/// The words of a list filed by their first (or last) character, so that "which words can start (end) here?" costs one
/// array access and a comparison per word that shares the character, instead of a string comparison per word of the list.
/// </summary>
/// <remarks>
/// Characters are folded as <see cref="StringComparison.OrdinalIgnoreCase"/> sees them where that matters (ASCII letters,
/// ı, ſ); a word whose filing character has other case variants (Latin-1, Greek, full-width letters…) is filed under
/// every bucket, so the answers are exactly those of comparing every word.
/// </remarks>
internal sealed class WordsByChar
{
    private const int BucketCount = 256;

    // Per bucket: the words filed there in list order, with the folded character they are filed under (-1: any).
    private readonly (int Word, int Folded)[][] _buckets = new (int, int)[BucketCount][];

    // One bit per character that may start (end) a word.
    private readonly ulong[] _chars = new ulong[0x10000 / 64];

    public WordsByChar(ContextWord[] words, bool byLastChar)
    {
        var lists = new List<(int, int)>[BucketCount];
        for (int b = 0; b < BucketCount; b++) lists[b] = new List<(int, int)>();
        for (int w = 0; w < words.Length; w++)
        {
            string text = words[w].Text;
            char c = byLastChar ? text[text.Length - 1] : text[0];
            int folded = FoldedOrAny(c);
            Mark(c, folded);
            if (folded < 0)
            {
                foreach (var list in lists) list.Add((w, folded));
                continue;
            }
            lists[folded % BucketCount].Add((w, folded));
        }
        for (int b = 0; b < BucketCount; b++) _buckets[b] = lists[b].ToArray();
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

    private void Set(char c) => _chars[c >> 6] |= 1UL << c;

    /// <summary>The words that may start (or end) with <paramref name="c"/>, in list order; check each with a full comparison.</summary>
    public ReadOnlySpan<(int Word, int Folded)> At(char c) => _buckets[TextSignature.Fold(c) % BucketCount];

    /// <summary>Whether a word filed as <paramref name="folded"/> may begin (end) with <paramref name="c"/>.</summary>
    public static bool MayMatch(int folded, char c) => folded < 0 || folded == TextSignature.Fold(c);

    /// <summary>
    /// <paramref name="c"/> folded as ordinal ignore-case comparison sees it, or -1 for a character with case variants
    /// outside ASCII (which <see cref="MayMatch"/> then lets through).
    /// </summary>
    public static int FoldedOrAny(char c) => TextSignature.IsCaselessOrAscii(c) ? TextSignature.Fold(c) : -1;
}
