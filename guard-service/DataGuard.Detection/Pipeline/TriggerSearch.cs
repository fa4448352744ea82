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

    public static int IndexOfTrigger(ReadOnlySpan<char> text) => text.IndexOfAny(Triggers);
#else
    public static int IndexOfTrigger(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            var kind = CharFolding.KindOf(text[i]);
            if (kind == CharKind.Digit || kind == CharKind.Letter || kind == CharKind.Plus) return i;
        }
        return -1;
    }
#endif
}
