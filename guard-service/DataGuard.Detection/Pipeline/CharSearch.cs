#if NET
using System.Buffers;
#endif

namespace DataGuard.Detection.Pipeline;

/// <summary>
/// Finds the next character of a set. In text full of numbers and labels the next one is usually a few characters away,
/// where a look-up per character in a bit table (8 KB) is cheaper than setting up a vectorised search; past the first
/// few characters the vectorised search (SearchValues, on .NET 10) takes over — unless its filter would let most Chinese
/// text through (<see cref="FilterPassesMostHan"/>), where the bit table does the whole search.
/// </summary>
internal sealed class CharSearch
{
    /// <summary>Characters looked up one by one before the vectorised search takes over.</summary>
    private const int ScalarProbe = 16;

    private readonly ulong[] _bits = new ulong[0x10000 / 64];
#if NET
    private readonly SearchValues<char>? _values;
#endif

    public CharSearch(string chars)
    {
        foreach (char c in chars) _bits[c >> 6] |= 1UL << c;
#if NET
        if (!FilterPassesMostHan(chars)) _values = SearchValues.Create(chars);
#endif
    }

    /// <summary>Whether <paramref name="c"/> is one of the set: one bit test.</summary>
    public bool Contains(char c) => (_bits[c >> 6] & (1UL << c)) != 0;

    /// <summary>
    /// Round 41: the first character in [<paramref name="low"/>, <paramref name="high"/>] at or after <paramref name="from"/>,
    /// or -1 — one vectorised search for a block (注音, capitals) where the runtime has it.
    /// </summary>
    public static int IndexOfInRange(ReadOnlySpan<char> text, int from, char low, char high)
    {
        if (from >= text.Length) return -1;
#if NET
        int hit = text.Slice(from).IndexOfAnyInRange(low, high);
        return hit < 0 ? -1 : from + hit;
#else
        for (int k = from; k < text.Length; k++) if ((uint)(text[k] - low) <= (uint)(high - low)) return k;
        return -1;
#endif
    }

    /// <summary>The index of the first character of the set in <paramref name="text"/>, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
#if NET
        int probe = _values is null ? text.Length : Math.Min(text.Length, ScalarProbe);
#else
        int probe = text.Length;
#endif
        for (int i = 0; i < probe; i++)
        {
            char c = text[i];
            if ((_bits[c >> 6] & (1UL << c)) != 0) return i;
        }
        if (probe == text.Length) return -1;
#if NET
        int hit = text.Slice(probe).IndexOfAny(_values!);
        return hit < 0 ? -1 : probe + hit;
#else
        return -1;
#endif
    }

    /// <summary>
    /// Whether the vectorised search's first filter would pass most Han characters (U+4E00–U+9FFF). For a set that mixes
    /// many characters, .NET 10 filters non-ASCII text through one 256-bit map of the byte values of the set's
    /// characters (each character's low byte, its high byte unless zero, and zero for an ASCII one) and looks every
    /// character that passes up again. A set of a thousand letters and digits (the trigger characters) fills the map,
    /// so every Han character passes and costs more than the one bit test of the table; measured on the benchmark
    /// inputs (bench/README.md, "det-speed35"). The answer only chooses the faster search: both find the same index.
    /// </summary>
    internal static bool FilterPassesMostHan(string chars)
    {
        var bytes = new bool[256];
        foreach (char c in chars)
        {
            bytes[c & 0xFF] = true;
            bytes[c >> 8] = true; // zero for an ASCII character, which the map holds then too
        }
        int passing = 0, han = 0;
        for (int c = 0x4E00; c <= 0x9FFF; c++, han++)
        {
            if (bytes[c & 0xFF] && bytes[c >> 8]) passing++;
        }
        return passing * 2 > han;
    }
}
