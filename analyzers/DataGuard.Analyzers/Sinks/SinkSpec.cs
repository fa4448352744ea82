using System.Collections.Immutable;

namespace DataGuard.Analyzers.Sinks;

/// <summary>One row of the sink table: a type, its sink methods and which parameters carry the URL.</summary>
internal sealed class SinkSpec
{
    public SinkSpec(SinkKind kind, string typeName, string[] methods, string[]? urlParameters = null, bool includeImplementations = false)
    {
        Kind = kind;
        TypeName = typeName;
        Methods = ImmutableHashSet.Create(methods);
        UrlParameters = urlParameters is null ? ImmutableHashSet<string>.Empty : ImmutableHashSet.Create(urlParameters);
        IncludeImplementations = includeImplementations;
    }

    public SinkKind Kind { get; }

    /// <summary>Metadata name of the containing type (<c>Microsoft.Extensions.AI.IEmbeddingGenerator`2</c>).</summary>
    public string TypeName { get; }

    /// <summary>Method names; <c>.ctor</c> for constructors and <c>set_X</c> for property setters.</summary>
    public ImmutableHashSet<string> Methods { get; }

    /// <summary>Parameters that hold the request address (for <see cref="SinkKind.RequestUrl"/> and <see cref="SinkKind.Transmit"/>).</summary>
    public ImmutableHashSet<string> UrlParameters { get; }

    /// <summary>Also match the methods of classes implementing the interface or deriving from the type.</summary>
    public bool IncludeImplementations { get; }
}
