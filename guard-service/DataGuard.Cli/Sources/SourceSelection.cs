namespace DataGuard.Cli.Sources;

/// <summary>The inputs a command line names: the files to read, and the paths that do not exist.</summary>
internal sealed record SourceSelection(IReadOnlyList<InputSource> Inputs, IReadOnlyList<string> MissingPaths)
{
    /// <summary>Whether the command reads standard input (no paths were given).</summary>
    public bool IsStandardInput => Inputs.Count == 1 && Inputs[0].IsStandardInput;
}
