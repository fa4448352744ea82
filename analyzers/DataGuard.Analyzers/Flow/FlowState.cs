using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Sinks;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// What is known about each local and parameter at one point of a method: the data it holds, every address it may have
/// been built from, and the flaws of its connection (an SMTP client with SSL switched off).
/// </summary>
internal sealed class FlowState
{
    private readonly Dictionary<ISymbol, Taint> _taints;
    // Keyed tables hold classes only: a table of a struct or enum of ours (ImmutableArray<Endpoint>, ChannelFlaw, a pair of
    // symbols) is a generic instantiation the JIT compiles afresh in every compiler process; over classes it is shared code.
    private readonly Dictionary<ISymbol, Channel> _channels;
    private readonly HashSet<MemberOf> _maskedMembers;
    private readonly Dictionary<MemberOf, Taint> _storedMembers;

    public FlowState()
        : this(new Dictionary<ISymbol, Taint>(SymbolEqualityComparer.Default), new Dictionary<ISymbol, Channel>(SymbolEqualityComparer.Default), new HashSet<MemberOf>(),
            new Dictionary<MemberOf, Taint>())
    {
    }

    private FlowState(Dictionary<ISymbol, Taint> taints, Dictionary<ISymbol, Channel> channels, HashSet<MemberOf> maskedMembers,
        Dictionary<MemberOf, Taint> storedMembers)
    {
        _taints = taints;
        _channels = channels;
        _maskedMembers = maskedMembers;
        _storedMembers = storedMembers;
    }

    /// <summary>
    /// The data the walk saw stored in <c>variable.member</c> (an object initializer's or an assignment's value), or null:
    /// <c>new ContactForm { Content = $"{model.Email} …" }</c> puts the e-mail into a member whose name says nothing.
    /// </summary>
    public Taint? StoredIn(ISymbol variable, ISymbol member)
        => _storedMembers.Count > 0 && _storedMembers.TryGetValue(new MemberOf(variable, member), out var stored) ? stored : null;

    /// <summary>Records what <c>variable.member</c> now holds; only data is kept, a constant or no data clears the entry.</summary>
    public void SetStored(ISymbol variable, ISymbol member, Taint taint)
    {
        if (taint.IsEmpty || taint.IsSanitized)
        {
            if (_storedMembers.Count > 0)
            {
                _storedMembers.Remove(new MemberOf(variable, member));
            }

            return;
        }

        _storedMembers[new MemberOf(variable, member)] = taint;
    }

    /// <summary>True when <c>variable.member</c> was last assigned a masked value (<c>card with { Mobile = Masking.Mask(…) }</c>).</summary>
    public bool IsMasked(ISymbol variable, ISymbol member) => _maskedMembers.Count > 0 && _maskedMembers.Contains(new MemberOf(variable, member));

    public void SetMasked(ISymbol variable, ISymbol member, bool masked)
    {
        if (masked)
        {
            _maskedMembers.Add(new MemberOf(variable, member));
        }
        else
        {
            _maskedMembers.Remove(new MemberOf(variable, member));
        }
    }

    /// <summary>The variable holds a new object: what was known about its members no longer applies.</summary>
    public void ForgetMembers(ISymbol variable)
    {
        if (_maskedMembers.Count > 0)
        {
            _maskedMembers.RemoveWhere(m => SymbolEqualityComparer.Default.Equals(m.Variable, variable));
        }

        if (_storedMembers.Count > 0)
        {
            foreach (var stale in _storedMembers.Keys.Where(m => SymbolEqualityComparer.Default.Equals(m.Variable, variable)).ToList())
            {
                _storedMembers.Remove(stale);
            }
        }
    }

    public bool TryGetTaint(ISymbol symbol, out Taint taint) => _taints.TryGetValue(symbol, out taint!);

    public void SetTaint(ISymbol symbol, Taint taint) => _taints[symbol] = taint;

    public void AddTaint(ISymbol symbol, Taint taint)
        => _taints[symbol] = _taints.TryGetValue(symbol, out var existing) ? existing.Union(taint) : taint;

    /// <summary>Every address the variable may hold (constants on either side of a <c>?:</c>, recipients added to a message).</summary>
    public ImmutableArray<Endpoint> GetEndpoints(ISymbol symbol) => _channels.TryGetValue(symbol, out var channel) ? channel.Endpoints : ImmutableArray<Endpoint>.Empty;

    public void SetEndpoints(ISymbol symbol, ImmutableArray<Endpoint> endpoints)
        => SetChannel(symbol, endpoints.IsDefault ? ImmutableArray<Endpoint>.Empty : endpoints, GetFlaws(symbol));

    public void AddEndpoints(ISymbol symbol, ImmutableArray<Endpoint> endpoints)
    {
        if (!endpoints.IsDefaultOrEmpty)
        {
            SetEndpoints(symbol, Union(GetEndpoints(symbol), endpoints));
        }
    }

