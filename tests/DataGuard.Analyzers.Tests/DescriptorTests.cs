using System.Reflection;
using System.Text.RegularExpressions;
using DataGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataGuard.Analyzers.Tests;

public class DescriptorTests
{
    public static TheoryData<string> Ids() => new(Descriptors.All.Select(d => d.Id));

    [Fact]
    public void Every_analyzer_reports_only_registered_descriptors()
    {
        var analyzers = typeof(PersonalDataLoggedAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToList();

        Assert.Equal(10, analyzers.Count);
        var supported = analyzers.SelectMany(a => a.SupportedDiagnostics).Distinct().ToList();
        Assert.Equal(Descriptors.All.OrderBy(d => d.Id), supported.OrderBy(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_has_id_title_message_and_help_link(string id)
    {
        var descriptor = Descriptors.All.Single(d => d.Id == id);
        Assert.Matches(new Regex("^DG[01][0-9]{3}$"), descriptor.Id);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
        Assert.Contains("{0}", descriptor.MessageFormat.ToString());
        Assert.Equal("PersonalData", descriptor.Category);
        Assert.Equal($"https://github.com/dataguard/dataguard/blob/main/analyzers/docs/{id}.md", descriptor.HelpLinkUri);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_page_exists_in_the_repository(string id)
    {
        var page = Path.Combine(RepositoryRoot(), "analyzers", "docs", id + ".md");
        Assert.True(File.Exists(page), $"Missing rule page {page}");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_is_tracked_in_the_release_files(string id)
    {
        var folder = Path.Combine(RepositoryRoot(), "analyzers", "DataGuard.Analyzers");
        var text = File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Unshipped.md"));
        var descriptor = Descriptors.All.Single(d => d.Id == id);
        Assert.Matches(new Regex($@"^{id}\s*\|\s*PersonalData\s*\|\s*{descriptor.DefaultSeverity}\s*\|", RegexOptions.Multiline), text);
    }

    [Fact]
    public void Severities_match_the_contract()
    {
        var expected = new Dictionary<string, Microsoft.CodeAnalysis.DiagnosticSeverity>
        {
            ["DG0001"] = Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
            ["DG1001"] = Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
            ["DG1002"] = Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
            ["DG1003"] = Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
            ["DG1004"] = Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
            ["DG1005"] = Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
            ["DG1006"] = Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
            ["DG1007"] = Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
            ["DG1008"] = Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
            ["DG1009"] = Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
        };
        Assert.Equal(expected, Descriptors.All.ToDictionary(d => d.Id, d => d.DefaultSeverity));
        Assert.All(Descriptors.All, d => Assert.True(d.IsEnabledByDefault));
    }

    [Fact]
    public void Every_analyzer_can_report_an_internal_error()
    {
        var analyzers = typeof(PersonalDataLoggedAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!);
        Assert.All(analyzers, a => Assert.Contains(a.SupportedDiagnostics, d => d.Id == DiagnosticIds.AnalyzerInternalError));
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DataGuard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("DataGuard.sln not found above " + AppContext.BaseDirectory);
    }
}
