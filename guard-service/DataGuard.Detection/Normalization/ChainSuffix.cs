namespace DataGuard.Detection.Normalization;

/// <summary>
/// A later token of a chain already read, taken from that chain instead of read again: the scanner reads every token of
/// a chain from its own start (2345 and 6789 of "02 2345 6789"), a third of all reads. When the chain holds digits only,
/// with no change of script, and the text stopped it (not the reader's capacity), the reader's state at a later token
/// differs from a fresh read only in the gap and the separator flags before that token: what a fresh read appends from
/// there is the chain's suffix, character for character (positions, folded characters, gaps, evasion flags, widths),
/// and it ends where the chain does. Debug builds read the token anyway and throw if the two differ.
/// </summary>
/// <remarks>
/// The chain's buffers must hold the first reading unchanged up to its length: the filler walk appends only past it, and
/// the scanner calls <see cref="Forget"/> when it reads the chain again (through a bar).
/// </remarks>
internal struct ChainSuffix
{
    private const int Gapless = 0;

    private int _length; // the length of the chain in the buffers that later tokens can be taken from, or 0

    /// <summary>Records whether later tokens of <paramref name="chain"/>, just read or taken, can be taken from it.</summary>
    public void Remember(scoped in Chain chain) =>
        _length = chain.ScriptBreak == 0 && !chain.EndGlued && chain.Length > 1 && chain.AllDigits(0, chain.Length)
            && ChainReader.StoppedByText(chain) ? chain.Length : 0;

    /// <summary>The chain in the buffers is no longer the reading remembered.</summary>
    public void Forget() => _length = 0;

    /// <summary>
    /// Fills <paramref name="chain"/> with the reading of the token at <paramref name="start"/> when it is a later token
    /// of the chain remembered, and returns where its first run of adjacent characters ends, as
    /// <see cref="ChainReader.Read"/> does; else -1, the chain unchanged.
    /// </summary>
    public int TryTake(ReadOnlySpan<char> text, int start, ref Chain chain)
    {
        int length = _length;
        if (length == 0 || start <= chain.Positions[0] || start >= chain.EndOf(length)) return -1;
        int k = 1;
        while (k < length && chain.Positions[k] < start) k++;
        if (k == length || chain.Positions[k] != start || chain.Widths[k] != 1) return -1;
        var first = CharFolding.Fold(text[start]);
        if (first.Kind != CharKind.Digit || GluedLabels.LengthAt(text, start) > 0) return -1;
        int count = length - k;
        chain.Chars.Slice(k, count).CopyTo(chain.Chars);
        chain.Positions.Slice(k, count).CopyTo(chain.Positions);
        chain.Gaps.Slice(k, count).CopyTo(chain.Gaps);
        chain.GapChars.Slice(k, count).CopyTo(chain.GapChars);
        chain.Flags.Slice(k, count).CopyTo(chain.Flags);
        chain.Widths.Slice(k, count).CopyTo(chain.Widths);
        // The token starts a fresh reading: no gap before it, and no flags of the separators or invisible characters there.
        chain.Gaps[0] = Gapless;
        chain.GapChars[0] = '\0';
        chain.Flags[0] = (byte)first.Evasions;
        chain.Length = count;
        chain.EndGlued = false; // as remembered: the filler walk may have read on past it since
        chain.ScriptBreak = 0;
        chain.HasPlus = false;
        chain.PlusPosition = -1;
        _length = count;
        int runEnd = FirstRunEnd(text, chain);
        AssertAsRead(text, start, chain, runEnd);
        return runEnd;
    }

    // Where a fresh read's first run ends: the first character after the token's adjacent characters (invisible ones
    // between them skipped) that is not the next character of the chain.
    private static int FirstRunEnd(ReadOnlySpan<char> text, scoped in Chain chain)
    {
        int m = 0;
        while (true)
        {
            int next = chain.EndOf(m + 1);
            while (next < text.Length && CharFolding.KindOf(text[next]) == CharKind.Invisible) next++;
            if (m + 1 >= chain.Length || chain.Positions[m + 1] != next) return next;
            m++;
        }
    }

    // Debug builds (every test run) read the token afresh and compare: a reader change that breaks the suffix rule fails the tests.
    [System.Diagnostics.Conditional("DEBUG")]
    private static void AssertAsRead(ReadOnlySpan<char> text, int start, scoped in Chain taken, int runEnd)
    {
        const int C = Chain.Capacity;
        Span<char> chars = stackalloc char[2 * C];
        Span<byte> bytes = stackalloc byte[3 * C];
        var read = new Chain(chars.Slice(0, C), stackalloc int[C], bytes.Slice(0, C), chars.Slice(C), bytes.Slice(C, C), bytes.Slice(2 * C));
        int readEnd = ChainReader.Read(text, start, ref read);
        int n = taken.Length;
        bool same = readEnd == runEnd && read.Length == n && read.EndGlued == taken.EndGlued && read.ScriptBreak == taken.ScriptBreak
            && !read.HasPlus && read.Chars.Slice(0, n).SequenceEqual(taken.Chars.Slice(0, n))
            && read.Positions.Slice(0, n).SequenceEqual(taken.Positions.Slice(0, n)) && read.Gaps.Slice(0, n).SequenceEqual(taken.Gaps.Slice(0, n))
            && read.GapChars.Slice(0, n).SequenceEqual(taken.GapChars.Slice(0, n)) && read.Flags.Slice(0, n).SequenceEqual(taken.Flags.Slice(0, n))
            && read.Widths.Slice(0, n).SequenceEqual(taken.Widths.Slice(0, n));
        if (!same) throw new InvalidOperationException("A later token taken as the suffix of its chain differs from reading it: ChainSuffix's conditions no longer hold.");
    }
}
