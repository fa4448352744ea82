namespace DataGuard.Detection.Normalization;

/// <summary>
/// The characters that separate the cells of a pasted table row: a tab, a Markdown bar, or the full-width bar a table typed
/// with a Chinese input method uses (日期｜車號｜聯絡電話). A value never runs across one, and a label in one cell does not
/// name a number in another. CSV's commas and semicolons also separate clauses, so readers add them where they mean them.
/// </summary>
internal static class CellBreaks
{
    /// <summary>Every cell break, for a span search.</summary>
    public const string All = "\t|\uFF5C";

    /// <summary>Whether <paramref name="c"/> separates two cells of a row.</summary>
    public static bool Is(char c) => c is '\t' or '|' or '\uFF5C';
}
