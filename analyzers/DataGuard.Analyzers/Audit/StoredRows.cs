using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Calls that store what they are handed as a new row (DG1008): <c>_db.Visits.Add(visit)</c>, <c>AddAsync(payment)</c>,
/// <c>InsertOneAsync(doc)</c>, a repository's <c>SaveAsync(report)</c>. A value stored this way reaches nobody by being stored;
/// whoever later reads the table makes a read of their own. An in-memory collection's <c>Add</c> (a response's list, a
/// <c>List&lt;T&gt;</c> of results) stores nothing: what it holds goes wherever the collection goes.
/// </summary>
internal static class StoredRows
{
    /// <summary>First words of the calls that store a new row: <c>Add</c>, <c>AddAsync</c>, <c>InsertAsync</c>, <c>SaveAsync(row)</c>.</summary>
    private static readonly HashSet<string> StoringVerbs = new(StringComparer.Ordinal) { "add", "insert", "save" };

    /// <summary>True when <paramref name="call"/> stores its arguments as rows: a storing verb on anything but an in-memory collection.</summary>
    public static bool Stores(IInvocationOperation call) => NamedForStoring(call) && !OnInMemoryCollection(call);

    /// <summary><c>result.Add(summary)</c>: a value put into a list the method holds, which goes wherever the list goes.</summary>
    public static bool Collects(IInvocationOperation call) => NamedForStoring(call) && OnInMemoryCollection(call);

    private static bool NamedForStoring(IInvocationOperation call)
        => call.Arguments.Length > 0 && MethodVerbs.FirstWordIn(call.TargetMethod.ReducedFrom ?? call.TargetMethod, StoringVerbs);

    private static bool OnInMemoryCollection(IInvocationOperation call)
        => IsInMemoryCollection(call.TargetMethod.ContainingType) || IsInMemoryCollection(call.Instance?.Type);

    /// <summary>The arguments that are stored: all of them, but the receiver of an extension method.</summary>
    public static IEnumerable<IArgumentOperation> StoredArguments(IInvocationOperation call)
        => call.Arguments.Where(a => !call.TargetMethod.IsExtensionMethod || a.Parameter?.Ordinal > 0);

    private static bool IsInMemoryCollection(ITypeSymbol? type)
        => type is not null
           && (InCollectionsNamespace(type) || type.AllInterfaces.Any(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_ICollection_T
               || PersonalAttributes.MetadataName(i) == "System.Collections.ICollection"));

    /// <summary><c>List&lt;T&gt;</c>, <c>HashSet&lt;T&gt;</c>, <c>ConcurrentBag&lt;T&gt;</c>, <c>IList&lt;T&gt;</c> (a <c>DbSet&lt;T&gt;</c> is enumerable, not a collection).</summary>
    private static bool InCollectionsNamespace(ITypeSymbol type)
        => type.ContainingNamespace?.ToDisplayString().StartsWith("System.Collections", StringComparison.Ordinal) == true;
}
