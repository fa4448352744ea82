namespace DataGuard.Detection.Normalization;

/// <summary>
/// A value with the same symbol run typed between every two of its characters, to get it past a filter (K👮R👮T👮5👮2,
/// 0❤️9❤️1❤️2, U··Z··S··3, E--D--U--3, C~P~N~0, B·C·F·2): the run stands for no separator of the format, so the reader
/// takes those characters as glued, the disguise recorded as <see cref="Evasions.Separators"/>. Blanks and the pauses
/// of a list (、，。,) are no such run: "1、2、3、4、5" and a value spaced digit by digit keep their gaps.
/// </summary>
internal static class Interleaving
{
    /// <summary>Fewest characters set apart one by one: the shortest plate (LL-DDD) has five.</summary>
    private const int MinCharacters = 5;

    /// <summary>Most characters of a plate (ABC-1234, LA-12345): a longer run is an ID, a phone or a card, glued whole.</summary>
    private const int MaxPlateLength = 8;

    /// <summary>Longest run between two characters, in UTF-16 units (❤️ with its variation selector is two, 👮 two, "··" two).</summary>
    private const int MaxRun = 4;

    /// <summary>
    /// Glues the characters from the start of <paramref name="chain"/> that one and the same symbol run sets apart, when
    /// there are at least <see cref="MinCharacters"/>; returns the offset where the glued characters end, or -1.
    /// </summary>
    public static int Collapse(ReadOnlySpan<char> text, ref Chain chain)
    {
        if (chain.Length < MinCharacters || chain.Gaps[1] == 0) return -1;
        int firstEnd = chain.EndOf(1);
        var run = text.Slice(firstEnd, chain.Positions[1] - firstEnd);
        if (run.Length > MaxRun || !IsSymbolRun(run)) return -1;
        int count = 2;
        while (count < chain.Length && chain.Gaps[count] > 0 && SameRunBefore(text, chain, count, run)) count++;
        if (count < MinCharacters) return -1;
        bool plateLength = count <= MaxPlateLength;
        for (int k = 1; k < count; k++)
        {
            // A plate's letters and digits keep the hyphen between them (K👮R👮T👮5… reads KRT-5…, as plates are written).
            bool groups = plateLength && IsLetter(chain.Chars[k - 1]) != IsLetter(chain.Chars[k]);
            chain.Gaps[k] = (byte)(groups ? 1 : 0);
            chain.GapChars[k] = groups ? '-' : '\0';
            chain.Flags[k] |= (byte)Evasions.Separators;
        }
        return chain.EndOf(count);
    }

    private static bool SameRunBefore(ReadOnlySpan<char> text, in Chain chain, int index, ReadOnlySpan<char> run)
    {
        int end = chain.EndOf(index);
        return chain.Positions[index] - end == run.Length && text.Slice(end, run.Length).SequenceEqual(run);
    }

    private static bool IsLetter(char folded) => (uint)(folded - 'A') <= 25;

    // A run of symbols, dots, dashes or tildes: no blank and no pause mark of a list.
    private static bool IsSymbolRun(ReadOnlySpan<char> run)
    {
        foreach (char c in run)
        {
            if (c is ' ' or '\u3000' or '\u00A0' or '\t' or '、' or '，' or '。' or ',' or '\uFF64' or '\uFF61') return false;
        }
        return true;
    }
}
