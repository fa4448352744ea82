using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Pipeline;

/// <summary>
/// Finds the next character that can start a candidate (a letter, digit or plus in any of the disguises the folder
/// knows). Most of a Chinese text is skipped here, vectorised on .NET 10.
/// </summary>
internal static class TriggerSearch
{
    private static readonly CharSearch Triggers = new(CharFolding.TriggerCharacters());

    public static int IndexOfTrigger(ReadOnlySpan<char> text) => Triggers.IndexOfAny(text);
}
