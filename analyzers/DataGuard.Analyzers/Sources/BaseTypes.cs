using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// The one walk up a type's hierarchy: the type itself, then each base type, nearest first. Bounded like every walk: real
/// hierarchies are a handful of levels deep, and past <see cref="MaxDepth"/> (erroneous code, generated towers) the answer is "no".
/// </summary>
internal static class BaseTypes
{
    private const int MaxDepth = 64;

    /// <summary>
    /// True when <paramref name="type"/> or one of its base types satisfies <paramref name="predicate"/>. <typeparamref name="T"/>
    /// is <see cref="ITypeSymbol"/> or <see cref="INamedTypeSymbol"/>: every base type is a named type.
    /// </summary>
    public static bool Any<T>(T? type, Func<T, bool> predicate)
        where T : class, ITypeSymbol
    {
        var depth = 0;
        for (var current = type; current is not null && depth < MaxDepth; current = current.BaseType as T, depth++)
        {
            if (predicate(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type itself, then each base type, nearest first: for walks that gather rather than ask (members of a hierarchy).</summary>
    public static IEnumerable<ITypeSymbol> Chain(ITypeSymbol? type)
    {
        var depth = 0;
        for (var current = type; current is not null && depth < MaxDepth; current = current.BaseType, depth++)
        {
            yield return current;
        }
    }
}
