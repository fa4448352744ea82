namespace DataGuard.Detection.Scoring;

/// <summary>
/// Answers "does a word of this list occur in [from, to)?" for the context windows of one scan. In a short, dense prompt
/// every candidate's window covers most of the text, so searching each window word by word repeats the same work for
/// every value. Once the windows asked about for a list add up to more than the text itself, the list's occurrences in
/// the whole text are found once and later windows are answered from them; sparse values in long texts never reach that
/// point and keep the plain window search. The answers are exactly those of <see cref="ContextWord.AnyIn"/> on the window.
/// </summary>
/// <remarks>
/// One instance per thread, reset at the start of every scan; its buffers grow to the largest prompt seen and are kept,
/// so a scan allocates nothing here once the thread has warmed up.
/// </remarks>
internal sealed class ContextWordIndex
{
    /// <summary>Texts longer than this are never indexed: the buffers stay prompt-sized.</summary>
    private const int MaxIndexedLength = 16 * 1024;

    /// <summary>Lists tracked per scan (a handful of profiles use two lists each).</summary>
    private const int MaxLists = 32;

    private const byte LetterBefore = 1;
    private const byte LetterAfter = 2;
    private const byte Ascii = 4;

    [ThreadStatic]
    private static ContextWordIndex? t_current;

    private readonly ContextWord[]?[] _lists = new ContextWord[MaxLists][];
    private readonly int[] _searched = new int[MaxLists];
    private readonly int[] _first = new int[MaxLists];
    private readonly int[] _count = new int[MaxLists];
    private int _listCount;
    private int _textLength;
    private int[] _starts = new int[64];
    private int[] _ends = new int[64];
    private byte[] _flags = new byte[64];
    private int _occurrences;

    /// <summary>The index of the current thread, emptied for a new text of <paramref name="textLength"/> chars.</summary>
    public static ContextWordIndex Begin(int textLength)
    {
        var index = t_current ??= new ContextWordIndex();
        for (int i = 0; i < index._listCount; i++) index._lists[i] = null;
        index._listCount = 0;
        index._occurrences = 0;
        index._textLength = textLength;
        return index;
    }

    /// <summary>Whether any of <paramref name="words"/> occurs within [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="text"/>.</summary>
    public bool AnyIn(ContextWord[] words, ReadOnlySpan<char> text, int from, int to)
    {
        if (words.Length == 0 || to <= from) return false;
        int list = ListOf(words);
        if (list < 0 || text.Length != _textLength || text.Length > MaxIndexedLength) return ContextWord.AnyIn(words, text.Slice(from, to - from));
        if (_searched[list] >= 0)
        {
            _searched[list] += to - from;
            if (_searched[list] <= text.Length) return ContextWord.AnyIn(words, text.Slice(from, to - from));
            Build(list, words, text);
        }
        int end = _first[list] + _count[list];
        for (int k = _first[list]; k < end; k++)
        {
            if (_starts[k] < from || _ends[k] > to) continue;
            byte flags = _flags[k];
            if ((flags & Ascii) != 0
                && (((flags & LetterBefore) != 0 && _starts[k] != from) || ((flags & LetterAfter) != 0 && _ends[k] != to)))
                continue; // an ASCII word glued to other letters ("tel" in "hotel"), unless the window cuts it there
            return true;
        }
        return false;
    }

    private int ListOf(ContextWord[] words)
    {
        for (int i = 0; i < _listCount; i++) if (ReferenceEquals(_lists[i], words)) return i;
        if (_listCount == MaxLists) return -1;
        int list = _listCount++;
        _lists[list] = words;
        _searched[list] = 0;
        return list;
    }

    // Every occurrence of every word (overlapping ones included), with whether an ASCII letter touches it on either side.
    private void Build(int list, ContextWord[] words, ReadOnlySpan<char> text)
    {
        _searched[list] = -1;
        _first[list] = _occurrences;
        foreach (var word in words)
        {
            var comparison = word.IsAscii ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            int from = 0;
            while (from < text.Length)
            {
                int at = text.Slice(from).IndexOf(word.Text.AsSpan(), comparison);
                if (at < 0) break;
                at += from;
                int end = at + word.Text.Length;
                byte flags = 0;
                if (word.IsAscii)
                {
                    flags = Ascii;
                    if (at > 0 && ContextWord.IsAsciiLetter(text[at - 1])) flags |= LetterBefore;
                    if (end < text.Length && ContextWord.IsAsciiLetter(text[end])) flags |= LetterAfter;
                }
                Add(at, end, flags);
                from = at + 1;
            }
        }
        _count[list] = _occurrences - _first[list];
    }

    private void Add(int start, int end, byte flags)
    {
        if (_occurrences == _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
            Array.Resize(ref _ends, _ends.Length * 2);
            Array.Resize(ref _flags, _flags.Length * 2);
        }
        _starts[_occurrences] = start;
        _ends[_occurrences] = end;
        _flags[_occurrences] = flags;
        _occurrences++;
    }
}
