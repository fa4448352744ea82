using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sinks;

/// <summary>
/// Finds the types a table row names by metadata name in one compilation. Most rows name a library the project does not
/// reference (Serilog, NLog, MailKit, SendGrid …): asked of the compilation and then of each referenced assembly, every
/// such row cost a look-up in each of the 150–250 assemblies of an ASP.NET Core project, at every compilation's start.
/// The merged global namespace answers "absent" first, without visiting the assemblies one by one.
/// </summary>
internal sealed class MetadataTypes
{
    private static readonly IReadOnlyList<INamedTypeSymbol> None = Array.Empty<INamedTypeSymbol>();

    private readonly Compilation _compilation;

    /// <summary>
    /// A reference under an extern alias is not in the global namespace, so absence there proves nothing: such
    /// compilations take the full look-up for every row.
    /// </summary>
    private readonly bool _hasAliasedReference;

    public MetadataTypes(Compilation compilation)
    {
        _compilation = compilation;
        foreach (var reference in compilation.References)
        {
            foreach (var alias in reference.Properties.Aliases)
            {
                _hasAliasedReference |= alias != "global";
            }
        }
    }

    /// <summary>All types with this metadata name (a type can be defined in several referenced assemblies).</summary>
    public IReadOnlyList<INamedTypeSymbol> All(string metadataName)
    {
        if (!_hasAliasedReference && !MayExist(metadataName))
        {
            return None;
        }

        // A list, not an iterator: this runs for rows of the sink table when a compilation starts, and an iterator's state
        // machine is five more methods for the JIT to compile in every compiler process.
        if (_compilation.GetTypeByMetadataName(metadataName) is { } unique)
        {
            return new[] { unique };
        }

        // GetTypeByMetadataName returns null when the name is ambiguous; look in each assembly.
        var found = new List<INamedTypeSymbol>();
        foreach (var assembly in _compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.GetTypeByMetadataName(metadataName) is { } type)
            {
                found.Add(type);
            }
        }

        if (_compilation.Assembly.GetTypeByMetadataName(metadataName) is { } own)
        {
            found.Add(own);
        }

        return found;
    }

    /// <summary>
    /// False when the global namespace (every assembly's and the source's, merged) has no namespace or no type of the
    /// row's name. Nested types (<c>Outer+Inner</c>) are left to the full look-up.
    /// </summary>
    private bool MayExist(string metadataName)
    {
        if (metadataName.IndexOf('+') >= 0)
        {
            return true;
        }

        INamespaceSymbol? container = _compilation.GlobalNamespace;
        var start = 0;
        for (var dot = metadataName.IndexOf('.'); dot >= 0; dot = metadataName.IndexOf('.', start))
        {
            container = Namespace(container, metadataName.Substring(start, dot - start));
            if (container is null)
            {
                return false;
            }

            start = dot + 1;
        }

        var tick = metadataName.IndexOf('`', start);
        var name = tick < 0 ? metadataName.Substring(start) : metadataName.Substring(start, tick - start);
        return !container.GetTypeMembers(name).IsEmpty;
    }

    private static INamespaceSymbol? Namespace(INamespaceSymbol container, string name)
    {
        foreach (var member in container.GetMembers(name))
        {
            if (member is INamespaceSymbol inner)
            {
                return inner;
            }
        }

        return null;
    }
}
