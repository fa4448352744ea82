using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Scoring;

/// <summary>
/// One context word. CJK words match anywhere (there are no word boundaries in Chinese); words with ASCII letters match
/// case-insensitively and only as whole words, so "tel" does not match inside "hotel".
/// </summary>
internal readonly struct ContextWord
{
    private static int s_lastId;

    public ContextWord(string text, bool insideWords = false)
    {
        Id = System.Threading.Interlocked.Increment(ref s_lastId);
        Text = text;
        InsideWords = insideWords;
        bool ascii = false;
        foreach (char c in text) if (c < 128 && char.IsLetter(c)) ascii = true;
        IsAscii = ascii;
        bool caseless = true;
        foreach (char c in text) if (ascii || !TextSignature.IsCaselessOrAscii(c)) caseless = false;
        IsCaseless = caseless;
        Key = TextSignature.KeyOf(text, ignoreCase: ascii);
        LastChar = text.Length == 0 ? -1 : WordsByChar.FoldedOrAny(text[text.Length - 1]);
    }

    public string Text { get; }

    public bool IsAscii { get; }

    /// <summary>
    /// An English word that counts glued to other letters too (a joining instruction's "join" in "joined", "rejoin"):
    /// <see cref="OccursIn"/> and <see cref="OccursAt"/> ask for no word edges. The scan's one-pass index records glued
    /// occurrences either way.
    /// </summary>
    public bool InsideWords { get; }

    /// <summary>
    /// No character of the word has a case variant (CJK, kana, digits, punctuation): ordinal ignore-case comparison equates
    /// it with itself only, so an ordinal comparison answers the same, without the slow path ignore-case takes off ASCII.
    /// </summary>
    public bool IsCaseless { get; }

    /// <summary>Under which key <see cref="TextSignature"/> rules the word out for a text.</summary>
    public int Key { get; }

    /// <summary>The word's last character, folded (<see cref="WordsByChar.MayMatch"/> tells which characters it can be).</summary>
    public int LastChar { get; }

    /// <summary>A number unique to this word object (1, 2, …), under which <see cref="ContextWordIndex"/> keeps its occurrences.</summary>
    public int Id { get; }

    public static ContextWord[] All(string[] words, bool insideWords = false)
    {
        var result = new ContextWord[words.Length];
        for (int i = 0; i < words.Length; i++) result[i] = new ContextWord(words[i], insideWords);
        return result;
    }

    /// <summary>
    /// The words of <paramref name="words"/> that <see cref="AnyIn"/> needs: a word that contains a shorter CJK word of the
    /// list (身分證字號 after 身分證) can only occur where that one does, so searching for it changes no answer.
    /// </summary>
    public static ContextWord[] Searched(string[] words)
    {
        var all = All(words);
        var kept = new List<ContextWord>(all.Length);
        for (int i = 0; i < all.Length; i++)
        {
            bool covered = false;
            for (int j = 0; j < all.Length && !covered; j++)
            {
                if (i == j || all[j].IsAscii) continue;
                bool same = all[j].Text == all[i].Text;
                covered = same ? j < i : all[i].Text.IndexOf(all[j].Text, StringComparison.Ordinal) >= 0;
            }
            if (!covered) kept.Add(all[i]);
        }
        return kept.ToArray();
    }

    /// <summary>Whether the word occurs in <paramref name="window"/>.</summary>
    public bool OccursIn(ReadOnlySpan<char> window)
    {
        if (!IsAscii) return window.IndexOf(Text.AsSpan(), StringComparison.Ordinal) >= 0;
        int from = 0;
        while (from < window.Length)
        {
            int at = window.Slice(from).IndexOf(Text.AsSpan(), StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            at += from;
            if (InsideWords || WordEdges.Whole(window, at, at + Text.Length)) return true;
            from = at + 1;
        }
        return false;
    }

    /// <summary>Whether the word occurs in <paramref name="window"/> starting at <paramref name="at"/> (as <see cref="OccursIn"/> counts it).</summary>
    public bool OccursAt(ReadOnlySpan<char> window, int at)
    {
        int end = at + Text.Length;
        if (end > window.Length) return false;
        var slice = window.Slice(at, Text.Length);
        if (!IsAscii) return slice.SequenceEqual(Text.AsSpan());
        return slice.Equals(Text.AsSpan(), StringComparison.OrdinalIgnoreCase) && (InsideWords || WordEdges.Whole(window, at, end));
    }

    /// <summary>Whether any of <paramref name="words"/> occurs in <paramref name="window"/>.</summary>
    public static bool AnyIn(ContextWord[] words, ReadOnlySpan<char> window)
    {
        if (window.Length <= TextSignature.SmallWindow && words.Length > 2)
        {
            // A label window of a few characters: words whose first two characters are not next to each other in it are
            // skipped without a search.
            ulong pairs = TextSignature.PairsOf(window);
            foreach (var word in words)
            {
                if (TextSignature.MayContain(pairs, word.Key) && word.OccursIn(window)) return true;
            }
            return false;
        }
        if (words.Length >= LongListForPairs)
        {
            // A context window of a long list (phone words in ±300 chars of a long text): one pass sums up the window's
            // pairs, and a word whose first two characters are not next to each other in it is not searched.
            Span<ulong> windowPairs = stackalloc ulong[TextSignature.PairBits / 64];
            TextSignature.PairSetOf(window, windowPairs);
            foreach (var word in words)
            {
                if (TextSignature.MayContain(windowPairs, word.Key) && word.OccursIn(window)) return true;
            }
            return false;
        }
        foreach (var word in words) if (word.OccursIn(window)) return true;
        return false;
    }

    /// <summary>Lists at least this long have a larger window summed up before their words are searched in it.</summary>
    private const int LongListForPairs = 8;
}
