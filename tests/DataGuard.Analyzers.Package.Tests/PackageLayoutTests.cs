using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace DataGuard.Analyzers.Package.Tests;

[Collection(PackagedSampleCollection.Name)]
public sealed class PackageLayoutTests(PackagedSampleFixture fixture)
{
    [Fact]
    public void Pack_succeeds_and_produces_both_packages()
    {
        Assert.True(fixture.Pack is { ExitCode: 0 }, fixture.Pack?.ToString());
        Assert.True(fixture.PackAnnotations is { ExitCode: 0 }, fixture.PackAnnotations?.ToString());
        Assert.True(File.Exists(fixture.AnalyzersPackage), $"missing {fixture.AnalyzersPackage}\n{fixture.Pack}");
        Assert.True(File.Exists(fixture.AnnotationsPackage), $"missing {fixture.AnnotationsPackage}\n{fixture.PackAnnotations}");
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
            entry => Assert.True(
                entry.StartsWith("analyzers/dotnet/cs/DataGuard.", StringComparison.Ordinal)
                    || entry.StartsWith(ReadyToRunTests.ReadyToRunFolder + "DataGuard.", StringComparison.Ordinal),
                entry));
    }

    [Theory]
    [InlineData("analyzers/dotnet/cs/DataGuard.Analyzers.dll")]
    [InlineData("analyzers/dotnet/cs/DataGuard.Analyzers.CodeFixes.dll")]
    [InlineData("readytorun/linux-x64/DataGuard.Analyzers.dll")]
    [InlineData("readytorun/linux-x64/DataGuard.Analyzers.CodeFixes.dll")]
    public void Packaged_assemblies_reference_roslyn_4_8_or_older_so_they_load_in_net8_sdks(string entry)
    {
        var ceiling = new Version(4, 8, 0, 0);
        var roslyn = References(fixture.AnalyzersPackage, entry)
            .Where(reference => reference.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(roslyn, reference => reference.Name == "Microsoft.CodeAnalysis");
        Assert.All(roslyn, reference => Assert.True(reference.Version <= ceiling, $"{entry} references {reference.Name} {reference.Version}"));
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

    private List<(string Name, Version Version)> References(string package, string entry)
    {
        Assert.True(File.Exists(package), $"missing {package}\n{fixture.Pack}");
        using var pe = PackageFile.OpenImage(package, entry);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => (metadata.GetString(reference.Name), reference.Version))
            .ToList();
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
