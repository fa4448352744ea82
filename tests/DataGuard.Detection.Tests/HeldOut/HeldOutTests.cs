using Xunit.Abstractions;

namespace DataGuard.Detection.Tests.HeldOut;

/// <summary>
/// The red-team held-out set scored like the labelled corpus (strict = exact type and span), against the issue-2
/// targets; what is still missed is listed in HeldOut/GAPS.md. The log shows counts, types and offsets, never values.
/// </summary>
public sealed class HeldOutTests(HeldOutRun run, ITestOutputHelper output) : IClassFixture<HeldOutRun>
{
    [Theory]
    [InlineData(EntityTypes.NationalId, 0.99, 0.98)]
    [InlineData(EntityTypes.ResidentCertificate, 0.99, 0.98)]
    [InlineData(EntityTypes.PhoneNumber, 0.98, 0.97)]
    [InlineData(EntityTypes.LicensePlate, 0.95, 0.95)]
    [InlineData(EntityTypes.EmailAddress, 0.98, 0.98)]
    [InlineData(EntityTypes.CreditCard, 0.98, 0.98)]
    public void Prompt_recall_and_precision_hold_their_floors(string type, double minRecall, double minPrecision)
    {
        var evaluation = run.Prompts;
        output.WriteLine(evaluation.Table("Held-out prompts (strict = exact type and span)"));
        output.WriteLine(evaluation.DiscrepancyReport(type, max: 200));

        var tally = evaluation.ByType[type];
        Assert.True(tally.Expected > 0, $"The held-out prompts have no {type} labels.");
        Assert.True(tally.Recall >= minRecall, $"{type} recall {tally.Recall:0.000} is below {minRecall} ({tally.ExactMatches}/{tally.Expected}).");
        Assert.True(tally.Precision >= minPrecision, $"{type} precision {tally.Precision:0.000} is below {minPrecision} ({tally.ExactMatches}/{tally.Found}).");
    }

    [Fact]
    public void Obfuscated_recall_holds_its_floor()
    {
        var evaluation = run.Obfuscated;
        output.WriteLine(evaluation.Table("Held-out obfuscated (strict = whole disguise)"));
        output.WriteLine(evaluation.DiscrepancyReport(max: 200));

        Assert.True(evaluation.Recall >= ObfuscatedRecallFloor,
            $"Obfuscated recall {evaluation.Recall:0.000} is below {ObfuscatedRecallFloor} ({evaluation.ExactMatches}/{evaluation.Expected}).");
    }

    [Fact]
    public void Hard_negatives_stay_clean()
    {
        var evaluation = run.Negatives;
        output.WriteLine(evaluation.Table("Held-out hard negatives (every core finding is false)"));
        output.WriteLine(evaluation.DiscrepancyReport(max: 200));

        Assert.True(evaluation.CleanRate >= NegativeCleanFloor,
            $"Only {evaluation.CleanLines}/{evaluation.Lines} hard-negative lines ({evaluation.CleanRate:0.000}) are clean; {NegativeCleanFloor} required.");
    }

    // The issue-2 targets; the engine meets them on this set (measured 0.988 and 0.995, see GAPS.md).
    private const double ObfuscatedRecallFloor = 0.95;
    private const double NegativeCleanFloor = 0.99;
}
