namespace DataGuard.Detection.Scoring;

/// <summary>
/// Which characters and adjacent character pairs a short text contains, as two small bitmaps of hashes: built in one pass
/// per scan, it rules out most context words of a list in O(1) each (a word whose first two characters never stand next
/// to each other in the text cannot occur in any window of it), so the per-word string searches run only for words that
/// may be there. A set bit only says "maybe"; a clear bit is certain, so answers are exactly those of a plain search.
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
    private const int SingleBits = 1024;
    private const int SingleFlag = 1 << 30;

    private readonly ulong[] _pairs = new ulong[PairBits / 64];
    private readonly ulong[] _singles = new ulong[SingleBits / 64];

    /// <summary>Records the characters and pairs of <paramref name="text"/>, forgetting the previous text.</summary>
    public void Build(ReadOnlySpan<char> text)
    {
        Array.Clear(_pairs, 0, _pairs.Length);
        Array.Clear(_singles, 0, _singles.Length);
        int previous = -1;
        foreach (char c in text)
        {
            char folded = Fold(c);
            int single = SingleHash(folded);
            _singles[single >> 6] |= 1UL << single;
            if (previous >= 0)
            {
                int pair = PairHash((char)previous, folded);
                _pairs[pair >> 6] |= 1UL << pair;
            }
            previous = folded;
        }
    }

    /// <summary>Whether a word with <paramref name="key"/> (<see cref="KeyOf"/>) may occur in the text last built.</summary>
    public bool MayContain(int key)
    {
        if (key == NoKey) return true;
        if ((key & SingleFlag) != 0)
        {
            int single = key & ~SingleFlag;
            return (_singles[single >> 6] & (1UL << single)) != 0;
        }
        return (_pairs[key >> 6] & (1UL << key)) != 0;
    }

    /// <summary>The key a word is looked up under: the hash of its first two characters (or its only one), folded.</summary>
    public static int KeyOf(string word, bool ignoreCase)
    {
        if (word.Length == 0) return NoKey;
        if (ignoreCase)
        {
            for (int i = 0; i < Math.Min(2, word.Length); i++)
            {
                if (!IsCaselessOrAscii(word[i])) return NoKey;
            }
        }
        char first = Fold(word[0]);
        return word.Length == 1 ? SingleFlag | SingleHash(first) : PairHash(first, Fold(word[1]));
    }

    // Characters whose case-insensitive matches are all ASCII or themselves: ASCII, and CJK (symbols, kana, ideographs).
    private static bool IsCaselessOrAscii(char c) => c < 128 || (c >= '\u3000' && c <= '\u9FFF');

    private static char Fold(char c)
    {
        if ((uint)(c - 'A') <= 'Z' - 'A') return (char)(c | 0x20);
        if (c < 128) return c;
        return c switch
        {
            '\u0131' => 'i', // ı: OrdinalIgnoreCase upper-cases it to I
            '\u017F' => 's', // ſ: upper-cases to S
            _ => c,
        };
    }

    private static int SingleHash(char c) => (c ^ (c >> 10)) & (SingleBits - 1);

    private static int PairHash(char a, char b) => (int)((((uint)a * 0x9E3779B1u) ^ (b * 0x85EBCA77u)) >> 20) & (PairBits - 1);
}
