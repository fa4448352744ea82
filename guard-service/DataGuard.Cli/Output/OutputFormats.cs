namespace DataGuard.Cli.Output;

/// <summary>The <c>--format</c> values and the formatter each one creates.</summary>
internal static class OutputFormats
{
    /// <summary>Default format.</summary>
    public const string Text = "text";

    private static readonly Dictionary<string, Func<TextWriter, IFindingFormatter>> Factories = new(StringComparer.Ordinal)
    {
        [Text] = output => new TextFormatter(output),
        ["json"] = output => new JsonFormatter(output),
        ["jsonl"] = output => new JsonLinesFormatter(output),
        ["sarif"] = output => new SarifFormatter(output),
    };

    /// <summary>Every format name, for help and validation.</summary>
    public static string[] Names { get; } = Factories.Keys.ToArray();

    /// <summary>Creates the formatter for <paramref name="name"/>.</summary>
    public static IFindingFormatter Create(string name, TextWriter output) => Factories[name](output);
}
