using DataGuard.Detection.Recognizers;

namespace DataGuard.Detection.Pipeline;

/// <summary>
/// Finds the anchors of every enabled <see cref="AnchoredRecognizer"/> in a single pass: a search for the anchors'
/// first characters (<see cref="CharSearch"/>), then a comparison with the few anchors that start with the character found.
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
    }

    /// <summary>Calls each recognizer at each of its anchors in <paramref name="text"/>.</summary>
    public void Scan(ReadOnlySpan<char> text, ref CandidateSink sink, int firstPriority)
    {
        if (_recognizers.Length == 0) return;
        int i = 0;
        while (i < text.Length)
        {
            int hit = _firstChars.IndexOfAny(text.Slice(i));
            if (hit < 0) return;
            i += hit;
            char c = text[i];
            foreach (var anchor in _buckets[c % BucketCount])
            {
                if (anchor.Key != c || !Matches(text, i, anchor)) continue;
                _recognizers[anchor.Recognizer].OnAnchor(text, i, i + anchor.Text.Length, ref sink, firstPriority + anchor.Recognizer);
                break;
            }
            i++;
        }
    }

    private static bool Matches(ReadOnlySpan<char> text, int at, in Anchor anchor)
    {
        int end = at + anchor.Text.Length;
        if (end > text.Length) return false;
        var slice = text.Slice(at, anchor.Text.Length);
        if (!anchor.IsAscii) return slice.SequenceEqual(anchor.Text.AsSpan());
        return slice.Equals(anchor.Text.AsSpan(), StringComparison.OrdinalIgnoreCase)
            && (at == 0 || !IsAsciiLetter(text[at - 1])) && (end == text.Length || !IsAsciiLetter(text[end]));
    }

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static void Add(Dictionary<char, List<Anchor>> lists, char first, Anchor anchor)
    {
        if (!lists.TryGetValue(first, out var list)) lists[first] = list = new List<Anchor>();
        list.Add(anchor);
    }
}
