using DataGuard.Detection.Recognizers;
using DataGuard.Detection.Scoring;
using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Pipeline;

/// <summary>
/// Finds the anchors of every enabled <see cref="AnchoredRecognizer"/> in a single pass: a bit test of each character
/// and its pair with the next against the anchors' first two (<see cref="NextPlace"/>), then a comparison with the few
/// anchors that start with the character found.
/// </summary>
internal sealed class AnchorSearch
{
    private readonly struct Anchor
    {
        public Anchor(string text, int recognizer, char key = '\0')
        {
            Key = key;
            Text = text;
            Recognizer = recognizer;
            IsAscii = text[0] < 128 && char.IsLetter(text[0]);
        }

        /// <summary>The character the anchor is filed under (its first, or that letter in the other case).</summary>
        public char Key { get; }

        public string Text { get; }

        public int Recognizer { get; }

        public bool IsAscii { get; }
    }

    /// <summary>Anchors are filed by their first character modulo this, so finding them is an array access.</summary>
    private const int BucketCount = 1024;

    private static readonly Anchor[] NoAnchors = Array.Empty<Anchor>();

    private readonly AnchoredRecognizer[] _recognizers;

    // Per bucket: the anchors of every first character that falls into it, each character's anchors longest first.
    private readonly Anchor[][] _buckets = new Anchor[BucketCount][];
    private readonly CharSearch _firstChars;

    // The first two characters of every anchor, folded as the ignore-case comparison folds them and hashed
    // (TextSignature.PairHash), one bit each; and the first characters whose anchors all have a second character this
    // test may rule on. Most places a first character is found hold no anchor (報 of 報告, the a of "data"): one bit
    // test turns them down instead of a comparison with each anchor filed there.
    private readonly ulong[] _pairs = new ulong[TextSignature.PairBits / 64];
    private readonly ulong[] _pairTested = new ulong[0x10000 / 64];

    public AnchorSearch(AnchoredRecognizer[] recognizers)
    {
        _recognizers = recognizers;
        var lists = new Dictionary<char, List<Anchor>>();
        for (int r = 0; r < recognizers.Length; r++)
        {
            foreach (var text in recognizers[r].Anchors)
            {
                var anchor = new Anchor(text, r);
                Add(lists, text[0], anchor);
                if (anchor.IsAscii) Add(lists, char.IsUpper(text[0]) ? char.ToLowerInvariant(text[0]) : char.ToUpperInvariant(text[0]), anchor);
            }
        }
        var firstChars = new System.Text.StringBuilder();
        var buckets = new List<Anchor>[BucketCount];
        foreach (var pair in lists)
        {
            // Longest first, so 出生日期 is tried before 出生.
            pair.Value.Sort(static (a, b) => b.Text.Length.CompareTo(a.Text.Length));
            var bucket = buckets[pair.Key % BucketCount] ??= new List<Anchor>();
            foreach (var anchor in pair.Value) bucket.Add(new Anchor(anchor.Text, anchor.Recognizer, pair.Key));
            firstChars.Append(pair.Key);
        }
        for (int b = 0; b < BucketCount; b++) _buckets[b] = buckets[b]?.ToArray() ?? NoAnchors;
        _firstChars = new CharSearch(firstChars.ToString());
        foreach (var pair in lists) FilePairs(pair.Key, pair.Value);
    }

    // An anchor's second character may be compared folded when folding is all the anchor's comparison does to it: any
    // character for an ordinal anchor, an ASCII one for an ignore-case anchor (whose other case forms Fold knows).
    private void FilePairs(char first, List<Anchor> anchors)
    {
        foreach (var anchor in anchors)
        {
            if (anchor.Text.Length < 2 || (anchor.IsAscii && anchor.Text[1] >= 128)) return;
        }
        foreach (var anchor in anchors)
        {
            int key = TextSignature.PairHash(TextSignature.Fold(anchor.Text[0]), TextSignature.Fold(anchor.Text[1]));
            _pairs[key >> 6] |= 1UL << key;
        }
        _pairTested[first >> 6] |= 1UL << first;
    }

