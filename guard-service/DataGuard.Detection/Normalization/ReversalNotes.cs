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
    };

    /// <summary>Most characters of brackets, arrows and spaces between the value and the note.</summary>
    private const int MaxMarks = 3;

    /// <summary>Most Han characters of the note's verb between its word and the value (倒過來寫：, 反著寫的：).</summary>
    private const int MaxVerb = 2;

    /// <summary>Whether a note right after <paramref name="end"/> or right before <paramref name="start"/> says the value is reversed.</summary>
    public static bool Beside(ReadOnlySpan<char> text, int start, int end) => After(text, end) || Before(text, start);

    private static bool After(ReadOnlySpan<char> text, int end)
    {
        int i = end;
        while (i < text.Length && i - end < MaxMarks && IsMark(text[i])) i++;
        var rest = text.Slice(i);
        foreach (var word in Words)
        {
            if (rest.StartsWith(word.AsSpan(), StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // "倒過來寫：8302-QHD", "(written reversed) 8302-QHD": the note, then a colon, bracket or space, then the value.
    private static bool Before(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i > 0 && start - i < MaxMarks && (IsMark(text[i - 1]) || text[i - 1] is '：' or ':')) i--;
        // the note's verb may follow its word (倒過來寫, 反著打的): up to two Han characters are skipped
        for (int skip = 0; skip <= MaxVerb && i - skip > 0; skip++)
        {
            var before = text.Slice(0, i - skip);
            foreach (var word in Words)
            {
                if (before.EndsWith(word.AsSpan(), StringComparison.OrdinalIgnoreCase)) return true;
            }
            if (!CharFolding.IsHan(text[i - skip - 1])) break;
        }
        return false;
    }

    private static bool IsMark(char c) =>
        c is ' ' or '\u3000' or '(' or ')' or '（' or '）' or '[' or '【' or '「' or '←' or '⬅' or '<' or '＜' or '-' or '—' or '=' or ',' or '，';
}
