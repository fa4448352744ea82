using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// The answers of a bounded "may" pre-check over methods — may a call return personal data, may a parameter reach a sink —
/// whose "may" is also the answer past the bound or on a cycle, where the full analysis then decides. A "no" holds at any
/// depth (a cut below answers "may", so no "no" rests on one); a "may" worked out under a cut only lets less be skipped.
/// Every answer is therefore kept, and no result depends on the order the questions came in.
/// </summary>
internal sealed class MayAnswers
{
    private readonly WalkKind _kind;
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _answers = new(SymbolEqualityComparer.Default);

    public MayAnswers(WalkKind kind)
    {
        _kind = kind;
    }

    /// <summary>The kept answer for <paramref name="method"/>, else <paramref name="compute"/> inside one level of the walk.</summary>
    public bool Get(IMethodSymbol method, Func<IMethodSymbol, bool> compute)
    {
        if (_answers.TryGetValue(method, out var known))
        {
            return known;
        }

        using var walk = BoundedWalk.Enter(_kind, method);
        if (!walk.Entered)
        {
            return true;
        }

        return _answers.GetOrAdd(method, compute(method));
    }
}