    // False when no anchor filed under text[at] can start at at: its pair with the next character is filed by none.
    private bool MayStartAt(ReadOnlySpan<char> text, int at)
    {
        char c = text[at];
        if ((_pairTested[c >> 6] & (1UL << c)) == 0) return true;
        if (at + 1 == text.Length) return false;
        int key = TextSignature.PairHash(TextSignature.Fold(c), TextSignature.Fold(text[at + 1]));
        return (_pairs[key >> 6] & (1UL << key)) != 0;
    }

    /// <summary>Calls each recognizer at each of its anchors in <paramref name="text"/>.</summary>
    public void Scan(ReadOnlySpan<char> text, ref CandidateSink sink, int firstPriority)
    {
        if (_recognizers.Length == 0) return;
        for (int i = NextPlace(text, 0); i >= 0; i = NextPlace(text, i + 1))
        {
            char c = text[i];
            foreach (var anchor in _buckets[c % BucketCount])
            {
                if (anchor.Key != c || !Matches(text, i, anchor)) continue;
                _recognizers[anchor.Recognizer].OnAnchor(text, i, i + anchor.Text.Length, ref sink, firstPriority + anchor.Recognizer);
                break;
            }
        }
    }

    // The first place at or after from where an anchor may start (its first character filed, its pair with the next one
    // filed where the pair test rules), or -1. The anchors' first characters are common in Chinese prose (報 後 現 受 證:
    // one every ~9 characters), so both bit tests run in one loop rather than a vectorised search stopping at each.
    // det-speed46: and the letters inside an English word are passed over before the pair test — e t a n r s… file anchors
    // (email, at, tel) and are a sixth of the prose benchmark's characters, yet an anchor filed under an ASCII letter is a
    // word of its own, which Matches turns down after a letter.
    private int NextPlace(ReadOnlySpan<char> text, int from)
    {
        for (int i = from; i < text.Length; i++)
        {
            if (!_firstChars.Contains(text[i])) continue;
            if (!InsideAsciiWord(text, i) && MayStartAt(text, i)) return i;
            AssertNoAnchorAt(text, i);
        }
        return -1;
    }

    // Whether the ASCII letter at i follows another: every anchor filed under an ASCII letter is IsAscii (its first character
    // is that letter in either case), and Matches wants no letter before such an anchor.
    private static bool InsideAsciiWord(ReadOnlySpan<char> text, int i) => i > 0 && AsciiChars.IsLetter(text[i]) && AsciiChars.IsLetter(text[i - 1]);

    // Debug builds (every test run) compare each place the pair test turns down with every anchor filed there.
    [System.Diagnostics.Conditional("DEBUG")]
    private void AssertNoAnchorAt(ReadOnlySpan<char> text, int at)
    {
        foreach (var anchor in _buckets[text[at] % BucketCount])
        {
            if (anchor.Key == text[at] && Matches(text, at, anchor))
                throw new InvalidOperationException("AnchorSearch: the pair test turned down a place where an anchor matches.");
        }
    }

    private static bool Matches(ReadOnlySpan<char> text, int at, in Anchor anchor)
    {
        int end = at + anchor.Text.Length;
        if (end > text.Length) return false;
        var slice = text.Slice(at, anchor.Text.Length);
        if (!anchor.IsAscii) return slice.SequenceEqual(anchor.Text.AsSpan());
        // A whole word at its ASCII ends: "at符號gmail" ends in a Han character, which no letter after it prolongs.
        return slice.Equals(anchor.Text.AsSpan(), StringComparison.OrdinalIgnoreCase)
            && (at == 0 || !AsciiChars.IsLetter(text[at - 1])) && (end == text.Length || !AsciiChars.IsLetter(text[end]) || !AsciiChars.IsLetter(anchor.Text[anchor.Text.Length - 1]));
    }

    private static void Add(Dictionary<char, List<Anchor>> lists, char first, Anchor anchor)
    {
        if (!lists.TryGetValue(first, out var list)) lists[first] = list = new List<Anchor>();
        list.Add(anchor);
    }
}
