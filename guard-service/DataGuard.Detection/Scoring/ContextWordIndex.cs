namespace DataGuard.Detection.Scoring;

/// <summary>
/// Answers "does a word of this list occur in [from, to)?" for the context windows of one scan. In a short, dense prompt
/// every candidate's window covers most of the text, so searching each window word by word repeats the same searches for
/// every value. Per word, once the windows searched for it add up to more than the text, its occurrences in the whole
/// text are found once and later windows are answered from them; sparse values in long texts never reach that point and
/// keep the plain window search. Words are still tried in list order and the answer comes at the first one found, so a
/// word after the first hit is never searched. The answers are exactly those of <see cref="ContextWord.AnyIn"/>.
/// </summary>
/// <remarks>
/// One instance per thread. A scan starts a new generation instead of clearing anything; the buffers grow to the largest
/// text seen and are kept, so a scan allocates nothing here once the thread has warmed up.
/// </remarks>
internal sealed class ContextWordIndex
{
    /// <summary>Texts longer than this are never indexed: the buffers stay prompt-sized.</summary>
    private const int MaxIndexedLength = 16 * 1024;

    private const byte LetterBefore = 1;
    private const byte LetterAfter = 2;

    [ThreadStatic]
    private static ContextWordIndex? t_current;

    // Per word id: the scan it was last seen in, the chars searched for it directly, and its occurrences (first, count; count -1: not indexed).
    private int[] _generation = new int[256];
    private int[] _searched = new int[256];
    private int[] _first = new int[256];
    private int[] _count = new int[256];

    private int[] _starts = new int[64];
    private int[] _ends = new int[64];
    private byte[] _flags = new byte[64];
    private int _occurrences;
    private int _textLength;
    private int _current;

    private static int s_lastListId;

    // Per list id, in short texts: the scan it was last filtered in, and the words it may contain (first, count in _candidates).
    private int[] _listGeneration = new int[64];
    private int[] _listFirst = new int[64];
    private int[] _listCount = new int[64];

    private int[] _candidates = new int[64];
    private int _candidateCount;

    private readonly TextSignature _signature = new();
    private bool _signatureBuilt;

    /// <summary>The index of the current thread, set up for a new text of <paramref name="textLength"/> chars.</summary>
    public static ContextWordIndex Begin(int textLength)
    {
        var index = t_current ??= new ContextWordIndex();
        index._current++;
        index._occurrences = 0;
        index._textLength = textLength;
        index._signatureBuilt = false;
        index._candidateCount = 0;
        return index;
    }

    /// <summary>A number for a word list (1, 2, …), under which the index keeps the list's occurrences in short texts.</summary>
    public static int NewListId() => System.Threading.Interlocked.Increment(ref s_lastListId);

    /// <summary>
    /// Whether any of <paramref name="words"/> (the list numbered <paramref name="listId"/>) occurs within
    /// [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="text"/>.
    /// </summary>
    /// <remarks>
    /// In a short text the words of the list that the text cannot contain (<see cref="TextSignature"/>) are ruled out
    /// once per scan, and later windows try only the others.
    /// </remarks>
    public bool AnyIn(int listId, ContextWord[] words, ReadOnlySpan<char> text, int from, int to)
    {
        if (to <= from || words.Length == 0) return false;
        if (text.Length != _textLength || text.Length > TextSignature.MaxLength) return AnyIn(words, text, from, to);
        if (listId >= _listGeneration.Length) GrowLists(listId);
        if (_listGeneration[listId] != _current)
        {
            _listGeneration[listId] = _current;
            Filter(listId, words, text);
        }
        var window = text.Slice(from, to - from);
        int end = _listFirst[listId] + _listCount[listId];
        for (int k = _listFirst[listId]; k < end; k++)
        {
            if (OccursIn(words[_candidates[k]], text, window, from, to)) return true;
        }
        return false;
    }

    /// <summary>Whether any of <paramref name="words"/> occurs within [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="text"/>.</summary>
    public bool AnyIn(ContextWord[] words, ReadOnlySpan<char> text, int from, int to)
    {
        if (to <= from) return false;
        var window = text.Slice(from, to - from);
        if (text.Length != _textLength || text.Length > MaxIndexedLength) return ContextWord.AnyIn(words, window);
        foreach (var word in words)
        {
            if (OccursIn(word, text, window, from, to)) return true;
        }
        return false;
    }

    // One word in one window: searched directly until the windows searched for it add up to the text, then indexed.
    private bool OccursIn(in ContextWord word, ReadOnlySpan<char> text, ReadOnlySpan<char> window, int from, int to)
    {
        int id = word.Id;
        if (id >= _generation.Length) Grow(id);
        if (_generation[id] != _current)
        {
            _generation[id] = _current;
            _searched[id] = 0;
            _count[id] = -1;
        }
        if (_count[id] < 0)
        {
            _searched[id] += window.Length;
            if (_searched[id] <= text.Length) return word.OccursIn(window);
            _first[id] = _occurrences;
            Index(word, text);
            _count[id] = _occurrences - _first[id];
        }
        return OccursIn(_first[id], _count[id], from, to);
    }

    // The words of a list that the text may contain, in list order.
    private void Filter(int listId, ContextWord[] words, ReadOnlySpan<char> text)
    {
        if (!_signatureBuilt)
        {
            _signature.Build(text);
            _signatureBuilt = true;
        }
        _listFirst[listId] = _candidateCount;
        for (int i = 0; i < words.Length; i++)
        {
            if (!_signature.MayContain(words[i].Key)) continue;
            if (_candidateCount == _candidates.Length) Array.Resize(ref _candidates, _candidates.Length * 2);
            _candidates[_candidateCount++] = i;
        }
        _listCount[listId] = _candidateCount - _listFirst[listId];
    }

    private bool OccursIn(int first, int count, int from, int to)
    {
        int end = first + count;
        for (int k = first; k < end; k++)
        {
            if (_starts[k] < from || _ends[k] > to) continue;
            // An ASCII word glued to other letters ("tel" in "hotel") counts only where the window cuts it off there.
            if ((_flags[k] & LetterBefore) != 0 && _starts[k] != from) continue;
            if ((_flags[k] & LetterAfter) != 0 && _ends[k] != to) continue;
            return true;
        }
        return false;
    }

    // Every occurrence of the word (overlapping ones included), with whether an ASCII letter touches it on either side.
    private void Index(in ContextWord word, ReadOnlySpan<char> text)
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
                if (at > 0 && ContextWord.IsAsciiLetter(text[at - 1])) flags |= LetterBefore;
                if (end < text.Length && ContextWord.IsAsciiLetter(text[end])) flags |= LetterAfter;
            }
            Add(at, end, flags);
            from = at + 1;
        }
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

    private void GrowLists(int id)
    {
        int size = Math.Max(id + 1, _listGeneration.Length * 2);
        Array.Resize(ref _listGeneration, size);
        Array.Resize(ref _listFirst, size);
        Array.Resize(ref _listCount, size);
    }

    private void Grow(int id)
    {
        int size = Math.Max(id + 1, _generation.Length * 2);
        Array.Resize(ref _generation, size);
        Array.Resize(ref _searched, size);
        Array.Resize(ref _first, size);
        Array.Resize(ref _count, size);
    }
}
