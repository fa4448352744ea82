using System.CommandLine;
using System.Globalization;
using DataGuard.Cli.Resources;
using DataGuard.Detection;

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

    public void AddTo(Command command) => command.Options.Add(MinScore);

    /// <summary>The threshold in force: the option, or the engine's default.</summary>
    public double EffectiveMinScore(ParseResult parseResult) => parseResult.GetValue(MinScore) ?? new ScannerOptions().MinScore;

    /// <summary>A scanner configured from the options.</summary>
    public PersonalDataScanner CreateScanner(ParseResult parseResult) =>
        new(new ScannerOptions { MinScore = EffectiveMinScore(parseResult) });
}
