using Xunit.Abstractions;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Recall over the generated space, cell by cell (family × surface variant × context, every position in each cell),
/// and the clean rate of generated look-alikes. A hole shows as a named cell below its floor, not as a dent in an
/// average. The output lists cell names and counts only.
/// </summary>
[Collection(GeneratedRunCollection.Name)]
public sealed class GeneratedCoverageTests(GeneratedRun run, ITestOutputHelper output)
{
    [Fact]
    public void The_generator_covers_the_whole_space()
    {
        output.WriteLine($"{run.Positives} positive cases in {run.Cells.Count} cells; {run.Negatives} hard negatives in {run.NegativeCells.Count} cells.");
        Assert.True(run.Positives >= 5000, $"Only {run.Positives} positive cases were generated.");
        Assert.True(run.Negatives >= 1000, $"Only {run.Negatives} hard negatives were generated.");
        foreach (var family in ValueFamilies.All) Assert.True(run.Families.ContainsKey(family.Name), $"{family.Name} generated no case.");
        foreach (var type in EntityTypes.Core) Assert.True(run.Types.ContainsKey(type), $"{type} generated no case.");
    }

    [Fact]
    public void Every_cell_meets_its_recall_floor()
    {
        output.WriteLine(GeneratedRun.Report("Recall by type", run.Types));
        output.WriteLine(GeneratedRun.Report("Recall by family", run.Families));
        output.WriteLine(GeneratedRun.Report("Family × variant below 1.000", run.FamilyVariants, onlyImperfect: true));
        output.WriteLine(GeneratedRun.Report("Family × context below 1.000", run.FamilyContexts, onlyImperfect: true));
        output.WriteLine(GeneratedRun.Report("Family × position below 1.000", run.FamilyPositions, onlyImperfect: true));

        var holes = new List<string>();
        int outOfScope = 0;
        foreach (var (cell, tally) in run.Cells)
        {
            if (CellFloors.For(cell) is not double floor)
            {
                outOfScope++;
                continue;
            }
            if (tally.Recall < floor - 1e-9) holes.Add($"{cell}: {tally.Found}/{tally.Cases} below {floor:0.00}");
        }
        output.WriteLine($"Cells below their floor: {holes.Count} of {run.Cells.Count - outOfScope} in scope ({outOfScope} out of scope, see the Detection README)");
        foreach (var hole in holes) output.WriteLine("  " + hole);
        Assert.True(holes.Count == 0, $"{holes.Count} cells are below their floor; the first: {(holes.Count > 0 ? holes[0] : "")}");
    }

    [Fact]
    public void Every_family_meets_its_recall_floor()
    {
        output.WriteLine(GeneratedRun.Report("Recall by family, in-scope cells", run.InScopeFamilies));
        foreach (var (family, tally) in run.InScopeFamilies)
        {
            Assert.True(tally.Recall >= CellFloors.FamilyDefault - 1e-9,
                $"{family}: recall {tally.Recall:0.000} ({tally.Found}/{tally.Cases}) over its in-scope cells is below {CellFloors.FamilyDefault:0.00}.");
        }
    }

    [Fact]
    public void Generated_look_alikes_stay_clean()
    {
        output.WriteLine(GeneratedRun.Report("Clean rate by look-alike family", run.NegativeFamilies));
        output.WriteLine(GeneratedRun.Report("Look-alike cells not all clean", run.NegativeCells, onlyImperfect: true));
        int clean = 0, total = 0;
        foreach (var tally in run.NegativeFamilies.Values)
        {
            clean += tally.Found;
            total += tally.Cases;
        }
        double rate = (double)clean / total;
        Assert.True(rate >= 0.99, $"Clean rate {rate:0.000} ({clean}/{total}) is below 0.99.");
        foreach (var (family, tally) in run.NegativeFamilies)
            Assert.True(tally.Recall >= CellFloors.NegativeFamilyFloor, $"{family}: clean rate {tally.Recall:0.000} is below {CellFloors.NegativeFamilyFloor}.");
    }
}

/// <summary>
/// The classes that read the generated run share one: scanning the whole generated space is the test project's longest
/// step, and a class fixture would scan it once per class (<see cref="GeneratedCoverageTests"/>, <see cref="FindingsDigestTests"/>).
/// </summary>
[CollectionDefinition(Name)]
public sealed class GeneratedRunCollection : ICollectionFixture<GeneratedRun>
{
    public const string Name = "Generated run";
}
