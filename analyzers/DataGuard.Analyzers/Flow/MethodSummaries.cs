using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>What a method of this compilation returns: personal data of its own, and which parameters flow into the result.</summary>
internal sealed class MethodSummary
{
    public static readonly MethodSummary Empty = new(Taint.None, ImmutableHashSet<int>.Empty);

    public MethodSummary(Taint own, ImmutableHashSet<int> parameters)
    {
        Own = own;
        Parameters = parameters;
    }

    /// <summary>Personal data the result carries whatever the arguments (<c>GetPhone() => _citizen.Phone</c>).</summary>
    public Taint Own { get; }

    /// <summary>Ordinals of the parameters whose data reaches the result.</summary>
    public ImmutableHashSet<int> Parameters { get; }

    public bool FlowsFrom(int ordinal) => Parameters.Contains(ordinal);
}

/// <summary>
/// Computes and caches <see cref="MethodSummary"/>s; recursion and deep call chains (see <see cref="BoundedWalk"/>) get an
/// empty summary.
/// </summary>
internal sealed class MethodSummaries
{
    private readonly DataGuardProfile _profile;
    private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> _cache = new(SymbolEqualityComparer.Default);

    public MethodSummaries(DataGuardProfile profile)
    {
        _profile = profile;
    }

    public MethodSummary Get(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (!CanReturnData(method.ReturnType))
        {
            return MethodSummary.Empty;
        }

        if (_cache.TryGetValue(method, out var cached))
        {
            return cached;
        }

        using var walk = BoundedWalk.Enter(WalkKind.Summary, method);
        if (!walk.Entered)
        {
            return MethodSummary.Empty;
        }

        var summary = Compute(method);
        _cache[method] = summary;
        return summary;
    }

    private MethodSummary Compute(IMethodSymbol method)
    {
        var body = _profile.Bodies.Body(method);
        if (body is null)
        {
            return MethodSummary.Empty;
        }

        var returned = Taint.None;
        var walker = new FlowWalker(_profile, op => op is IReturnOperation { ReturnedValue: not null }, (op, evaluator) =>
        {
            if (IsOwnReturn(op, body))
            {
                returned = returned.Union(evaluator.Evaluate(((IReturnOperation)op).ReturnedValue));
            }
        }, method);
        walker.Run(body);
        if (walker.Exhausted)
        {
            return MethodSummary.Empty;
        }

        var parameters = returned.Values.Where(v => v.IsMarker).Select(v => v.ParameterMarker).ToImmutableHashSet();
        var own = returned.Values.Where(v => !v.IsMarker).ToImmutableArray();
        return new MethodSummary(Taint.Of(own), parameters);
    }

    /// <summary>
    /// Void, flags, enum values and a plain <c>Task</c> carry no one's data back to the caller: their summary is empty
    /// without binding the body on another semantic model and walking it.
    /// </summary>
    private static bool CanReturnData(ITypeSymbol type)
        => type.SpecialType is not (SpecialType.System_Void or SpecialType.System_Boolean)
           && type.TypeKind != TypeKind.Enum
           && !(type is INamedTypeSymbol { Name: "Task" or "ValueTask", IsGenericType: false } task
                && task.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks");

    /// <summary>Returns inside lambdas and local functions do not return from the method.</summary>
    private static bool IsOwnReturn(IOperation operation, IOperation body)
    {
        for (var current = operation.Parent; current is not null && current != body; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }
        }

        return true;
    }
}
