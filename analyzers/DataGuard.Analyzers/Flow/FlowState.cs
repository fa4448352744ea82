using System.Collections.Generic;
using DataGuard.Analyzers.Sinks;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// What is known about each local and parameter at one point of a method: the data it holds, the request address it was
/// built from, and whether it is an SMTP client with SSL switched off.
/// </summary>
internal sealed class FlowState
{
    private readonly Dictionary<ISymbol, Taint> _taints;
    private readonly Dictionary<ISymbol, Endpoint> _endpoints;
    private readonly HashSet<ISymbol> _sslDisabled;

    public FlowState()
        : this(new Dictionary<ISymbol, Taint>(SymbolEqualityComparer.Default), new Dictionary<ISymbol, Endpoint>(SymbolEqualityComparer.Default),
            new HashSet<ISymbol>(SymbolEqualityComparer.Default))
    {
    }

    private FlowState(Dictionary<ISymbol, Taint> taints, Dictionary<ISymbol, Endpoint> endpoints, HashSet<ISymbol> sslDisabled)
    {
        _taints = taints;
        _endpoints = endpoints;
        _sslDisabled = sslDisabled;
    }

    public bool TryGetTaint(ISymbol symbol, out Taint taint) => _taints.TryGetValue(symbol, out taint!);

    public void SetTaint(ISymbol symbol, Taint taint) => _taints[symbol] = taint;

    public void AddTaint(ISymbol symbol, Taint taint)
        => _taints[symbol] = _taints.TryGetValue(symbol, out var existing) ? existing.Union(taint) : taint;

    public Endpoint GetEndpoint(ISymbol symbol) => _endpoints.TryGetValue(symbol, out var endpoint) ? endpoint : default;

    public void SetEndpoint(ISymbol symbol, Endpoint endpoint)
    {
        if (endpoint.IsKnown)
        {
            _endpoints[symbol] = endpoint;
        }
        else
        {
            _endpoints.Remove(symbol);
        }
    }

    public bool IsSslDisabled(ISymbol symbol) => _sslDisabled.Contains(symbol);

    public void SetSslDisabled(ISymbol symbol, bool disabled)
    {
        if (disabled)
        {
            _sslDisabled.Add(symbol);
        }
        else
        {
            _sslDisabled.Remove(symbol);
        }
    }

    public FlowState Clone()
        => new(new Dictionary<ISymbol, Taint>(_taints, SymbolEqualityComparer.Default), new Dictionary<ISymbol, Endpoint>(_endpoints, SymbolEqualityComparer.Default),
            new HashSet<ISymbol>(_sslDisabled, SymbolEqualityComparer.Default));

    /// <summary>The state where two paths join: any data either path may hold; an address only when both agree.</summary>
    public static FlowState Merge(FlowState a, FlowState b)
    {
        var merged = a.Clone();
        foreach (var pair in b._taints)
        {
            merged.AddTaint(pair.Key, pair.Value);
        }

        foreach (var pair in a._endpoints)
        {
            if (!b._endpoints.TryGetValue(pair.Key, out var other) || other.Prefix != pair.Value.Prefix)
            {
                if (b._endpoints.ContainsKey(pair.Key))
                {
                    merged._endpoints.Remove(pair.Key);
                }
            }
        }

        foreach (var pair in b._endpoints)
        {
            if (!a._endpoints.ContainsKey(pair.Key))
            {
                merged._endpoints[pair.Key] = pair.Value;
            }
        }

        merged._sslDisabled.UnionWith(b._sslDisabled);
        return merged;
    }
}
