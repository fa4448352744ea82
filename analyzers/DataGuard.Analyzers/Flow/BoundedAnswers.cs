using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// The answers of one recursive question over symbols (the personal members of a type), asked through
/// <see cref="BoundedWalk"/>. Every answer is the one a fresh walk from the question gives, whatever was asked before and
/// on whichever thread: results must not depend on the order the analyzer host calls the rules in (an IDE analyses the same
/// compilation again and again, concurrently). An answer asked outside any walk is kept and given there again. An answer
/// found inside a walk depends on the depth it was asked at and on the keys in progress above it that it met (each cut as a
/// cycle): it is kept with both and given again only where they are the same. A kept top answer is never given inside a
/// walk: the walk from there is shorter and cuts other cycles (round 14's car-rental fleet: whether <c>Car</c> held a
/// person's data depended on whether <c>Category</c>, which lists the cars, had been asked first).
/// Without the inner answers, the members of a library base class (FastEndpoints' <c>Endpoint&lt;TRequest, TResponse&gt;</c>)
/// were walked again, four levels deep, under every endpoint class of an application.
/// </summary>
internal sealed class BoundedAnswers<TValue>
{
    private readonly WalkKind _kind;
    private readonly ConcurrentDictionary<ISymbol, TValue> _top = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, List<Nested>?[]> _nested = new(SymbolEqualityComparer.Default);

    public BoundedAnswers(WalkKind kind)
    {
        _kind = kind;
    }

    /// <summary>
    /// The answer for <paramref name="key"/>: a kept one when the walk from here would find the same, else
    /// <paramref name="compute"/> inside one level of the walk; <paramref name="unknown"/> past the walk's bound or on a cycle.
    /// </summary>
    public TValue Get(ISymbol key, Func<ISymbol, TValue> compute, TValue unknown)
    {
        var depth = BoundedWalk.Depth(_kind);
        if (depth == 0 && _top.TryGetValue(key, out var top))
        {
            return top;
        }

        using var walk = BoundedWalk.Enter(_kind, key);
        if (!walk.Entered)
        {
            return unknown;
        }

        if (depth > 0 && Kept(key, depth) is { } kept)
        {
            BoundedWalk.NoteAll(_kind, kept.Met);
            return kept.Value;
        }

        using var recording = BoundedWalk.Record(_kind, key);
        var value = compute(key);
        if (!recording.Complete)
        {
            return value;
        }

        if (depth == 0)
        {
            _top.TryAdd(key, value);
        }
        else
        {
            Keep(key, depth, new Nested(value, recording.Met, BoundedWalk.InProgressAmong(_kind, recording.Met)));
        }

        return value;
    }

    /// <summary>The answer kept for <paramref name="key"/> from a walk's top, when asked at the top too (else false).</summary>
    public bool TryGetTop(ISymbol key, out TValue value)
    {
        value = default!;
        return BoundedWalk.Depth(_kind) == 0 && _top.TryGetValue(key, out value!);
    }

    /// <summary>The answer kept for <paramref name="key"/> at <paramref name="depth"/> that met exactly the keys in progress now.</summary>
    private Nested? Kept(ISymbol key, int depth)
    {
        if (!_nested.TryGetValue(key, out var slots) || slots[depth] is not { } kept)
        {
            return null;
        }

        lock (kept)
        {
            foreach (var answer in kept)
            {
                if (BoundedWalk.InProgressAmongIs(_kind, answer.Met, answer.Cut))
                {
                    return answer;
                }
            }
        }

        return null;
    }

    private void Keep(ISymbol key, int depth, Nested answer)
    {
        var slots = _nested.GetOrAdd(key, _ => new List<Nested>?[BoundedWalk.Bound(_kind)]);
        var kept = slots[depth];
        if (kept is null)
        {
            lock (slots)
            {
                kept = slots[depth] ??= new List<Nested>();
            }
        }

        lock (kept)
        {
            kept.Add(answer);
        }
    }

    /// <summary>
    /// An answer found inside a walk: the keys it met below its own (entered, or cut as a cycle), and those of them that were
    /// in progress above it and so were cut.
    /// </summary>
    private sealed class Nested
    {
        public Nested(TValue value, HashSet<ISymbol> met, HashSet<ISymbol> cut)
        {
            Value = value;
            Met = met;
            Cut = cut;
        }

        public TValue Value { get; }

        public HashSet<ISymbol> Met { get; }

        public HashSet<ISymbol> Cut { get; }
    }
}
