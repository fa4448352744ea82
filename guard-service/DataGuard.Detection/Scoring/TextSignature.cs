namespace DataGuard.Detection.Scoring;

/// <summary>
/// Which adjacent character pairs a short text contains, as a small bitmap of hashes: built in one pass per scan, it rules
/// out most context words of a list in O(1) each (a word whose first two characters never stand next to each other in
/// the text cannot occur in any window of it), so the per-word string searches run only for words that may be there.
/// A set bit only says "maybe"; a clear bit is certain, so answers are exactly those of a plain search. One-character
/// words get no key and are always searched.
/// </summary>
/// <remarks>
/// ASCII letters are folded to lower case on both sides, and so are the two non-ASCII characters that ordinal
/// ignore-case comparison equates with ASCII letters (ı with I, ſ with S). A case-insensitive word with any other
/// character that has a case variant (Latin-1, Greek, full-width letters…) gets no key and is always searched.
/// </remarks>
internal sealed class TextSignature
{
    /// <summary>Longer texts would set most bits and rule nothing out.</summary>
    public const int MaxLength = 2048;

    /// <summary>A word that cannot be ruled out: always searched.</summary>
    public const int NoKey = -1;

    private const int PairBits = 4096;

    private readonly ulong[] _pairs = new ulong[PairBits / 64];

    /// <summary>Records the pairs of <paramref name="text"/>, forgetting the previous text.</summary>
    public void Build(ReadOnlySpan<char> text)
    {
        var pairs = _pairs;
        Array.Clear(pairs, 0, pairs.Length);
        if (text.IsEmpty) return;
        int previous = Fold(text[0]);
        for (int i = 1; i < text.Length; i++)
        {
            int folded = Fold(text[i]);
            int pair = PairHash(previous, folded);
            pairs[pair >> 6] |= 1UL << pair;
            previous = folded;
        }
    }

    /// <summary>Whether a word with <paramref name="key"/> (<see cref="KeyOf"/>) may occur in the text last built.</summary>
    public bool MayContain(int key) => key == NoKey || (_pairs[key >> 6] & (1UL << key)) != 0;

    /// <summary>Windows up to this length are summed up in one word (<see cref="PairsOf"/>).</summary>
    public const int SmallWindow = 48;

    /// <summary>The pairs of a small window as a 64-bit set (the low six bits of each pair's hash).</summary>
    public static ulong PairsOf(ReadOnlySpan<char> window)
    {
        ulong pairs = 0;
        if (window.IsEmpty) return pairs;
        int previous = Fold(window[0]);
        for (int i = 1; i < window.Length; i++)
        {
            int folded = Fold(window[i]);
            pairs |= 1UL << PairHash(previous, folded);
            previous = folded;
        }
        return pairs;
    }

    /// <summary>Whether a word with <paramref name="key"/> may occur in the window summed up as <paramref name="pairs"/>.</summary>
    public static bool MayContain(ulong pairs, int key) => key == NoKey || (pairs & (1UL << key)) != 0;

    /// <summary>The key a word is looked up under: the hash of its first two characters, folded.</summary>
    public static int KeyOf(string word, bool ignoreCase)
    {
        if (word.Length < 2) return NoKey;
        if (ignoreCase)
        {
            for (int i = 0; i < Math.Min(2, word.Length); i++)
            {
                if (!IsCaselessOrAscii(word[i])) return NoKey;
            }
        }
        return PairHash(Fold(word[0]), Fold(word[1]));
    }

    // Characters whose case-insensitive matches are all ASCII or themselves: ASCII, and CJK (symbols, kana, ideographs).
    private static bool IsCaselessOrAscii(char c) => c < 128 || (c >= '\u3000' && c <= '\u9FFF');

    private static int Fold(char c)
    {
        if ((uint)(c - 'A') <= 'Z' - 'A') return c | 0x20;
        if (c < 0x131) return c;
        return c switch
        {
            '\u0131' => 'i', // ı: OrdinalIgnoreCase upper-cases it to I
            '\u017F' => 's', // ſ: upper-cases to S
            _ => c,
        };
    }

    // CJK pairs differ mostly in their low bits; the shift spreads the first character over the upper half.
    private static int PairHash(int a, int b) => ((a << 6) ^ (a >> 6) ^ b) & (PairBits - 1);
}
