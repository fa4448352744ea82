using Xunit.Abstractions;

namespace DataGuard.Detection.Tests.Corpus;

/// <summary>
/// Precision and recall of the default scanner on one labelled set, against the targets of issue 2.
/// A finding is a true positive when its type and exact span match a label; the lenient (overlap) figures are
/// printed alongside to tell boundary errors from misses. The log shows counts, types and offsets, never values.
/// </summary>
public abstract class IssueTargetTests<TRun>(TRun run, ITestOutputHelper output) : IClassFixture<TRun>
    where TRun : LabelledSetRun
{
    [Theory]
    [InlineData(EntityTypes.NationalId, 0.99, 0.98)]
    [InlineData(EntityTypes.ResidentCertificate, 0.99, 0.98)]
    [InlineData(EntityTypes.PhoneNumber, 0.98, 0.97)]
    [InlineData(EntityTypes.LicensePlate, 0.95, 0.95)]
    [InlineData(EntityTypes.EmailAddress, 0.98, 0.98)]
    [InlineData(EntityTypes.CreditCard, 0.98, 0.98)]
    public void Type_meets_its_recall_and_precision_floors(string type, double minRecall, double minPrecision)
    {
        var evaluation = run.Realistic;
        output.WriteLine(evaluation.Table($"{run.Name}, realistic lines (strict = exact type and span)"));
        output.WriteLine(evaluation.DiscrepancyReport(type, max: 200));

        var tally = evaluation.ByType[type];
        Assert.True(tally.Expected > 0, $"{run.Name} has no {type} labels.");
        Assert.True(tally.Recall >= minRecall, $"{type} recall {tally.Recall:0.000} is below {minRecall} ({tally.ExactMatches}/{tally.Expected}).");
        Assert.True(tally.Precision >= minPrecision, $"{type} precision {tally.Precision:0.000} is below {minPrecision} ({tally.ExactMatches}/{tally.Found}).");
    }

    [Fact]
    public void Obfuscated_values_are_recalled()
    {
        var evaluation = run.Obfuscated;
        output.WriteLine(evaluation.Table($"{run.Name}, obfuscated lines (strict = exact type and span over the whole disguised text)"));
        output.WriteLine(evaluation.DiscrepancyReport(max: 200));

        Assert.True(evaluation.Expected >= 60, $"{run.Name}: the obfuscated subset is smaller than promised.");
        Assert.True(evaluation.Recall >= 0.95, $"Obfuscated recall {evaluation.Recall:0.000} is below 0.95 ({evaluation.ExactMatches}/{evaluation.Expected}).");
    }

    [Fact]
    public void Hard_negatives_stay_clean()
    {
        var evaluation = run.HardNegatives;
        output.WriteLine(evaluation.Table($"{run.Name}, hard negatives (every finding of a core type is false)"));
        output.WriteLine(evaluation.DiscrepancyReport(max: 200));

        Assert.True(evaluation.Lines >= 150, $"{run.Name}: the hard-negative file is smaller than promised.");
        Assert.True(evaluation.CleanRate >= 0.99,
            $"Only {evaluation.CleanLines}/{evaluation.Lines} hard-negative lines ({evaluation.CleanRate:0.000}) are free of core findings; 0.99 required.");
    }
}