    public ChannelFlaw GetFlaws(ISymbol symbol) => _channels.TryGetValue(symbol, out var channel) ? channel.Flaws : ChannelFlaw.None;

    public void SetFlaws(ISymbol symbol, ChannelFlaw flaws) => SetChannel(symbol, GetEndpoints(symbol), flaws);

    /// <summary>Records what is known of the variable's channel; a variable with no address and no flaw has no entry.</summary>
    private void SetChannel(ISymbol symbol, ImmutableArray<Endpoint> endpoints, ChannelFlaw flaws)
    {
        if (endpoints.IsEmpty && flaws == ChannelFlaw.None)
        {
            _channels.Remove(symbol);
        }
        else
        {
            _channels[symbol] = new Channel(endpoints, flaws);
        }
    }

    public FlowState Clone()
        => new(new Dictionary<ISymbol, Taint>(_taints, SymbolEqualityComparer.Default),
            new Dictionary<ISymbol, Channel>(_channels, SymbolEqualityComparer.Default), new HashSet<MemberOf>(_maskedMembers),
            new Dictionary<MemberOf, Taint>(_storedMembers));

    /// <summary>The state where two paths join: any data and any address either path may hold, any flaw either gave.</summary>
    public static FlowState Merge(FlowState a, FlowState b)
    {
        var merged = a.Clone();
        foreach (var pair in b._taints)
        {
            if (!SharedUnsanitized(a._taints, pair.Key, pair.Value))
            {
                merged.AddTaint(pair.Key, pair.Value);
            }
        }

        foreach (var pair in b._channels)
        {
            if (a._channels.TryGetValue(pair.Key, out var same) && ReferenceEquals(same, pair.Value))
            {
                continue; // both paths kept the entry from before the branch: its union with itself is itself
            }

            merged.AddEndpoints(pair.Key, pair.Value.Endpoints);
            merged.SetFlaws(pair.Key, merged.GetFlaws(pair.Key) | pair.Value.Flaws);
        }

        // A member is masked after the join only when both paths masked it; it holds what either path stored in it.
        merged._maskedMembers.IntersectWith(b._maskedMembers);
        foreach (var pair in b._storedMembers)
        {
            merged._storedMembers[pair.Key] = merged._storedMembers.TryGetValue(pair.Key, out var held) ? held.Union(pair.Value) : pair.Value;
        }

        return merged;
    }

    /// <summary>
    /// True when both paths hold the very taint object from before the branch, whose union with itself adds nothing: most
    /// variables of a long method are untouched by a branch, and re-uniting each at every join made joins cost the whole
    /// state. A sanitized non-empty taint is left to <see cref="Taint.Union"/>, which does not keep its mark.
    /// </summary>
    private static bool SharedUnsanitized(Dictionary<ISymbol, Taint> taints, ISymbol symbol, Taint taint)
        => taints.TryGetValue(symbol, out var existing) && ReferenceEquals(existing, taint) && !taint.IsEmpty && !taint.IsSanitized;

    /// <summary>The union of two address lists, capped: past a handful of alternatives more add nothing to a report.</summary>
    public static ImmutableArray<Endpoint> Union(ImmutableArray<Endpoint> a, ImmutableArray<Endpoint> b)
    {
        if (a.IsDefaultOrEmpty)
        {
            return b.IsDefault ? ImmutableArray<Endpoint>.Empty : b;
        }

        if (b.IsDefaultOrEmpty)
        {
            return a;
        }

        var builder = a.ToBuilder();
        foreach (var endpoint in b)
        {
            if (builder.Count < MaxEndpoints && !builder.Any(e => e.Prefix == endpoint.Prefix && e.ConfigurationKey == endpoint.ConfigurationKey))
            {
                builder.Add(endpoint);
            }
        }

        return builder.ToImmutable();
    }

    private const int MaxEndpoints = 8;

    /// <summary>The addresses a variable may hold and the flaws of its connection; immutable, so clones share it.</summary>
    private sealed class Channel
    {
        public Channel(ImmutableArray<Endpoint> endpoints, ChannelFlaw flaws)
        {
            Endpoints = endpoints;
            Flaws = flaws;
        }

        public ImmutableArray<Endpoint> Endpoints { get; }

        public ChannelFlaw Flaws { get; }
    }

    private sealed class MemberOf : System.IEquatable<MemberOf>
    {
        public MemberOf(ISymbol variable, ISymbol member)
        {
            Variable = variable;
            Member = member;
        }

        public ISymbol Variable { get; }

        public ISymbol Member { get; }

        public bool Equals(MemberOf? other)
            => other is not null && SymbolEqualityComparer.Default.Equals(Variable, other.Variable) && SymbolEqualityComparer.Default.Equals(Member, other.Member);

        public override bool Equals(object? obj) => Equals(obj as MemberOf);

        public override int GetHashCode()
            => (SymbolEqualityComparer.Default.GetHashCode(Variable) * 31) ^ SymbolEqualityComparer.Default.GetHashCode(Member);
    }
}
