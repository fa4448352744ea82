namespace DataGuard.Cli.Sources;

/// <summary>The inputs a command line names: the files to read, and what went wrong finding them (missing paths, unreadable folders).</summary>
internal sealed record SourceSelection(IReadOnlyList<InputSource> Inputs, IReadOnlyList<string> Problems)
{
    /// <summary>Whether the command reads standard input (no paths were given).</summary>
    public bool IsStandardInput => Inputs.Count == 1 && Inputs[0].IsStandardInput;
}
