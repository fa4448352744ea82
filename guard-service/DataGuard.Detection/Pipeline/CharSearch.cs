#if NET
using System.Buffers;
#endif

namespace DataGuard.Detection.Pipeline;

/// <summary>
/// Finds the next character of a set. In text full of numbers and labels the next one is usually a few characters away,
/// where a look-up per character in a bit table (8 KB) is cheaper than setting up a vectorised search; past the first
/// few characters the vectorised search (SearchValues, on .NET 10) takes over.
/// </summary>
internal sealed class CharSearch
{
    /// <summary>Characters looked up one by one before the vectorised search takes over.</summary>
    private const int ScalarProbe = 16;

    private readonly ulong[] _bits = new ulong[0x10000 / 64];
#if NET
    private readonly SearchValues<char> _values;
#endif

    public CharSearch(string chars)
    {
        foreach (char c in chars) _bits[c >> 6] |= 1UL << c;
#if NET
        _values = SearchValues.Create(chars);
#endif
    }

    /// <summary>Whether <paramref name="c"/> is one of the set: one bit test.</summary>
    public bool Contains(char c) => (_bits[c >> 6] & (1UL << c)) != 0;

    /// <summary>The index of the first character of the set in <paramref name="text"/>, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
#if NET
        int probe = Math.Min(text.Length, ScalarProbe);
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
        int hit = text.Slice(probe).IndexOfAny(_values);
        return hit < 0 ? -1 : probe + hit;
#else
        return -1;
#endif
    }
}
