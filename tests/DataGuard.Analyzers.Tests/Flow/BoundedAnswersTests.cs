using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DataGuard.Analyzers.Tests.Flow;

/// <summary>
/// Kept answers of a bounded walk are the answers the walk itself gives: on generated graphs of types (cycles, self-loops,
/// shared members, chains past the depth bound), every question of a random sequence is answered by
/// <see cref="BoundedAnswers{TValue}"/> exactly as by a fresh walk from the question with nothing kept — so the answer does
/// not depend on what was asked before. The answer compared is the set of keys the walk entered below the question, which
/// shows every cut.
/// </summary>
public class BoundedAnswersTests
{
    private static readonly INamedTypeSymbol[] Types = TypesOfACompilation(14);

    [Fact]
    public void Kept_answers_equal_the_walks_answers_on_generated_graphs()
    {
        for (var seed = 0; seed < 400; seed++)
        {
            var random = new Random(seed);
            var graph = Graph(random);
            var fresh = new FreshWalk(graph);
            var kept = new KeptWalk(graph);
            for (var question = 0; question < 40; question++)
            {
                var key = Types[random.Next(graph.Count)];
                var expected = fresh.Reach(key);
                var actual = kept.Reach(key);
                Assert.True(expected == actual, $"seed {seed}, question {question} ({key.Name}): walk {expected}, kept {actual}");
            }
        }
    }

    [Fact]
    public void An_inner_answer_is_given_again_without_walking()
    {
        // A0 → A1 → B, A2 → A3 → B: B is answered at depth 2 under A1, then kept for A3 at the same depth.
        var graph = new Dictionary<ISymbol, ISymbol[]>(SymbolEqualityComparer.Default)
        {
            [Types[0]] = new ISymbol[] { Types[1] },
            [Types[1]] = new ISymbol[] { Types[4] },
            [Types[2]] = new ISymbol[] { Types[3] },
            [Types[3]] = new ISymbol[] { Types[4] },
            [Types[4]] = new ISymbol[] { Types[5] },
            [Types[5]] = Array.Empty<ISymbol>(),
        };
        var kept = new KeptWalk(graph);

        kept.Reach(Types[0]);
        var walkedBefore = kept.Computed.Count(t => t == Types[4].Name);
        kept.Reach(Types[2]);

        Assert.Equal(1, walkedBefore);
        Assert.Equal(1, kept.Computed.Count(t => t == Types[4].Name));
    }

    private static Dictionary<ISymbol, ISymbol[]> Graph(Random random)
    {
        var count = random.Next(3, Types.Length + 1);
        var graph = new Dictionary<ISymbol, ISymbol[]>(SymbolEqualityComparer.Default);
        for (var i = 0; i < count; i++)
        {
            graph[Types[i]] = Enumerable.Range(0, random.Next(0, 4)).Select(_ => (ISymbol)Types[random.Next(count)]).ToArray();
        }

        return graph;
    }

    private static INamedTypeSymbol[] TypesOfACompilation(int count)
    {
        var source = string.Concat(Enumerable.Range(0, count).Select(i => $"class T{i} {{}}\n"));
        var compilation = CSharpCompilation.Create("Graph", new[] { CSharpSyntaxTree.ParseText(source) });
        return Enumerable.Range(0, count).Select(i => compilation.GetTypeByMetadataName($"T{i}")!).ToArray();
    }

    /// <summary>The walk with nothing kept: each question walked afresh from the top.</summary>
    private sealed class FreshWalk(Dictionary<ISymbol, ISymbol[]> graph)
    {
        public string Reach(ISymbol key)
        {
            using var walk = BoundedWalk.Enter(WalkKind.Members, key);
            return walk.Entered ? Join(key, graph[key].Select(Reach)) : "";
        }
    }

    private sealed class KeptWalk
    {
        private readonly Dictionary<ISymbol, ISymbol[]> _graph;
        private readonly BoundedAnswers<string> _answers = new(WalkKind.Members);
        private readonly Func<ISymbol, string> _compute;

        public KeptWalk(Dictionary<ISymbol, ISymbol[]> graph)
        {
            _graph = graph;
            _compute = key =>
            {
                Computed.Add(key.Name);
                return Join(key, _graph[key].Select(Reach));
            };
        }

        public List<string> Computed { get; } = new();

        public string Reach(ISymbol key) => _answers.Get(key, _compute, "");
    }

    private static string Join(ISymbol key, IEnumerable<string> below)
        => string.Join(",", below.SelectMany(b => b.Split(',', StringSplitOptions.RemoveEmptyEntries)).Append(key.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal));
}
