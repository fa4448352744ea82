using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace DataGuard.Analyzers.Package.Tests;

/// <summary>
/// The package's precompiled copy: what ships in readytorun/linux-x64, which copy the compiler is given, and that both
/// copies report the same diagnostics on the sample.
/// </summary>
[Collection(PackagedSampleCollection.Name)]
public sealed partial class ReadyToRunTests(PackagedSampleFixture fixture)
{
    public const string ReadyToRunFolder = "readytorun/linux-x64/";

    private const string ILFolder = "analyzers/dotnet/cs/";

    /// <summary>crossgen2 marks the target OS in the PE machine field (x64 XOR Linux's 0x7B79), so no Windows loader takes the image.</summary>
    private const Machine LinuxAmd64 = (Machine)((int)Machine.Amd64 ^ 0x7B79);

    /// <summary>build/DataGuard.Analyzers.targets swaps the copy in only for .NET MSBuild on Linux x64, as this test host runs.</summary>
    private static readonly bool SwapExpected = RuntimeInformation.IsOSPlatform(OSPlatform.Linux)
        && RuntimeInformation.ProcessArchitecture == Architecture.X64;

    [Fact]
    public void Ready_to_run_copy_is_a_linux_x64_image_of_the_same_analyzer_assembly()
    {
        Assert.True(fixture.Pack is { ExitCode: 0 }, fixture.Pack?.ToString());
        using var precompiled = PackageFile.OpenImage(fixture.AnalyzersPackage, ReadyToRunFolder + "DataGuard.Analyzers.dll");
        using var il = PackageFile.OpenImage(fixture.AnalyzersPackage, ILFolder + "DataGuard.Analyzers.dll");

        // A ReadyToRun image points its CLI header's ManagedNativeHeader at the native code's header; IL has none.
        Assert.True(precompiled.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, "the readytorun copy has no native code");
        Assert.Equal(LinuxAmd64, precompiled.PEHeaders.CoffHeader.Machine);
        Assert.Equal(0, il.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
        Assert.True((il.PEHeaders.CorHeader.Flags & CorFlags.ILOnly) != 0, "the analyzers/dotnet/cs copy is not IL-only");

        // The image keeps the input's metadata whole: the same module, so the same rules and descriptors.
        Assert.Equal(ModuleVersionId(il), ModuleVersionId(precompiled));
    }

    [Fact]
    public void Dotnet_build_gives_the_compiler_the_ready_to_run_copy_on_linux_x64()
    {
        Assert.True(fixture.Build is { ExitCode: 0 }, "sample build failed:\n" + fixture.Build);
        var expected = SwapExpected ? ReadyToRunFolder : ILFolder;
        Assert.Equal(
            [expected + "DataGuard.Analyzers.CodeFixes.dll", expected + "DataGuard.Analyzers.dll"],
            DataGuardAnalyzerArguments(fixture.Build));
    }

    [Fact]
    public void Opting_out_gives_the_compiler_the_il_copy()
    {
        Assert.True(fixture.ILBuild is { ExitCode: 0 }, "opt-out build failed:\n" + fixture.ILBuild);
        Assert.Equal(
            [ILFolder + "DataGuard.Analyzers.CodeFixes.dll", ILFolder + "DataGuard.Analyzers.dll"],
            DataGuardAnalyzerArguments(fixture.ILBuild));
    }

    [Fact]
    public void Ready_to_run_and_il_copies_report_the_same_diagnostics()
    {
        Assert.True(fixture.Build is { ExitCode: 0 } && File.Exists(fixture.SarifPath), "sample build failed:\n" + fixture.Build);
        Assert.True(fixture.ILBuild is { ExitCode: 0 } && File.Exists(fixture.ILSarifPath), "opt-out build failed:\n" + fixture.ILBuild);
        var precompiled = DataGuardResults(fixture.SarifPath);
        var il = DataGuardResults(fixture.ILSarifPath);

        Assert.NotEmpty(il);
        Assert.Equal(il, precompiled);
    }

    /// <summary>The DataGuard assemblies on the compiler command lines of a detailed build log, relative to the package folder.</summary>
    private static List<string> DataGuardAnalyzerArguments(CommandResult build)
        => AnalyzerArgument().Matches(build.Output)
            .Select(match => match.Groups["path"].Value.Replace('\\', '/'))
            .Where(path => path.Contains("/dataguard.analyzers/", StringComparison.OrdinalIgnoreCase))
            .Select(path => path[(path.IndexOf("/dataguard.analyzers/", StringComparison.OrdinalIgnoreCase) + "/dataguard.analyzers/".Length)..])
            .Select(path => path[(path.IndexOf('/') + 1)..])
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    private List<string> DataGuardResults(string sarif)
        => SarifLog.Read(sarif, fixture.SampleDirectory)
            .Where(result => result.RuleId.StartsWith("DG", StringComparison.Ordinal))
            .Select(result => $"{result.File}:{result.Line} {result.RuleId} {result.Level} {result.Message}")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static Guid ModuleVersionId(PEReader image)
    {
        var metadata = image.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }

    [GeneratedRegex("""/analyzer:"?(?<path>[^"\s]+)""")]
    private static partial Regex AnalyzerArgument();
}
