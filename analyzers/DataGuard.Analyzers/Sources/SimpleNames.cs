using System;
using System.Collections.Immutable;

namespace DataGuard.Analyzers.Sources;

/// <summary>Qualified type and member names as a use in source spells them: <c>HttpRequest.Form</c> → <c>Form</c>.</summary>
internal static class SimpleNames
{
    /// <summary>
    /// The last dotted part of each name. A loop, not a LINQ projection: these tables are built in every compiler process,
    /// and each lambda of a static initializer is three more methods for the JIT to compile there.
    /// </summary>
    public static ImmutableHashSet<string> Of(ImmutableHashSet<string> qualifiedNames)
    {
        var builder = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var name in qualifiedNames)
        {
            builder.Add(name.Substring(name.LastIndexOf('.') + 1));
        }

        return builder.ToImmutable();
    }
}
