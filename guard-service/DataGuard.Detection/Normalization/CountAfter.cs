namespace DataGuard.Detection.Normalization;

/// <summary>
/// A count glued to the last value of a list (…、〇九三三 四五六 七八九兩支門號, ABC-洞五幺三兩台往市區逃逸): a Chinese numeral
/// that ends the chain right before a measure word counts the values listed and is no digit of the last one. Each
/// recognizer asks with the measure words that count what it finds.
/// </summary>
internal static class CountAfter
{
    /// <summary>Measure words that count phone numbers and lines: 兩支門號, 兩個號碼, 一組電話, 三門電話.</summary>
    public const string PhoneMeasureWords = "支個个組组門";

    /// <summary>Measure words that count vehicles: 兩台, 一輛 (the plate recognizer's).</summary>
    public const string VehicleMeasureWords = "輛辆台臺部";

    /// <summary>Every measure word a count after a value read out in pieces may end with (ChainReader).</summary>
    public const string AnyMeasureWords = PhoneMeasureWords + VehicleMeasureWords;

    /// <summary>Whether the chain's character at <paramref name="index"/>, its last, is such a count.</summary>
    public static bool CountsAt(ReadOnlySpan<char> text, in Chain chain, int index, string measureWords)
    {
        if (index != chain.Length - 1 || chain.Gaps[index] > 0 || (chain.Flags[index] & (byte)Evasions.ChineseNumerals) == 0) return false;
        return MeasureWordAt(text, chain.EndOf(index + 1), measureWords);
    }

    private static bool MeasureWordAt(ReadOnlySpan<char> text, int at, string measureWords) =>
        at < text.Length && measureWords.IndexOf(text[at]) >= 0;

    /// <summary>Most digits a count apart from the code before it holds (1 台, 12 輛).</summary>
    private const int MostSpacedCountDigits = 2;

    /// <summary>
    /// det-ocr45 (set U50, T: "JET SL 125 1 台"): whether the chain's last group, from <paramref name="index"/>, is one or two
    /// digits apart by a space from a group of two or more before it, with a measure word after it (past a space): a count of
    /// what the code names, not the code's last digits.
    /// </summary>
    public static bool CountsSpacedAt(ReadOnlySpan<char> text, in Chain chain, int index, string measureWords)
    {
        if (index < 2 || chain.Length - index > MostSpacedCountDigits || chain.Gaps[index] == 0 || chain.GapChars[index] is not (' ' or '\u3000')
            || chain.Gaps[index - 1] > 0) return false;
        for (int i = index; i < chain.Length; i++)
        {
            if ((uint)(chain.Chars[i] - '0') > 9 || i > index && chain.Gaps[i] > 0) return false;
        }
        int after = chain.EndOf(chain.Length);
        while (after < text.Length && text[after] is ' ' or '\u3000') after++;
        return MeasureWordAt(text, after, measureWords);
    }
}
