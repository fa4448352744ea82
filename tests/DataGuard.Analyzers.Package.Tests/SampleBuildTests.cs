namespace DataGuard.Analyzers.Package.Tests;

[Collection(PackagedSampleCollection.Name)]
public sealed class SampleBuildTests(PackagedSampleFixture fixture)
{
    private static readonly string[] Rules = ["DG1001", "DG1002", "DG1003", "DG1004", "DG1005", "DG1006", "DG1007", "DG1008", "DG1009"];

    /// <summary>Rules that report a declaration, a literal or a missing call rather than a flow from a personal source.</summary>
    private static readonly string[] NonFlowRules = ["DG1007", "DG1008", "DG1009"];

    [Fact]
    public void Sample_declares_expectations_for_every_rule()
    {
        var declared = SampleExpectations.Read(fixture.SampleDirectory).Select(e => e.RuleId).ToHashSet();
        Assert.All(Rules, rule => Assert.Contains(rule, declared));
    }

    [Fact]
    public void Sample_builds_from_the_local_package_with_warnings_only()
    {
        AssertBuilt();
        Assert.Contains("warning DG", fixture.Build!.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_log_holds_exactly_the_diagnostics_the_sample_expects()
    {
        AssertBuilt();
        var expected = SampleExpectations.Read(fixture.SampleDirectory).ToHashSet();
        var actual = DataGuardResults()
            .Select(result => new ExpectedDiagnostic(result.RuleId, result.File, result.Line))
            .ToHashSet();

        var missing = expected.Except(actual).OrderBy(d => d.ToString(), StringComparer.Ordinal).ToList();
        var unexpected = actual.Except(expected).OrderBy(d => d.ToString(), StringComparer.Ordinal).ToList();
        Assert.True(
            missing.Count == 0 && unexpected.Count == 0,
            $"missing (expected, not reported):\n  {string.Join("\n  ", missing)}\n"
            + $"unexpected (reported, not expected):\n  {string.Join("\n  ", unexpected)}\n\n{fixture.Build}");
    }

    [Fact]
    public void Each_diagnostic_is_reported_once()
    {
        AssertBuilt();
        var duplicates = DataGuardResults()
            .GroupBy(result => (result.RuleId, result.File, result.Line))
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Key.File}:{group.Key.Line} {group.Key.RuleId} ×{group.Count()}")
            .ToList();
        Assert.True(duplicates.Count == 0, string.Join("\n", duplicates));
    }

    [Fact]
    public void Dataflow_diagnostics_point_back_to_the_personal_source()
    {
        AssertBuilt();
        var withoutSource = DataGuardResults()
            .Where(result => !NonFlowRules.Contains(result.RuleId) && result.RelatedLocations == 0)
            .Select(result => $"{result.File}:{result.Line} {result.RuleId}")
            .ToList();
        Assert.True(withoutSource.Count == 0, "no related (source) location:\n" + string.Join("\n", withoutSource));
    }

    [Fact]
    public void Editorconfig_severity_reaches_the_packaged_analyzer()
    {
        // The sample's .editorconfig lowers DG1004 from error to warning.
        AssertBuilt();
        var generativeAi = DataGuardResults().Where(result => result.RuleId == "DG1004").ToList();
        Assert.NotEmpty(generativeAi);
        Assert.All(generativeAi, result => Assert.Equal("warning", result.Level));
    }

    [Fact]
    public void Warnaserror_fails_the_sample_build_on_dataguard_diagnostics()
    {
        AssertBuilt();
        var strict = fixture.WarnAsErrorBuild;
        Assert.NotNull(strict);
        Assert.True(strict.ExitCode != 0, "the -warnaserror build passed:\n" + strict);
        Assert.Contains("error DG1001", strict.Output, StringComparison.Ordinal);
    }

    private List<SarifResult> DataGuardResults()
        => SarifLog.Read(fixture.SarifPath, fixture.SampleDirectory)
            .Where(result => result.RuleId.StartsWith("DG", StringComparison.Ordinal))
            .ToList();

    private void AssertBuilt()
    {
        Assert.True(fixture.Pack is { ExitCode: 0 }, "pack failed:\n" + fixture.Pack);
        Assert.True(fixture.PackAnnotations is { ExitCode: 0 }, "pack failed:\n" + fixture.PackAnnotations);
        Assert.True(fixture.Restore is { ExitCode: 0 }, "restore failed:\n" + fixture.Restore);
        Assert.True(fixture.Build is { ExitCode: 0 }, "sample build failed:\n" + fixture.Build);
        Assert.True(File.Exists(fixture.SarifPath), "no SARIF log:\n" + fixture.Build);
    }
}
