namespace DataGuard.Cli.Sources;

/// <summary>One input: a file found on disk, or standard input.</summary>
/// <param name="DisplayPath">How the input is named in output: the path relative to the working directory, with '/' separators.</param>
/// <param name="FullPath">Absolute path, or null for standard input.</param>
/// <param name="RelativeToRoot">Path relative to the argument it was found under (a file argument: its name); used to mirror folders.</param>
internal sealed record InputSource(string DisplayPath, string? FullPath, string RelativeToRoot)
{
    /// <summary>Standard input.</summary>
    public static InputSource StandardInput { get; } = new("<stdin>", null, "stdin");

    /// <summary>Whether this is standard input.</summary>
    public bool IsStandardInput => FullPath is null;
}
