#if NET
using System.Buffers;
#endif
using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Pipeline;

/// <summary>
/// Finds the next character that can start a candidate (a letter, digit or plus in any of the disguises the folder
/// knows). Most of a Chinese text is skipped here, vectorised on .NET 10.
/// </summary>
internal static class TriggerSearch
{
#if NET
    private static readonly SearchValues<char> Triggers = SearchValues.Create(CharFolding.TriggerCharacters());

    // The same set, one bit per character (8 KB): in text full of numbers the next trigger is usually a few characters
    // away, where a table look-up per character is cheaper than setting up the vectorised search.
    private static readonly ulong[] TriggerBits = BitsOf(CharFolding.TriggerCharacters());

    /// <summary>Characters looked up one by one before the vectorised search takes over.</summary>
    private const int ScalarProbe = 8;

    public static int IndexOfTrigger(ReadOnlySpan<char> text)
    {
        int probe = Math.Min(text.Length, ScalarProbe);
        for (int i = 0; i < probe; i++)
        {
            char c = text[i];
            if ((TriggerBits[c >> 6] & (1UL << c)) != 0) return i;
        }
        if (probe == text.Length) return -1;
        int hit = text.Slice(probe).IndexOfAny(Triggers);
        return hit < 0 ? -1 : probe + hit;
    }

    private static ulong[] BitsOf(string chars)
    {
        var bits = new ulong[0x10000 / 64];
        foreach (char c in chars) bits[c >> 6] |= 1UL << c;
        return bits;
    }
#else
    public static int IndexOfTrigger(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            var kind = CharFolding.KindOf(text[i]);
            if (kind == CharKind.Digit || kind == CharKind.Letter || kind == CharKind.Plus || text[i] == '\uD835') return i;
        }
        return -1;
    }
#endif
}
