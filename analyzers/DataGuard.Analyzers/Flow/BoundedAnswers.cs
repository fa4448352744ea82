using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// The answers of one recursive question over symbols (the personal members of a type), asked through
/// <see cref="BoundedWalk"/> and kept per key and depth. An answer found at the top of a walk is kept as before and given
/// at any depth. An answer found inside another walk is cut by that walk's depth and by the keys in progress, so it is
/// given again only where the walk would find the same one: at the same depth, with none of the keys it met in progress
/// now (that would be a cycle, cut here), and none of them answered at the top since (the walk would take that answer).
/// Without this, the members of a library base class (FastEndpoints' <c>Endpoint&lt;TRequest, TResponse&gt;</c>) were
/// walked again, four levels deep, under every endpoint class of an application.
/// </summary>
internal sealed class BoundedAnswers<TValue>
{
    private readonly WalkKind _kind;
    private readonly ConcurrentDictionary<ISymbol, TValue> _top = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, Nested?[]> _nested = new(SymbolEqualityComparer.Default);

    /// <summary>Counts the answers found at the top: a kept inner answer checks its keys again only after one was added.</summary>
    private int _generation;

    public BoundedAnswers(WalkKind kind)
    {
        _kind = kind;
    }

    /// <summary>
    /// The answer for <paramref name="key"/>: a kept one when the walk would find the same, else <paramref name="compute"/>
    /// inside one level of the walk; <paramref name="unknown"/> past the walk's bound or on a cycle.
    /// </summary>
    public TValue Get(ISymbol key, Func<ISymbol, TValue> compute, TValue unknown)
    {
        if (_top.TryGetValue(key, out var top))
        {
            return top;
        }

        // Every walk in progress now depends on this key having no top answer yet.
        BoundedWalk.Note(_kind, key);
        var depth = BoundedWalk.Depth(_kind);
        using var walk = BoundedWalk.Enter(_kind, key);
        if (!walk.Entered)
        {
            return unknown;
        }

        if (depth > 0 && Kept(key, depth) is { } kept)
        {
            BoundedWalk.NoteAll(_kind, kept.Met, kept.Looked);
            return kept.Value;
        }

        var generation = Volatile.Read(ref _generation);
        using var recording = BoundedWalk.Record(_kind, key);
        var value = compute(key);
        if (depth == 0)
        {
            if (_top.TryAdd(key, value))
            {
                Interlocked.Increment(ref _generation);
            }
        }
        else if (recording.Complete && !BoundedWalk.AnyInProgress(_kind, recording.Met))
        {
            _nested.GetOrAdd(key, _ => new Nested?[BoundedWalk.Bound(_kind)])[depth] = new Nested(value, recording.Met, recording.Looked, generation);
        }

        return value;
    }

    /// <summary>The answer kept for <paramref name="key"/> at <paramref name="depth"/>, if the walk would find it again here.</summary>
    private Nested? Kept(ISymbol key, int depth)
    {
        if (!_nested.TryGetValue(key, out var slots) || slots[depth] is not { } kept
            || BoundedWalk.AnyInProgress(_kind, kept.Met))
        {
            return null;
        }

        var generation = Volatile.Read(ref _generation);
        if (kept.Generation == generation)
        {
            return kept;
        }

        foreach (var looked in kept.Looked)
        {
            if (_top.ContainsKey(looked))
            {
                return null;
            }
        }

        kept.Generation = generation;
        return kept;
    }

    /// <summary>
    /// An answer found inside a walk: the keys it met (one of them in progress would cut it), those it looked up without a
    /// top answer (one answered since would change it), and the count of top answers when it was last checked.
    /// </summary>
    private sealed class Nested
    {
        public Nested(TValue value, HashSet<ISymbol> met, HashSet<ISymbol> looked, int generation)
        {
            Value = value;
            Met = met;
            Looked = looked;
            Generation = generation;
        }

        public TValue Value { get; }

        public HashSet<ISymbol> Met { get; }

        public HashSet<ISymbol> Looked { get; }

        public int Generation { get; set; }
    }
}
