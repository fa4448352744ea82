using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Scoring;

/// <summary>
/// Answers "does a word of this list occur in [from, to)?" for the context windows of one scan. In a short, dense prompt
/// every candidate's window covers most of the text, so searching each window word by word repeats the same searches for
/// every value. A short text (a prompt, ≤ 2,048 chars) has the words of every list found in one pass on the first
/// question (<see cref="ContextVocabulary"/>): a hash and a bit test per character, a comparison only where a word may
/// start; each window is then answered from its list's occurrences. In a longer text, per word, once the windows searched
/// for it add up to more than the text, its occurrences in the whole text are found once and later windows are answered
/// from them; sparse values in long texts never reach that point and keep the plain window search. The answers are
/// exactly those of <see cref="ContextWord.AnyIn"/>.
/// </summary>
/// <remarks>
/// One instance per thread. A scan starts a new generation instead of clearing anything; the buffers grow to the largest
/// text seen and are kept, so a scan allocates nothing here once the thread has warmed up.
/// </remarks>
internal sealed class ContextWordIndex
{
    /// <summary>Texts longer than this are never indexed: the buffers stay prompt-sized.</summary>
    private const int MaxIndexedLength = 16 * 1024;

    /// <summary>
    /// Texts up to this length have every list's words found in one pass on the first question: there a window reaches
    /// across most of the text on its side, and the same pass says whether a country is named anywhere
    /// (<see cref="Recognizers.CountryWords.MayBeNamedIn"/>), which such a text was otherwise searched for on its own.
    /// In longer ones a window covers part of the text and values are sparser, so they are searched per window and word.
    /// </summary>
    private const int MaxFoundInOnePass = 2048;

    private const byte LetterBefore = 1;
    private const byte LetterAfter = 2;

    [ThreadStatic]
    private static ContextWordIndex? t_current;

    // Per word id: the scan it was last seen in, the chars searched for it directly, and its occurrences (first, count; count -1: not indexed).
    private int[] _generation = new int[256];
    private int[] _searched = new int[256];
    private int[] _first = new int[256];
    private int[] _count = new int[256];

    // Occurrences: of one word in a row (longer texts), or chained per list (short texts, _next).
    private int[] _starts = new int[64];
    private int[] _ends = new int[64];
    private byte[] _flags = new byte[64];
    private int[] _next = new int[64];
    private int _occurrences;
    private int _textLength;
    private int _current;
    private long _scan; // the ScanNumber of the scan this index was begun for

    private static int s_lastListId;

    // Short texts: the occurrences of every list's words, found in one pass (FindHits) and chained per list.
    private bool _onePass;
    private bool _hitsFound;
    private ContextVocabulary? _vocabulary;
    private int[] _listGeneration = new int[64];
    private int[] _listHead = new int[64];
    private int[] _listTail = new int[64];

    /// <summary>The index of the current thread, set up for a new text of <paramref name="textLength"/> chars scored with windows of <paramref name="window"/> chars.</summary>
    public static ContextWordIndex Begin(int textLength, int window)
    {
        var index = t_current ??= new ContextWordIndex();
        index._current++;
        index._scan = Pipeline.ScanNumber.Current;
        index._occurrences = 0;
        index._textLength = textLength;
        index._hitsFound = false;
        index._onePass = textLength <= MaxFoundInOnePass && window > 0;
        return index;
    }

    /// <summary>A number for a word list (1, 2, …), under which the index keeps the list's occurrences in short texts.</summary>
    public static int NewListId() => System.Threading.Interlocked.Increment(ref s_lastListId);

    /// <summary>
    /// Whether any of <paramref name="words"/> (the list numbered <paramref name="listId"/>) occurs within
    /// [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="text"/>.
    /// </summary>
    /// <remarks>
    /// In a short text the words of every list are found in one pass over it on the first question
    /// (<see cref="ContextVocabulary"/>), and each window is answered from the occurrences of its list.
    /// </remarks>
    public bool AnyIn(int listId, ContextWord[] words, ReadOnlySpan<char> text, int from, int to)
    {
        if (to <= from || words.Length == 0) return false;
        if (text.Length != _textLength || !_onePass) return AnyIn(words, text, from, to);
        if (!_hitsFound) FindHits(text);
        if (!_vocabulary!.Knows(listId)) return AnyIn(words, text, from, to);
        return ListHitIn(listId, from, to);
    }

