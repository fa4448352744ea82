namespace DataGuard.Cli.Output;

/// <summary>The <c>--format</c> values and the formatter each one creates.</summary>
internal static class OutputFormats
{
    /// <summary>Default format.</summary>
    public const string Text = "text";

    private static readonly Dictionary<string, Func<TextWriter, IReadOnlyList<string>, IFindingFormatter>> Factories = new(StringComparer.Ordinal)
    {
        [Text] = (output, _) => new TextFormatter(output),
        ["json"] = (output, _) => new JsonFormatter(output),
        ["jsonl"] = (output, _) => new JsonLinesFormatter(output),
        ["sarif"] = (output, types) => new SarifFormatter(output, types),
    };

    /// <summary>Every format name, for help and validation.</summary>
    public static string[] Names { get; } = Factories.Keys.ToArray();

    /// <summary>Creates the formatter for <paramref name="name"/>; <paramref name="entityTypes"/> are the types the scanner can report (SARIF rules).</summary>
    public static IFindingFormatter Create(string name, TextWriter output, IReadOnlyList<string> entityTypes) => Factories[name](output, entityTypes);
}
