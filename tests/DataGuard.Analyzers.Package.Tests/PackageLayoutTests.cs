using System.IO.Compression;
using System.Xml.Linq;

namespace DataGuard.Analyzers.Package.Tests;

[Collection(PackagedSampleCollection.Name)]
public sealed class PackageLayoutTests(PackagedSampleFixture fixture)
{
    [Fact]
    public void Pack_succeeds_and_produces_both_packages()
    {
        Assert.True(fixture.Pack is { ExitCode: 0 }, fixture.Pack?.ToString());
        Assert.True(File.Exists(fixture.AnalyzersPackage), $"missing {fixture.AnalyzersPackage}\n{fixture.Pack}");
        Assert.True(File.Exists(fixture.AnnotationsPackage), $"missing {fixture.AnnotationsPackage}\n{fixture.Pack}");
    }

    [Fact]
    public void Analyzer_and_code_fix_assemblies_are_under_analyzers_dotnet_cs()
    {
        var entries = Entries(fixture.AnalyzersPackage);
        Assert.Contains("analyzers/dotnet/cs/DataGuard.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/DataGuard.Analyzers.CodeFixes.dll", entries);
    }

    [Fact]
    public void Analyzer_package_has_no_lib_assembly_and_does_not_ship_roslyn()
    {
        var entries = Entries(fixture.AnalyzersPackage);
        Assert.DoesNotContain(entries, entry => entry.StartsWith("lib/", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(entries, entry => entry.Contains("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
        Assert.All(
            entries.Where(entry => entry.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)),
            entry => Assert.StartsWith("analyzers/dotnet/cs/DataGuard.", entry));
    }

    [Fact]
    public void Analyzer_package_depends_only_on_annotations_of_the_same_version_and_is_not_a_development_dependency()
    {
        var metadata = Nuspec(fixture.AnalyzersPackage);
        var ns = metadata.Name.Namespace;
        var dependencies = metadata.Descendants(ns + "dependency").ToList();
        var dependency = Assert.Single(dependencies);
        Assert.Equal("DataGuard.Annotations", (string?)dependency.Attribute("id"));
        Assert.Equal(fixture.Version, (string?)dependency.Attribute("version"));
        Assert.NotEqual("true", (string?)metadata.Element(ns + "developmentDependency"));
        Assert.Equal("DataGuard.Analyzers", (string?)metadata.Element(ns + "id"));
    }

    [Fact]
    public void Annotations_package_ships_the_runtime_library_with_xml_docs()
    {
        var entries = Entries(fixture.AnnotationsPackage);
        Assert.Contains("lib/netstandard2.0/DataGuard.Annotations.dll", entries);
        Assert.Contains("lib/netstandard2.0/DataGuard.Annotations.xml", entries);
        Assert.DoesNotContain(entries, entry => entry.StartsWith("analyzers/", StringComparison.OrdinalIgnoreCase));
    }

    private List<string> Entries(string package)
    {
        Assert.True(File.Exists(package), $"missing {package}\n{fixture.Pack}");
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Select(entry => entry.FullName).ToList();
    }

    private XElement Nuspec(string package)
    {
        Assert.True(File.Exists(package), $"missing {package}\n{fixture.Pack}");
        using var zip = ZipFile.OpenRead(package);
        var nuspec = zip.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
        using var stream = nuspec.Open();
        var root = XDocument.Load(stream).Root!;
        return root.Element(root.Name.Namespace + "metadata")!;
    }
}
