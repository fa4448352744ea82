using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using DataGuard.Analyzers.CodeFixes;
using DataGuard.Analyzers.Rules;

namespace DataGuard.Analyzers.Tests;

/// <summary>The analyzers must load in VS 2022 17.8+ and .NET 8 SDK builds: no Roslyn reference newer than 4.8.</summary>
public class AnalyzerAssemblyTests
{
    private static readonly Version Ceiling = new(4, 8, 0, 0);

    public static TheoryData<string> Assemblies() => new()
    {
        typeof(PersonalDataLoggedAnalyzer).Assembly.Location,
        typeof(MaskPersonalValueCodeFixProvider).Assembly.Location,
    };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Roslyn_references_are_not_newer_than_4_8(string path)
    {
        var references = ReadReferences(path);
        var roslyn = references.Where(r => r.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)).ToList();

        Assert.Contains(roslyn, r => r.Name == "Microsoft.CodeAnalysis");
        Assert.All(roslyn, r => Assert.True(r.Version <= Ceiling, $"{Path.GetFileName(path)} references {r.Name} {r.Version}"));
        Assert.DoesNotContain(references, r => r.Name == "Microsoft.CodeAnalysis.AnalyzerUtilities");
    }

    [Fact]
    public void Analyzer_assembly_does_not_reference_workspaces()
    {
        var references = ReadReferences(typeof(PersonalDataLoggedAnalyzer).Assembly.Location);
        Assert.DoesNotContain(references, r => r.Name.StartsWith("Microsoft.CodeAnalysis.Workspaces", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.Name == "Microsoft.CodeAnalysis.CSharp.Workspaces");
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Targets_netstandard2_0(string path)
    {
        var references = ReadReferences(path);
        Assert.Contains(references, r => r.Name == "netstandard" && r.Version == new Version(2, 0, 0, 0));
    }

    private static List<(string Name, Version Version)> ReadReferences(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => (metadata.GetString(reference.Name), reference.Version))
            .ToList();
    }
}
