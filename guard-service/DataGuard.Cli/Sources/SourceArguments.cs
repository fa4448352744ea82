using System.CommandLine;
using DataGuard.Cli.Resources;

namespace DataGuard.Cli.Sources;

/// <summary>The input arguments shared by <c>scan</c> and <c>redact</c>: paths, <c>--include</c> and <c>--exclude</c>.</summary>
internal sealed class SourceArguments
{
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = Messages.PathsDescription,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string[]> Include { get; } = new("--include") { Description = Messages.IncludeDescription, HelpName = "glob" };

    public Option<string[]> Exclude { get; } = new("--exclude") { Description = Messages.ExcludeDescription, HelpName = "glob" };

    public Option<string> Encoding { get; } = new("--encoding")
    {
        Description = Messages.EncodingDescription,
        DefaultValueFactory = _ => "utf-8",
        HelpName = "name",
    };

    public SourceArguments() => Encoding.Validators.Add(result =>
    {
        var name = result.GetValueOrDefault<string>();
        if (name is not null && TextEncodings.Find(name) is null)
            result.AddError(string.Format(System.Globalization.CultureInfo.CurrentCulture, Messages.ErrorUnknownEncoding, name));
    });

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Include);
        command.Options.Add(Exclude);
        command.Options.Add(Encoding);
    }

    /// <summary>The encoding files are read (and, by <c>redact</c>, written) in.</summary>
    public System.Text.Encoding GetEncoding(ParseResult parseResult) => TextEncodings.Find(parseResult.GetValue(Encoding) ?? "utf-8") ?? TextEncodings.Utf8;

    /// <summary>The paths given (empty: standard input).</summary>
    public IReadOnlyList<string> GetPaths(ParseResult parseResult) => parseResult.GetValue(Paths) ?? Array.Empty<string>();

    /// <summary>Expands the arguments into the inputs to read.</summary>
    public SourceSelection Select(ParseResult parseResult, string workingDirectory) => SourceSweep.Expand(
        GetPaths(parseResult),
        parseResult.GetValue(Include) ?? Array.Empty<string>(),
        parseResult.GetValue(Exclude) ?? Array.Empty<string>(),
        workingDirectory);
}
