using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// Answers computed once per key while the other threads that ask the same key wait. A plain
/// <see cref="ConcurrentDictionary{TKey,TValue}.GetOrAdd(TKey, Func{TKey,TValue})"/> runs its factory on every thread that
/// asks before the first finishes: every compiler thread asks at the start of a compilation, and each walked the same types
/// again (round 31's 12.7 s of DG1007 on a 4k-line project; round 32's <c>studentId</c> look-ups). The factory must depend on
/// the key alone, so the answer never depends on which thread asked first.
/// </summary>
internal sealed class OncePerKey<TKey, TValue>
{
    private readonly ConcurrentDictionary<TKey, Lazy<TValue>> _answers;
    private readonly Func<TKey, TValue> _compute;

    public OncePerKey(Func<TKey, TValue> compute, IEqualityComparer<TKey> comparer)
    {
        _compute = compute;
        _answers = new(comparer);
    }

    /// <summary>The answer for <paramref name="key"/>, computed by the first thread that asks.</summary>
    public TValue Get(TKey key)
        => _answers.TryGetValue(key, out var known) ? known.Value
            : _answers.GetOrAdd(key, k => new Lazy<TValue>(() => _compute(k), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
