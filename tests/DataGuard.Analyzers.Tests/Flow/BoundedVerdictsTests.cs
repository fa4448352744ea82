using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DataGuard.Analyzers.Tests.Flow;

/// <summary>
/// Kept yes-or-no answers of a bounded walk are the answers a fresh walk from the question gives, whatever was asked before:
/// on generated call graphs (cycles, self-calls, chains past the bound), "does a chain from here reach a marked method" and
/// "do all callers, up the chain, never run" are answered by <see cref="BoundedVerdicts"/> as by the walk with nothing kept.
/// </summary>
public class BoundedVerdictsTests
{
    private static readonly INamedTypeSymbol[] Methods = SymbolsOfACompilation(12);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Kept_answers_equal_a_fresh_walks_answers_on_generated_graphs(bool any)
    {
        for (var seed = 0; seed < 400; seed++)
        {
            var random = new Random(seed);
            var count = random.Next(2, Methods.Length + 1);
            var graph = Enumerable.Range(0, count).ToDictionary(
                i => (ISymbol)Methods[i],
                _ => Enumerable.Range(0, random.Next(0, 4)).Select(_ => (ISymbol)Methods[random.Next(count)]).ToArray(),
                SymbolEqualityComparer.Default);
            var marked = new HashSet<ISymbol>(Methods.Take(count).Where(_ => random.Next(4) == 0), SymbolEqualityComparer.Default);
            var fresh = new Walk(graph, marked, any, null);
            var kept = new Walk(graph, marked, any, new BoundedVerdicts(WalkKind.Callers));
            for (var question = 0; question < 30; question++)
            {
                var key = Methods[random.Next(count)];
                Assert.True(fresh.Holds(key) == kept.Holds(key), $"seed {seed}, question {question} ({key.Name})");
            }
        }
    }

    /// <summary>
    /// <paramref name="any"/>: a chain from the method reaches a marked one (an audit call down the helpers); otherwise every
    /// chain up the callers ends in a marked one (code that never runs), and a method without callers is marked or not.
    /// </summary>
    private sealed class Walk(Dictionary<ISymbol, ISymbol[]> graph, HashSet<ISymbol> marked, bool any, BoundedVerdicts? verdicts)
    {
        public bool Holds(ISymbol key)
        {
            if (verdicts is not null && verdicts.TryGet(key, out var known)) return known;

            var level = verdicts?.Level ?? 0;
            using var walk = BoundedWalk.Enter(WalkKind.Callers, key);
            if (!walk.Entered) return false;

            var next = graph[key];
            var holds = any
                ? marked.Contains(key) || next.Any(Holds)
                : marked.Contains(key) || next.Length > 0 && next.All(Holds);
            return verdicts is null ? holds : verdicts.Keep(key, level, holds);
        }
    }

    private static INamedTypeSymbol[] SymbolsOfACompilation(int count)
    {
        var source = string.Concat(Enumerable.Range(0, count).Select(i => $"class M{i} {{}}\n"));
        var compilation = CSharpCompilation.Create("Calls", new[] { CSharpSyntaxTree.ParseText(source) });
        return Enumerable.Range(0, count).Select(i => compilation.GetTypeByMetadataName($"M{i}")!).ToArray();
    }
}
