using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// det-words42 (set U44): `X-ray B + qi jiu-ba ling qi-si wu er`, `C + one one four seven…`, `Ｄ + 2-3459-45l7` — a plus set
/// apart by blanks after a lone letter joins an ID's or certificate's letter to its digits, as people write "letter plus
/// digits"; it is no country code's plus. Where the ID reading fails (a letter described another way, a typo), the digits
/// after it were read as an international number. A country code's plus is glued to its digits, or follows a phone word,
/// never a letter standing alone.
/// </summary>
internal static class LetterJoiningPlus
{
    /// <summary>Whether the plus at <paramref name="plus"/> has a blank after it and a lone letter before it, blanks between.</summary>
    public static bool JoinsLetterAt(ReadOnlySpan<char> text, int plus)
    {
        if (plus < 2 || plus + 1 >= text.Length || !IsBlank(text[plus + 1])) return false;
        int letter = plus - 1;
        while (letter >= 0 && IsBlank(text[letter])) letter--;
        if (letter < 0 || letter == plus - 1 || CharFolding.KindOf(text[letter]) != CharKind.Letter) return false;
        return letter == 0 || !CharFolding.IsAlphanumeric(text[letter - 1]);
    }

    private static bool IsBlank(char c) => c is ' ' or '\u3000' or '\u00A0';
}
