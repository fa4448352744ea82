namespace DataGuard.Detection.Scoring;

/// <summary>
/// Adjacent character pairs as hashes. A context word is keyed by its first two characters (<see cref="KeyOf"/>):
/// <see cref="ContextVocabulary"/> files words under it for the one-pass search of short texts, and a label window of a
/// few characters is summed up as a 64-bit set of its pairs (<see cref="PairsOf"/>) to rule out most words of a list in
/// O(1) each. A clear bit is certain, so answers are exactly those of a plain search. One-character words get no key.
/// </summary>
/// <remarks>
/// ASCII letters are folded to lower case on both sides, and so are the two non-ASCII characters that ordinal
/// ignore-case comparison equates with ASCII letters (ı with I, ſ with S). A case-insensitive word with any other
/// character that has a case variant (Latin-1, Greek, full-width letters…) gets no key and is always searched.
/// </remarks>
internal static class TextSignature
{
    /// <summary>A word that cannot be ruled out: always searched.</summary>
    public const int NoKey = -1;

    /// <summary>Number of distinct pair hashes.</summary>
    public const int PairBits = 4096;

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

    /// <summary>The pairs of a larger window as a <see cref="PairBits"/>-bit set in <paramref name="pairs"/> (cleared first).</summary>
    public static void PairSetOf(ReadOnlySpan<char> window, Span<ulong> pairs)
    {
        pairs.Clear();
        if (window.IsEmpty) return;
        int previous = Fold(window[0]);
        for (int i = 1; i < window.Length; i++)
        {
            int folded = Fold(window[i]);
            int key = PairHash(previous, folded);
            pairs[key >> 6] |= 1UL << key;
            previous = folded;
        }
    }

    /// <summary>Whether a word with <paramref name="key"/> may occur in the window summed up in <paramref name="pairs"/>.</summary>
    public static bool MayContain(ReadOnlySpan<ulong> pairs, int key) => key == NoKey || (pairs[key >> 6] & (1UL << key)) != 0;

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
    public static bool IsCaselessOrAscii(char c) => c < 128 || (c >= '\u3000' && c <= '\u9FFF');

    /// <summary>A character as ordinal ignore-case comparison folds ASCII letters (and ı, ſ); others as they are.</summary>
    public static int Fold(char c)
    {
        // Written without a branch on the script: a text alternates between CJK, digits and ASCII letters.
        int folded = (uint)(c - 'A') <= 'Z' - 'A' ? c | 0x20 : c;
        if ((uint)(c - '\u0131') <= '\u017F' - '\u0131') folded = c == '\u0131' ? 'i' : c == '\u017F' ? 's' : c; // ı, ſ: upper-case to I, S
        return folded;
    }

    /// <summary>The hash of two folded characters, 0–4095.</summary>
    // CJK pairs differ mostly in their low bits; the shift spreads the first character over the upper half.
    public static int PairHash(int a, int b) => ((a << 6) ^ (a >> 6) ^ b) & (PairBits - 1);
}