    // Whether an occurrence of the list's words found by the one pass lies within [from, to).
    private bool ListHitIn(int listId, int from, int to)
    {
        if (_listGeneration[listId] != _current) return false;
        for (int hit = _listHead[listId]; hit >= 0; hit = _next[hit])
        {
            if (Within(hit, from, to)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a word of the list numbered <paramref name="listId"/> occurs within [<paramref name="from"/>,
    /// <paramref name="to"/>) of <paramref name="text"/> (<paramref name="found"/>), answered from the one pass over the
    /// short text being scanned on this thread, as <see cref="ContextWord.AnyIn"/> would answer for that window; false when
    /// the index cannot tell (see <see cref="TryOccursInScannedText"/>).
    /// </summary>
    public static bool TryAnyInScannedText(int listId, ReadOnlySpan<char> text, int from, int to, out bool found)
    {
        found = false;
        if (!TryOccursInScannedText(listId, text, out bool occurs)) return false;
        found = occurs && to > from && t_current!.ListHitIn(listId, from, to);
        return true;
    }

    /// <summary>
    /// False when <paramref name="text"/> is the short text being scanned on this thread (found in one pass) and no word
    /// of the list numbered <paramref name="listId"/> (registered in <see cref="ContextVocabulary"/>) occurs anywhere in
    /// it, even glued to other letters: then no window of it holds one. True (unknown) otherwise. Lets a recognizer skip
    /// its label windows in a prompt that never names its type.
    /// </summary>
    public static bool MayOccurInScannedText(int listId, ReadOnlySpan<char> text) => !TryOccursInScannedText(listId, text, out bool occurs) || occurs;

    /// <summary>
    /// Whether a word of the list numbered <paramref name="listId"/> occurs anywhere in <paramref name="text"/>, even glued
    /// to other letters (<paramref name="occurs"/>), answered from the one pass over the short text being scanned on this
    /// thread; false when the index cannot tell (another text, a long one, a list it does not know), or when the pass has
    /// not been made yet and <paramref name="onlyIfFound"/> says not to make it now.
    /// </summary>
    public static bool TryOccursInScannedText(int listId, ReadOnlySpan<char> text, out bool occurs, bool onlyIfFound = false)
    {
        occurs = true;
        var index = t_current;
        // Only inside the scan the index was begun for (a recognizer asked outside a scan, or after a nested one, is told "unknown").
        if (index is null || index._scan == 0 || index._scan != Pipeline.ScanNumber.Current || text.Length != index._textLength
            || !index._onePass || text.IsEmpty)
            return false;
        if (!index._hitsFound)
        {
            if (onlyIfFound) return false;
            index.FindHits(text);
        }
        if (!index._vocabulary!.Knows(listId)) return false;
        occurs = index._listGeneration[listId] == index._current;
        return true;
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

    // Every occurrence of every word of the vocabulary in the text: a position where no word may start is passed over with
    // one bit test; at the others, only the words whose first two characters hash to the pair found there (and the few
    // one-character words) are compared.
    private void FindHits(ReadOnlySpan<char> text)
    {
        var vocabulary = ContextVocabulary.Current;
        _vocabulary = vocabulary;
        _hitsFound = true;
        if (vocabulary.MaxListId >= _listGeneration.Length) GrowLists(vocabulary.MaxListId);
        var keys = vocabulary.Keys;
        var keyStarts = vocabulary.KeyStarts;
        var pairs = vocabulary.Pairs;
        var thirds = vocabulary.Thirds;
        // One-character words (few, and rare in text) are tried in the same pass; a list's hits are only ever asked
        // whether one lies in a window, so their order does not matter.
        bool unkeyed = vocabulary.HasUnkeyed;
        int last = text.Length - 1;
        for (int i = 0; i <= last; i++)
        {
            char c = text[i];
            if (!vocabulary.MayStartAny(c)) continue;
            if (i < last)
            {
                int first = TextSignature.Fold(c), second = TextSignature.Fold(text[i + 1]);
                int key = TextSignature.PairHash(first, second);
                if ((keys[key >> 6] & (1UL << key)) != 0)
                {
                    int pair = (first << 16) | second;
                    int third = i + 2 <= last ? TextSignature.Fold(text[i + 2]) : ContextVocabulary.Entry.NoThird;
                    for (int w = keyStarts[key], end = keyStarts[key + 1]; w < end; w++)
                    {
                        if (pairs[w] == pair && (thirds[w] == ContextVocabulary.Entry.NoThird || thirds[w] == third)) TryHit(vocabulary.Keyed[w], text, i);
                    }
                }
            }
            if (unkeyed && vocabulary.MayStartUnkeyed(c)) TryUnkeyed(vocabulary, text, i);
        }
    }

    private void TryUnkeyed(ContextVocabulary vocabulary, ReadOnlySpan<char> text, int at)
    {
        foreach (var (word, folded) in vocabulary.UnkeyedAt(text[at]))
        {
            if (WordsByChar.MayMatch(folded, text[at])) TryHit(vocabulary.Unkeyed(word), text, at);
        }
    }

    private void TryHit(ContextVocabulary.Entry entry, ReadOnlySpan<char> text, int at)
    {
        var word = entry.Word;
        int end = at + word.Text.Length;
        if (end > text.Length) return;
        var slice = text.Slice(at, word.Text.Length);
        byte flags = 0;
        if (word.IsAscii)
        {
            if (!slice.Equals(word.Text.AsSpan(), StringComparison.OrdinalIgnoreCase)) return;
            if (at > 0 && AsciiChars.IsLetter(text[at - 1])) flags |= LetterBefore;
            if (end < text.Length && AsciiChars.IsLetter(text[end])) flags |= LetterAfter;
        }
        else if (!slice.SequenceEqual(word.Text.AsSpan())) return;
        foreach (int listId in entry.Lists)
        {
            int hit = Add(at, end, flags);
            if (_listGeneration[listId] != _current)
            {
                _listGeneration[listId] = _current;
                _listHead[listId] = hit;
            }
            else _next[_listTail[listId]] = hit;
            _listTail[listId] = hit;
        }
    }

    private bool OccursIn(int first, int count, int from, int to)
    {
        int end = first + count;
        for (int k = first; k < end; k++)
        {
            if (Within(k, from, to)) return true;
        }
        return false;
    }

    private bool Within(int occurrence, int from, int to)
    {
        if (_starts[occurrence] < from || _ends[occurrence] > to) return false;
        // An ASCII word glued to other letters ("tel" in "hotel") counts only where the window cuts it off there.
        if ((_flags[occurrence] & LetterBefore) != 0 && _starts[occurrence] != from) return false;
        return (_flags[occurrence] & LetterAfter) == 0 || _ends[occurrence] == to;
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
                if (at > 0 && AsciiChars.IsLetter(text[at - 1])) flags |= LetterBefore;
                if (end < text.Length && AsciiChars.IsLetter(text[end])) flags |= LetterAfter;
            }
            Add(at, end, flags);
            from = at + 1;
        }
    }

    private int Add(int start, int end, byte flags)
    {
        if (_occurrences == _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
            Array.Resize(ref _ends, _ends.Length * 2);
            Array.Resize(ref _flags, _flags.Length * 2);
            Array.Resize(ref _next, _next.Length * 2);
        }
        _starts[_occurrences] = start;
        _ends[_occurrences] = end;
        _flags[_occurrences] = flags;
        _next[_occurrences] = -1;
        return _occurrences++;
    }

    private void GrowLists(int id)
    {
        int size = Math.Max(id + 1, _listGeneration.Length * 2);
        Array.Resize(ref _listGeneration, size);
        Array.Resize(ref _listHead, size);
        Array.Resize(ref _listTail, size);
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
