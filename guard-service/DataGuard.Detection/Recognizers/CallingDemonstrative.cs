using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 39: a demonstrative with the measure word of phones said between a calling verb and the number (打這支 2345 6789
/// 找他, 撥這個 2345678, 有事就打那支…): the verb still labels the number, as if the words were not there.
/// </summary>
internal static class CallingDemonstrative
{
    private static readonly string[] Words = { "這支", "那支", "這隻", "那隻", "這個", "這組", "這通" };

    /// <summary>Where the demonstrative (and the spaces or opening quote after it) before <paramref name="start"/> begins, or -1 when none stands there.</summary>
    public static int Before(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i > 0 && start - i < 2 && text[i - 1] is ' ' or '\u3000' or '「' or '"' or '\'' or '(' or '（' or '[' or '{' or '<') i--;
        // every word is two characters long
        return i >= 2 && WordLists.IsAny(text.Slice(i - 2, 2), Words) ? i - 2 : -1;
    }
}
