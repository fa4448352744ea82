using System.Collections.Immutable;
using DataGuard.Analyzers.Sinks;
using DataGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DataGuard.Analyzers.Tests.Sinks;

/// <summary>
/// The sink table's rows are resolved through the merged global namespace first; these tests hold that short cut to the
/// answer of asking every referenced assembly, which it replaced at each compilation's start.
/// </summary>
public class MetadataTypesTests
{
    [Fact]
    public void Every_sink_table_row_resolves_as_the_look_up_in_every_assembly_does()
    {
        var compilation = Compile(LibraryReferences.All, LibraryReferences.FluentEmailLookAlike);
        var types = new MetadataTypes(compilation);
        var present = 0;
        foreach (var spec in SinkTable.Default)
        {
            var expected = InEveryAssembly(compilation, spec.TypeName);
            Assert.Equal(expected, types.All(spec.TypeName), SymbolEqualityComparer.Default);
            present += expected.Count > 0 ? 1 : 0;
        }

        // Both answers are exercised: rows of referenced libraries and of libraries this compilation lacks.
        Assert.InRange(present, 1, SinkTable.Default.Length - 1);
    }

    [Fact]
    public void A_type_defined_in_two_references_is_found_in_both()
    {
        var first = Library("First", "namespace Mail.Relay { public class Sender { } }");
        var second = Library("Second", "namespace Mail.Relay { public class Sender { } }");
        var compilation = Compile(References.Net80.Add(first).Add(second), "class Program { }");

        Assert.Equal(2, new MetadataTypes(compilation).All("Mail.Relay.Sender").Count);
    }

    [Fact]
    public void A_type_only_under_an_extern_alias_is_found()
    {
        var aliased = Library("Aliased", "namespace Mail.Relay { public class Sender<T> { } }")
            .WithAliases(ImmutableArray.Create("relay"));
        var compilation = Compile(References.Net80.Add(aliased), "extern alias relay; class Program { }");

        Assert.Single(new MetadataTypes(compilation).All("Mail.Relay.Sender`1"));
    }

    [Fact]
    public void Absent_namespaces_and_names_resolve_to_nothing()
    {
        var compilation = Compile(References.Net80, "namespace Mail.Relay { public class Sender { } }");
        var types = new MetadataTypes(compilation);

        Assert.Empty(types.All("Serilog.ILogger"));
        Assert.Empty(types.All("Mail.Relay.Receiver"));
        Assert.Single(types.All("Mail.Relay.Sender"));
    }

    /// <summary>The look-up the short cut must agree with: the compilation's, then each assembly's when that is ambiguous.</summary>
    private static List<INamedTypeSymbol> InEveryAssembly(Compilation compilation, string metadataName)
    {
        if (compilation.GetTypeByMetadataName(metadataName) is { } unique)
        {
            return new List<INamedTypeSymbol> { unique };
        }

        var found = compilation.SourceModule.ReferencedAssemblySymbols
            .Select(assembly => assembly.GetTypeByMetadataName(metadataName))
            .OfType<INamedTypeSymbol>()
            .ToList();
        if (compilation.Assembly.GetTypeByMetadataName(metadataName) is { } own)
        {
            found.Add(own);
        }

        return found;
    }

    private static CSharpCompilation Compile(IEnumerable<MetadataReference> references, string source)
        => CSharpCompilation.Create("Program", new[] { CSharpSyntaxTree.ParseText(source) }, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static MetadataReference Library(string name, string source)
        => Compile(References.Net80, source).WithAssemblyName(name).ToMetadataReference();
}
