using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Configuration;

/// <summary>
/// A list of methods named in .editorconfig: <c>Ns.Type.Method</c>, <c>Ns.Type</c> (every method of the type),
/// <c>T:Ns.Type</c>, or a documentation-comment ID with or without its return type (<c>M:Ns.Type.Method(System.String)</c>).
/// </summary>
internal sealed class ConfiguredMethods
{
    private static readonly SymbolDisplayFormat TypeWithoutGenerics =
        SymbolDisplayFormat.CSharpErrorMessageFormat.WithGenericsOptions(SymbolDisplayGenericsOptions.None);

    private readonly HashSet<string> _names;

    public ConfiguredMethods(ImmutableArray<string> names)
    {
        _names = new HashSet<string>(names, StringComparer.Ordinal);
    }

    public bool IsEmpty => _names.Count == 0;

    public bool Matches(IMethodSymbol method)
    {
        if (_names.Count == 0 || method.ContainingType is not { } type)
        {
            return false;
        }

        var definition = method.OriginalDefinition;
        var qualifiedType = type.OriginalDefinition.ToDisplayString(TypeWithoutGenerics);
        return _names.Contains(qualifiedType + "." + method.Name) || _names.Contains(qualifiedType)
            || _names.Contains("T:" + PersonalAttributes.MetadataName(type.OriginalDefinition))
            || DocumentationCommentId.CreateDeclarationId(definition) is { } id && (_names.Contains(id) || _names.Contains(id.Split('~')[0]));
    }
}
