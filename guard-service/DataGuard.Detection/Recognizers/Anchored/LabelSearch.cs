namespace DataGuard.Detection.Recognizers.Anchored;

/// <summary>Small text tests shared by the label-anchored recognizers (姓名, 生日, 地址…).</summary>
internal static class LabelSearch
{
    /// <summary>Skips the punctuation and filler words between a label and its value ("姓名：", "生日為", "DOB: ").</summary>
    public static int SkipFiller(ReadOnlySpan<char> text, int index, string fillers, int max)
    {
        int limit = Math.Min(text.Length, index + max);
        while (index < limit && fillers.IndexOf(text[index]) >= 0) index++;
        return index;
    }

    /// <summary>CJK unified ideograph (the characters of Chinese names and place names).</summary>
    public static bool IsIdeograph(char c) => c >= '\u4E00' && c <= '\u9FFF';
}
