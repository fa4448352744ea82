namespace DataGuard.Detection.Scoring;

/// <summary>
/// Every context word of every <see cref="ContextProfile"/> list, filed by the hash of its first two characters
/// (<see cref="TextSignature.KeyOf"/>), with the lists it belongs to: <see cref="ContextWordIndex"/> finds the words of all
/// lists in a short text in one pass (one hash and one bit test per character, a comparison only where a word may start)
/// instead of searching each list's words in each candidate's window.
/// </summary>
/// <remarks>
/// Lists register when their profile is built (built-in recognizers at start-up, configured ones when their registry is
/// built, once per process as a singleton) and are never removed. Readers take the current snapshot, which is never
/// changed once published.
/// </remarks>
internal sealed class ContextVocabulary
{
    private const int KeyCount = TextSignature.PairBits;

    private static readonly object s_lock = new();
    private static readonly List<(int ListId, ContextWord[] Words)> s_lists = new();

    /// <summary>The vocabulary of every list registered so far.</summary>
    public static ContextVocabulary Current { get; private set; } = new(Array.Empty<(int, ContextWord[])>());

    private readonly ulong[] _keys = new ulong[KeyCount / 64];

    // One bit per character at which a word may start: one whose fold is the folded first character of a keyed word, or
    // one that may start a word without a key. Most characters of a text start none and are passed over with one test.
    private readonly ulong[] _starts = new ulong[0x10000 / 64];

    // The words filed by key in flat arrays (those of key k at [_keyStarts[k], _keyStarts[k + 1])), with each one's first
    // two characters beside it: the one-pass search compares a pair of ints per word instead of reaching each entry.
    private readonly int[] _keyStarts = new int[KeyCount + 1];
    private readonly int[] _pairs;
    private readonly int[] _thirds;
    private readonly Entry[] _keyed;

    // Words without a key (one character, or a case-insensitive word whose first characters have case variants beyond ASCII).
    private readonly Entry[] _unkeyed;
    private readonly WordsByChar _unkeyedByFirstChar;

    private ContextVocabulary(IReadOnlyList<(int ListId, ContextWord[] Words)> lists)
    {
        // One entry per distinct word (text and case rule), with every list it is in.
        var entries = new Dictionary<(string, bool), List<int>>();
        var order = new List<ContextWord>();
        foreach (var (listId, words) in lists)
        {
            foreach (var word in words)
            {
                if (word.Text.Length == 0) continue;
                if (!entries.TryGetValue((word.Text, word.IsAscii), out var listIds))
                {
                    entries[(word.Text, word.IsAscii)] = listIds = new List<int>();
                    order.Add(word);
                }
                if (!listIds.Contains(listId)) listIds.Add(listId);
            }
        }
        var byKey = new List<Entry>[KeyCount];
        var unkeyed = new List<Entry>();
        foreach (var word in order)
        {
            var entry = new Entry(word, entries[(word.Text, word.IsAscii)].ToArray());
            if (word.Key == TextSignature.NoKey)
            {
                unkeyed.Add(entry);
                continue;
            }
            (byKey[word.Key] ??= new List<Entry>()).Add(entry);
            _keys[word.Key >> 6] |= 1UL << word.Key;
        }
        var keyed = new List<Entry>();
        for (int k = 0; k < KeyCount; k++)
        {
            _keyStarts[k] = keyed.Count;
            if (byKey[k] is { } filed) keyed.AddRange(filed);
        }
        _keyStarts[KeyCount] = keyed.Count;
        _keyed = keyed.ToArray();
        _pairs = Array.ConvertAll(_keyed, static entry => entry.Pair);
        _thirds = Array.ConvertAll(_keyed, static entry => entry.Third);
        _unkeyed = unkeyed.ToArray();
        _unkeyedByFirstChar = new WordsByChar(Array.ConvertAll(_unkeyed, static e => e.Word), byLastChar: false);
        MarkStarts();
        MaxListId = 0;
        foreach (var (listId, _) in lists) MaxListId = Math.Max(MaxListId, listId);
        _known = new bool[MaxListId + 1];
        foreach (var (listId, _) in lists) _known[listId] = true;
    }

    private readonly bool[] _known;

