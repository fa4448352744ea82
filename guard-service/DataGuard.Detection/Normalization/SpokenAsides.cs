namespace DataGuard.Detection.Normalization;

/// <summary>
/// What a transcript writes down beside a number read out, between its groups, that is not a filler word: a stage
/// direction in brackets (K123（停頓）456, 4012 (停頓) 8888) and the phrases of a speaker who checks before going on
/// (3528，等一下…0000, 16，我看一下喔…123). The phrases hold the numeral 一, so the filler reader must take them whole
/// before it would read 一 as a digit.
/// </summary>
internal static class SpokenAsides
{
    /// <summary>Stage directions speech-to-text and transcribers write in brackets (pause, silence, cough, noise, inaudible).</summary>
    private static readonly string[] Directions = { "停頓", "停顿", "沉默", "咳嗽", "咳", "雜音", "杂音", "聽不清楚", "听不清楚", "聽不清", "思考", "翻找" };

    /// <summary>Phrases of a speaker who checks something before reading on; longest first.</summary>
    private static readonly string[] Phrases = { "我看一下喔", "我看一下", "我查一下", "等一下喔", "稍等一下", "看一下", "等一下", "等一等", "等等" };

    /// <summary>Whether an aside may start with <paramref name="c"/>: an opening bracket, or the first character of a phrase.</summary>
    public static bool MayStartWith(char c) => IsOpeningBracket(c) || c is '我' or '等' or '稍' or '看';

    private static bool IsOpeningBracket(char c) => c is '（' or '(' or '[' or '［' or '【';

    /// <summary>Length of the aside at <paramref name="i"/>, or 0.</summary>
    public static int LengthAt(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (IsOpeningBracket(c)) return DirectionLength(text, i);
        if (!MayStartWith(c)) return 0;
        var rest = text.Slice(i);
        foreach (var phrase in Phrases) if (rest.StartsWith(phrase.AsSpan(), StringComparison.Ordinal)) return phrase.Length;
        return 0;
    }

    // "（停頓）", "(停頓)", "[雜音]": one direction between an opening bracket and its closing one.
    private static int DirectionLength(ReadOnlySpan<char> text, int open)
    {
        var rest = text.Slice(open + 1);
        foreach (var direction in Directions)
        {
            if (!rest.StartsWith(direction.AsSpan(), StringComparison.Ordinal) || rest.Length == direction.Length) continue;
            return rest[direction.Length] is '）' or ')' or ']' or '］' or '】' ? direction.Length + 2 : 0;
        }
        return 0;
    }
}
