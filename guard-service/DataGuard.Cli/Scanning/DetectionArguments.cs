using System.CommandLine;
using System.Globalization;
using DataGuard.Cli.Resources;
using DataGuard.Detection;
using Microsoft.Extensions.Configuration;

namespace DataGuard.Cli.Scanning;

/// <summary>Options that configure the detection engine, shared by <c>scan</c> and <c>redact</c>.</summary>
internal sealed class DetectionArguments
{
    public DetectionArguments()
    {
        MinScore.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double?>();
            if (value is < 0 or > 1) result.AddError(string.Format(CultureInfo.CurrentCulture, Messages.ErrorMinScoreRange, value));
        });
    }

    public Option<double?> MinScore { get; } = new("--min-score")
    {
        Description = string.Format(CultureInfo.CurrentCulture, Messages.MinScoreDescription, new ScannerOptions().MinScore),
        HelpName = "0..1",
    };

    /// <summary>
    /// A configuration file in the guard's appsettings format: the CLI reads <c>DataGuard:Detection</c> and the configured
    /// recognizers under <c>DataGuard:Recognizers</c>, so a sweep finds the same types as the guard.
    /// </summary>
    public Option<FileInfo?> Config { get; } = new("--config")
    {
        Description = Messages.ConfigDescription,
        HelpName = "appsettings.json",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(MinScore);
        command.Options.Add(Config);
    }

    /// <summary>The threshold in force: the option, the configuration file, or the engine's default.</summary>
    public double EffectiveMinScore(ParseResult parseResult, ScannerOptions configured) => parseResult.GetValue(MinScore) ?? configured.MinScore;

    /// <summary>A scanner configured from the options and the <c>--config</c> file, if any.</summary>
    /// <exception cref="CliUsageException">The file cannot be read or its recognizers are invalid.</exception>
    public PersonalDataScanner CreateScanner(ParseResult parseResult, string workingDirectory)
    {
        var detection = new ScannerOptions();
        var recognizers = RecognizerRegistry.BuiltIn;
        if (parseResult.GetValue(Config) is { } file)
        {
            var configuration = DetectionConfigFile.Load(Path.GetFullPath(file.ToString(), workingDirectory));
            configuration.GetSection("DataGuard:Detection").Bind(detection);
            recognizers = DetectionConfigFile.Recognizers(configuration, file.ToString());
        }
        detection.MinScore = EffectiveMinScore(parseResult, detection);
        return new PersonalDataScanner(detection, recognizers);
    }
}
