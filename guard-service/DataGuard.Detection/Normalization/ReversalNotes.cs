namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 36 (categories of sets U29, U30): a note beside a value saying it was typed backwards (…←倒序, …（反著寫的，請倒過來看）,
/// …(reversed order), 倒過來寫：…) — staff reverse a value to slip it past a filter and tell the reader to turn it round. Only the
/// note is read here; a recognizer reads the value turned round and still validates it.
/// </summary>
internal static class ReversalNotes
{
    /// <summary>Words saying a value is written backwards (traditional and simplified forms; English in lower case).</summary>
    private static readonly string[] Words =
    {
        "倒序", "倒著", "倒着", "倒過來", "倒过来", "倒回來", "倒回来", "反著", "反着", "反過來", "反过来", "顛倒", "颠倒",
        "reversed", "backwards", "backward", "reverse",
        // Round 37 (categories of sets U31, U32): read from the end (從後面念回來), from right to left, written inverted (倒裝)
        "從後面念", "從後面唸", "從後面讀", "从后面念", "从后面读", "從右往左", "从右往左", "從右到左", "从右到左", "倒裝", "倒装",
        // Round 38 (categories of sets U33, U34): typed the other way round (用倒的寫, 倒寫, 反寫, 倒打), read from the right
        // (從右邊讀) or from the tail (從尾巴), in the opposite order (逆序, 反的順序)
        "倒的", "倒寫", "倒写", "倒打", "反寫", "反写", "反的順序", "逆序", "逆向",
        "從右邊", "从右边", "從右側", "從尾巴", "从尾巴", "從最後一", "从最后一",
        // Round 39 (sets U37, U38): a record's remark that the order is the opposite one (…（順序相反）); 相反順序 stays out:
        // 相 would stop the shared search all over clean text (clean-64KB 0.94 → 0.91 of d9c967a with it)
        "順序相反", "顺序相反",
    };

    /// <summary>Every word of a note, for the guard test that the prefilters below cover each.</summary>
    internal static IReadOnlyList<string> AllWords => Words;

    /// <summary>
    /// The first characters of the Han words, each once: the search for notes stops at these (<see cref="WordLengthAt"/>).
    /// They are <see cref="FirstChars"/>' Han characters, so the two prefilters cannot drift apart.
    /// </summary>
    public static string HanFirstCharacters()
    {
        var chars = new System.Text.StringBuilder();
        foreach (char c in FirstChars)
        {
            if (CharFolding.IsHan(c) && chars.ToString().IndexOf(c) < 0) chars.Append(c);
        }
        return chars.ToString();
    }

    /// <summary>
    /// The length of the Han word of a note that starts at <paramref name="at"/>, or 0. Asked at every hit of the search
    /// shared with the sound-alike digits (<see cref="HomophoneDigits"/>), so one look-up of the first character rules out
    /// every word before any is compared (round 39, issue 9 §3).
    /// </summary>
    public static int WordLengthAt(ReadOnlySpan<char> text, int at)
    {
        char first = text[at];
        if (HanFirsts.IndexOf(first) < 0) return 0;
        var rest = text.Slice(at);
        foreach (var word in Words)
        {
            // A Han first character: only a Han word can start with it.
            if (word[0] == first && rest.StartsWith(word.AsSpan(), StringComparison.Ordinal)) return word.Length;
        }
        return 0;
    }

    /// <summary>Most characters of brackets, arrows and spaces between the value and the note.</summary>
    internal const int MaxMarks = 3;

    /// <summary>Most Han characters of the note's verb between its word and the value (倒過來寫：, 反著寫的：).</summary>
    internal const int MaxVerb = 2;

    /// <summary>Whether a note right after <paramref name="end"/> or right before <paramref name="start"/> says the value is reversed.</summary>
    public static bool Beside(ReadOnlySpan<char> text, int start, int end) => After(text, end) || Before(text, start);

    /// <summary>
    /// The first and the last characters of <see cref="Words"/> (letters in lower case): asked beside every plate read
    /// digits first, where a note rarely stands, one look-up rules out every word at once.
    /// </summary>
    internal static readonly string FirstChars = CharsOf(word => word[0]), LastChars = CharsOf(word => word[word.Length - 1]);

    /// <summary>
    /// The Han first characters, worked out once: most hits of the shared search are sound-alikes, no note's. Declared after
    /// <see cref="FirstChars"/>, which it is made from (static fields are initialised in the order they are written).
    /// </summary>
    private static readonly string HanFirsts = HanFirstCharacters();

    private static string CharsOf(Converter<string, char> pick) => new(Array.ConvertAll(Words, pick));

    // As the ignore-case comparison folds it (TextSignature.Fold: ASCII letters, ı and ſ).
    private static bool MayBe(string chars, char c) => chars.IndexOf((char)Scoring.TextSignature.Fold(c)) >= 0;

    private static bool After(ReadOnlySpan<char> text, int end)
    {
        int i = end;
        while (i < text.Length && i - end < MaxMarks && IsMark(text[i])) i++;
        return i < text.Length && MayBe(FirstChars, text[i]) && StartsWithWord(text.Slice(i));
    }

    private static bool StartsWithWord(ReadOnlySpan<char> rest) => WordLists.StartsWithAny(rest, Words, StringComparison.OrdinalIgnoreCase);

    private static bool EndsWithWord(ReadOnlySpan<char> before) => WordLists.EndsWithAny(before, Words, StringComparison.OrdinalIgnoreCase);

    // "倒過來寫：8302-QHD", "(written reversed) 8302-QHD": the note, then a colon, bracket or space, then the value.
    private static bool Before(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i > 0 && start - i < MaxMarks && (IsMark(text[i - 1]) || text[i - 1] is '：' or ':')) i--;
        // the note's verb may follow its word (倒過來寫, 反著打的): up to two Han characters are skipped
        for (int skip = 0; skip <= MaxVerb && i - skip > 0; skip++)
        {
            var before = text.Slice(0, i - skip);
            if (MayBe(LastChars, before[before.Length - 1]) && EndsWithWord(before)) return true;
            if (!CharFolding.IsHan(text[i - skip - 1])) break;
        }
        return false;
    }

    internal static bool IsMark(char c) =>
        c is ' ' or '\u3000' or '(' or ')' or '（' or '）' or '[' or '【' or '「' or '←' or '⬅' or '<' or '＜' or '-' or '—' or '=' or ',' or '，';
}
