using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Rounds 42 (set U44): `X-ray B + qi jiu-ba ling qi-si wu er`, `C + one one four seven…`, `Ｄ + 2-3459-45l7`, `宜蘭縣那個英文字 +
/// ２０93…`, `(南投縣) + ९ ६३४०…` — a plus set apart by blanks after a lone letter, or after what names the letter (a county's
/// code, a bracket), joins an ID's or certificate's letter to its digits, as people write "letter plus digits"; it is no
/// country code's plus. Where the ID reading fails (a letter described another way, a typo), the digits after it were read
/// as an international number. A country code's plus is glued to its digits, or follows a phone word.
/// </summary>
internal static class LetterJoiningPlus
{
    /// <summary>Words that end a letter's description: 英文字 +, 代碼 +, 南投縣 +.</summary>
    private static readonly string[] LetterNames = { "英文字", "英文字母", "代碼", "縣", "市" };

    /// <summary>Whether the plus at <paramref name="plus"/>, blanks on both sides, joins a letter (or what names it) to the digits after it.</summary>
    public static bool JoinsLetterAt(ReadOnlySpan<char> text, int plus)
    {
        if (plus < 2 || plus + 1 >= text.Length || !Blanks.IsOrNoBreak(text[plus + 1])) return false;
        int before = plus - 1;
        while (before >= 0 && Blanks.IsOrNoBreak(text[before])) before--;
        if (before < 0 || before == plus - 1 || ContextScorer.IsLabelledImmediately(text, plus, PhoneWords.Any)) return false;
        return text[before] is ')' or '）' || IsLoneLetter(text, before) || EndsWithLetterName(text, before + 1);
    }

    private static bool IsLoneLetter(ReadOnlySpan<char> text, int at)
        => CharFolding.KindOf(text[at]) == CharKind.Letter && (at == 0 || !CharFolding.IsAlphanumeric(text[at - 1]));

    private static bool EndsWithLetterName(ReadOnlySpan<char> text, int end)
    {
        foreach (var name in LetterNames)
        {
            if (end >= name.Length && text.Slice(end - name.Length, name.Length).SequenceEqual(name.AsSpan())) return true;
        }

        return false;
    }
}
