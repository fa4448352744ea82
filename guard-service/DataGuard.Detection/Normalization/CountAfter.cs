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
        int after = chain.EndOf(index + 1);
        return after < text.Length && measureWords.IndexOf(text[after]) >= 0;
    }
}
