using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace DataGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// The assemblies test code compiles against. DataGuard.Analyzers.Tests.References (a net8.0 project) restores them at
/// build time and the build lists their paths in compile-references.txt, so no test downloads a package at run time.
/// </summary>
internal static class References
{
    private const string TargetingPack = "Microsoft.NETCore.App.Ref";

    /// <summary>Resolves to nothing, so the testing library never goes to NuGet; the assemblies come from <see cref="Use"/>.</summary>
    private static readonly ReferenceAssemblies None = new("net8.0");

    private static readonly ImmutableArray<(string Origin, string Path)> Entries = Read();

    /// <summary>
    /// The whole net8.0 targeting pack: what a plain <c>net8.0</c> project compiles against. Taken from the pack's folder,
    /// since the References project's own list lacks the assemblies that its packages replace (System.Text.Json).
    /// </summary>
    public static ImmutableArray<MetadataReference> Net80 { get; } = Entries
        .Where(entry => entry.Origin == TargetingPack)
        .Select(entry => Path.GetDirectoryName(entry.Path)!)
        .Distinct()
        .SelectMany(folder => Directory.EnumerateFiles(folder, "*.dll"))
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToImmutableArray();

    /// <summary>
    /// What a net8.0 project referencing Microsoft.Extensions.Logging.Abstractions 8.0.0, OpenAI and
    /// Microsoft.Extensions.AI.Abstractions compiles against (NuGet's choice of versions, as in a real build).
    /// </summary>
    public static ImmutableArray<MetadataReference> RealPackages { get; } = Entries
        .Select(entry => (MetadataReference)MetadataReference.CreateFromFile(entry.Path))
        .ToImmutableArray();

    /// <summary>Compiles the test's sources (and a code fix's fixed sources) against <paramref name="set"/>.</summary>
    public static TTest Use<TTest>(this TTest test, ImmutableArray<MetadataReference> set)
        where TTest : AnalyzerTest<DefaultVerifier>
    {
        test.ReferenceAssemblies = None;
        test.TestState.AdditionalReferences.AddRange(set);
        return test;
    }

    private static ImmutableArray<(string Origin, string Path)> Read()
    {
        var list = Path.Combine(AppContext.BaseDirectory, "compile-references.txt");
        if (!File.Exists(list))
        {
            throw new InvalidOperationException($"{list} is missing: build DataGuard.Analyzers.Tests, which writes it.");
        }

        var entries = File.ReadAllLines(list)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t', 2))
            .Select(parts => (Origin: parts[0], Path: parts[1]))
            .ToImmutableArray();
        var missing = entries.Where(entry => !File.Exists(entry.Path)).Select(entry => entry.Path).ToList();
        if (missing.Count > 0 || !entries.Any(entry => entry.Origin == TargetingPack))
        {
            throw new InvalidOperationException($"{list} is stale or incomplete (rebuild the tests); missing: {string.Join(", ", missing.Take(3))}");
        }

        return entries;
    }
}
