namespace DataGuard.Detection.Normalization;

/// <summary>
/// Whether a span starts with, ends with or is one of a list of words: the loop every reader of a short word list wrote for itself
/// (round 39: eight copies folded here). Ordinal by default — Han words have no case; an English list asks for
/// <see cref="StringComparison.OrdinalIgnoreCase"/>.
/// </summary>
internal static class WordLists
{
    /// <summary>Whether <paramref name="span"/> starts with one of <paramref name="words"/>.</summary>
    public static bool StartsWithAny(ReadOnlySpan<char> span, string[] words, StringComparison comparison = StringComparison.Ordinal)
    {
        foreach (var word in words) if (span.StartsWith(word.AsSpan(), comparison)) return true;
        return false;
    }

    /// <summary>
    /// Length of the first of <paramref name="words"/> that <paramref name="text"/> holds at <paramref name="at"/> (list the
    /// longer words first), or 0. Round 41.
    /// </summary>
    public static int LengthAtAny(ReadOnlySpan<char> text, int at, string[] words)
    {
        var rest = text.Slice(at);
        foreach (var word in words) if (rest.StartsWith(word.AsSpan(), StringComparison.Ordinal)) return word.Length;
        return 0;
    }

    /// <summary>Whether <paramref name="span"/> is one of <paramref name="words"/>.</summary>
    public static bool IsAny(ReadOnlySpan<char> span, string[] words, StringComparison comparison = StringComparison.Ordinal)
    {
        foreach (var word in words) if (span.Equals(word.AsSpan(), comparison)) return true;
        return false;
    }

    /// <summary>Whether <paramref name="span"/> ends with one of <paramref name="words"/>.</summary>
    public static bool EndsWithAny(ReadOnlySpan<char> span, string[] words, StringComparison comparison = StringComparison.Ordinal)
    {
        foreach (var word in words) if (span.EndsWith(word.AsSpan(), comparison)) return true;
        return false;
    }
}
