using System.Reflection;

namespace DataGuard.Analyzers.Package.Tests;

/// <summary>
/// Packs the analyzers once and builds the sample from that package three times: normally with a SARIF log, then with
/// <c>-warnaserror</c>, then with the ReadyToRun copy turned off (<c>DataGuardReadyToRun=false</c>) and a second SARIF log. Each run uses a unique package version and a private packages folder, so NuGet's global
/// cache can never serve a stale copy. Steps after a failed one are not run. Nothing is downloaded: the only package
/// sources are the new packages' folder and the NuGet cache that building this test project filled.
/// </summary>
public sealed class PackagedSampleFixture : IAsyncLifetime
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(6);

    public string RepositoryRoot { get; } = FindRepositoryRoot();

    public string Version { get; } = $"0.1.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.{Guid.NewGuid():N}"[..40];

    /// <summary>The NuGet cache this test project was restored into; read-only here, and used as a local feed.</summary>
    public string NuGetCache { get; } = typeof(PackagedSampleFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "NuGetPackageRoot").Value!;

    public string WorkDirectory { get; } = Path.Combine(Path.GetTempPath(), "dataguard-e2e-" + Guid.NewGuid().ToString("N")[..12]);

    public string FeedDirectory => Path.Combine(WorkDirectory, "feed");

    public string SampleDirectory => Path.Combine(WorkDirectory, "PoliceRecords.Api");

    public string SarifPath => Path.Combine(WorkDirectory, "PoliceRecords.Api.sarif");

    public string ILSarifPath => Path.Combine(WorkDirectory, "PoliceRecords.Api.il.sarif");

    public string AnalyzersPackage => Path.Combine(FeedDirectory, $"DataGuard.Analyzers.{Version}.nupkg");

    public string AnnotationsPackage => Path.Combine(FeedDirectory, $"DataGuard.Annotations.{Version}.nupkg");

    public CommandResult? Pack { get; private set; }

    public CommandResult? PackAnnotations { get; private set; }

    public CommandResult? Restore { get; private set; }

    public CommandResult? Build { get; private set; }

    public CommandResult? WarnAsErrorBuild { get; private set; }

    /// <summary>The opt-out build: the IL analyzers of analyzers/dotnet/cs on every host.</summary>
    public CommandResult? ILBuild { get; private set; }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        CopySample(Path.Combine(RepositoryRoot, "samples", "PoliceRecords.Api"), SampleDirectory);
        File.WriteAllText(Path.Combine(SampleDirectory, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="dataguard-e2e" value="{FeedDirectory}" />
                <add key="nuget-cache" value="{NuGetCache}" />
              </packageSources>
            </configuration>
            """);

        var versionProperty = "-p:DataGuardAnalyzersVersion=" + Version;
        Pack = await PackAsync("analyzers/DataGuard.Analyzers.Package/DataGuard.Analyzers.Package.csproj");
        if (Pack.ExitCode != 0)
        {
            return;
        }

        PackAnnotations = await PackAsync("analyzers/DataGuard.Annotations/DataGuard.Annotations.csproj");
        if (PackAnnotations.ExitCode != 0)
        {
            return;
        }

        Restore = await DotnetCli.RunAsync(SampleDirectory, BuildTimeout,
            "restore", "PoliceRecords.Api.csproj", "--packages", Path.Combine(WorkDirectory, "packages"), versionProperty);
        if (Restore.ExitCode != 0)
        {
            return;
        }

        // %2C: MSBuild would otherwise split the property at the comma. Detailed: the log shows the compiler's command line.
        Build = await DotnetCli.RunAsync(SampleDirectory, BuildTimeout,
            "build", "PoliceRecords.Api.csproj", "--no-restore", versionProperty, $"-p:ErrorLog={SarifPath}%2Cversion=2.1", "-v:detailed");
        if (Build.ExitCode != 0)
        {
            return;
        }

        // A rebuild, so the compiler runs again and its warnings are logged (and turned into errors).
        WarnAsErrorBuild = await DotnetCli.RunAsync(SampleDirectory, BuildTimeout,
            "build", "PoliceRecords.Api.csproj", "--no-restore", "--no-incremental", "-warnaserror", versionProperty);

        ILBuild = await DotnetCli.RunAsync(SampleDirectory, BuildTimeout,
            "build", "PoliceRecords.Api.csproj", "--no-restore", "--no-incremental", versionProperty, "-p:DataGuardReadyToRun=false",
            $"-p:ErrorLog={ILSarifPath}%2Cversion=2.1", "-v:detailed");
    }

    private Task<CommandResult> PackAsync(string project) => DotnetCli.RunAsync(RepositoryRoot, PackTimeout,
        "pack", project, "-c", "Release", "-o", FeedDirectory, "-p:Version=" + Version,
        // Restored from the NuGet cache only, so a package missing from it fails here instead of being downloaded.
        "-p:RestoreSources=" + NuGetCache,
        // Build outputs go to the temp folder: the repository's bin/obj (and a concurrent CI build) stay untouched.
        "--artifacts-path", Path.Combine(WorkDirectory, "artifacts"));

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the next run uses a new one.
        }

        return Task.CompletedTask;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DataGuard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"DataGuard.sln not found above {AppContext.BaseDirectory}.");
    }

    private static void CopySample(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var top = relative.Split(Path.DirectorySeparatorChar)[0];
            if (top is "bin" or "obj")
            {
                continue;
            }

            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackagedSampleCollection : ICollectionFixture<PackagedSampleFixture>
{
    public const string Name = "Packaged sample";
}