    // Every character that TextSignature.Fold folds to a keyed word's folded first character (the character, its ASCII
    // upper case, ı for i, ſ for s), and every character a word without a key may start with.
    private void MarkStarts()
    {
        foreach (int pair in _pairs)
        {
            int first = (int)((uint)pair >> 16);
            MarkStart(first);
            if ((uint)(first - 'a') <= 'z' - 'a') MarkStart(first - 32);
            if (first == 'i') MarkStart('\u0131');
            if (first == 's') MarkStart('\u017F');
        }
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (_unkeyedByFirstChar.MayHave((char)c)) MarkStart(c);
        }
    }

    private void MarkStart(int c) => _starts[c >> 6] |= 1UL << c;

    /// <summary>
    /// Whether a word, keyed or not, may start at <paramref name="c"/>: false for a character that is no keyed word's first
    /// character as <see cref="TextSignature.Fold"/> folds it and starts no word without a key.
    /// </summary>
    public bool MayStartAny(char c) => (_starts[c >> 6] & (1UL << c)) != 0;

    /// <summary>Whether the list numbered <paramref name="listId"/> is in this vocabulary.</summary>
    public bool Knows(int listId) => listId < _known.Length && _known[listId];

    /// <summary>The largest list id registered.</summary>
    public int MaxListId { get; }

    /// <summary>Every list registered so far, with its number (tests compare the one-pass answers with a plain search).</summary>
    internal static (int ListId, ContextWord[] Words)[] RegisteredLists()
    {
        lock (s_lock) return s_lists.ToArray();
    }

    /// <summary>Adds a list of words under a new number (<see cref="ContextWordIndex.NewListId"/>) and returns the number.</summary>
    public static int RegisterList(ContextWord[] words)
    {
        int listId = ContextWordIndex.NewListId();
        Register(listId, words);
        return listId;
    }

    /// <summary>Adds a list of words, known to <see cref="ContextWordIndex"/> under <paramref name="listId"/>.</summary>
    public static void Register(int listId, ContextWord[] words)
    {
        if (words.Length == 0) return;
        lock (s_lock)
        {
            s_lists.Add((listId, words));
            Current = new ContextVocabulary(s_lists);
        }
    }

    /// <summary>The keys in use, one bit per key (<see cref="TextSignature.KeyOf"/>).</summary>
    public ulong[] Keys => _keys;

    /// <summary>Where the words filed under each key start in <see cref="Keyed"/> and <see cref="Pairs"/>; key k's end where key k + 1's start.</summary>
    public int[] KeyStarts => _keyStarts;

    /// <summary>The first two characters of each word of <see cref="Keyed"/> (<see cref="Entry.Pair"/>).</summary>
    public int[] Pairs => _pairs;

    /// <summary>The third character of each word of <see cref="Keyed"/> (<see cref="Entry.Third"/>).</summary>
    public int[] Thirds => _thirds;

    /// <summary>The words that have a key, filed by key (see <see cref="KeyStarts"/>).</summary>
    public Entry[] Keyed => _keyed;

    /// <summary>Whether any word has no key (and must be looked for at every position).</summary>
    public bool HasUnkeyed => _unkeyed.Length > 0;

    /// <summary>Whether a word without a key may start with <paramref name="c"/>.</summary>
    public bool MayStartUnkeyed(char c) => _unkeyedByFirstChar.MayHave(c);

    /// <summary>The words without a key that may start with <paramref name="c"/>.</summary>
    public ReadOnlySpan<(int Word, int Folded)> UnkeyedAt(char c) => _unkeyedByFirstChar.At(c);

    /// <summary>A word without a key, by its number in <see cref="UnkeyedAt"/>.</summary>
    public Entry Unkeyed(int word) => _unkeyed[word];

    /// <summary>A distinct word and the lists it belongs to.</summary>
    internal sealed class Entry
    {
        public Entry(ContextWord word, int[] lists)
        {
            Word = word;
            Lists = lists;
            Pair = word.Text.Length < 2 ? -1 : (TextSignature.Fold(word.Text[0]) << 16) | TextSignature.Fold(word.Text[1]);
            Third = word.Text.Length < 3 || (word.IsAscii && !TextSignature.IsCaselessOrAscii(word.Text[2])) ? NoThird : TextSignature.Fold(word.Text[2]);
        }

        /// <summary><see cref="Third"/> of a word shorter than three characters, or whose third one folds beyond <see cref="TextSignature.Fold"/>.</summary>
        public const int NoThird = -1;

        /// <summary>
        /// The third character, folded as <see cref="Pair"/> is, or <see cref="NoThird"/>: where the text's third character
        /// folds otherwise, the word's comparison cannot succeed, so the one-pass search skips it without reaching the entry.
        /// </summary>
        public int Third { get; }

        /// <summary>The first two characters, folded, as one number: a cheap check before comparing the word.</summary>
        public int Pair { get; }

        public ContextWord Word { get; }

        public int[] Lists { get; }
    }
}
