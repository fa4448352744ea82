using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// What the analyzers look up in the compilation's source by syntax before they bind anything — the simple names it
/// mentions, its calls by called name, its object creations, its assignments by assigned member and its string literals
/// that may be templates — found in one pass over every tree, once per compilation, on the first question. Three separate
/// walks of every node (the call-site index, the log levels set in code, the route templates) took 10–13 % of DataGuard's
/// time on a 12k-line API; walking the nodes, not testing them, was the cost.
/// </summary>
internal sealed class SourceSyntax
{
    private static readonly IReadOnlyList<InvocationExpressionSyntax> NoCalls = System.Array.Empty<InvocationExpressionSyntax>();
    private static readonly IReadOnlyList<AssignmentExpressionSyntax> NoAssignments = System.Array.Empty<AssignmentExpressionSyntax>();

    private readonly Compilation _compilation;
    private readonly object _building = new();
    private Index? _index;

    public SourceSyntax(Compilation compilation)
    {
        _compilation = compilation;
    }

    /// <summary>True when the source names <paramref name="name"/> anywhere outside declarations: a call, a method group, a <c>nameof</c>, a type.</summary>
    public bool IsMentioned(string name) => Built().Names.ContainsKey(name);

    /// <summary>How many times the source names <paramref name="name"/> outside declarations.</summary>
    public int MentionCount(string name) => Built().Names.TryGetValue(name, out var mentions) ? mentions.Count : 0;

    /// <summary>Every place the source names <paramref name="name"/> outside declarations (a type, a member, a local of that name), last first.</summary>
    public IEnumerable<SimpleNameSyntax> Mentions(string name)
    {
        var index = Built();
        if (!index.Names.TryGetValue(name, out var mentions))
        {
            yield break;
        }

        for (var at = mentions.Last; at >= 0; at = index.NextMention[at])
        {
            yield return index.Mentions[at];
        }
    }

    /// <summary>The calls whose syntax invokes <paramref name="name"/> (<see cref="CalledNames"/>), in source order.</summary>
    public IReadOnlyList<InvocationExpressionSyntax> Calls(string name) => Built().Calls.TryGetValue(name, out var calls) ? calls : NoCalls;

    /// <summary>The assignments whose left side names the member <paramref name="name"/> (<c>x.MinimumLevel = …</c>), in source order.</summary>
    public IReadOnlyList<AssignmentExpressionSyntax> AssignmentsTo(string name) => Built().Assignments.TryGetValue(name, out var assignments) ? assignments : NoAssignments;

    /// <summary>Every <c>new T(…)</c> of the source, in source order.</summary>
    public IReadOnlyList<ObjectCreationExpressionSyntax> Creations => Built().Creations;

    /// <summary>The string literals holding a <c>{</c> (route templates among them), in source order.</summary>
    public IReadOnlyList<LiteralExpressionSyntax> BracedStrings => Built().BracedStrings;

    private Index Built()
    {
        if (Volatile.Read(ref _index) is { } known) return known;

        // One thread walks the source; the others wait for it. Built lock-free, every compiler thread that asked before the
        // first copy was done walked every tree again (two whole copies in one csc of a 5.4k-line MVC app).
        lock (_building)
        {
            if (_index is { } built) return built;

            var index = new Index();
            // EF migration files are left out: their builder chains were most of the walk (round 26, EfMigrationCode).
            foreach (var tree in EfMigrationCode.TreesOutsideMigrations(_compilation))
            {
                foreach (var node in tree.GetRoot().DescendantNodes())
                {
                    index.Add(node);
                }
            }

            Volatile.Write(ref _index, index);
            return index;
        }
    }

    /// <summary>Where one name's mentions start in the chain of <see cref="Index.Mentions"/>, and how many there are.</summary>
    private struct Chain
    {
        public int Last;
        public int Count;
    }

    private sealed class Index
    {
        public readonly Dictionary<string, Chain> Names = new();

        /// <summary>
        /// Every mention in one list, each linked to the previous mention of its name: a list per name cost more in growing
        /// than the whole walk, for names most of which are never asked for their mentions.
        /// </summary>
        public readonly List<SimpleNameSyntax> Mentions = new();
        public readonly List<int> NextMention = new();

        public readonly Dictionary<string, List<InvocationExpressionSyntax>> Calls = new();
        public readonly Dictionary<string, List<AssignmentExpressionSyntax>> Assignments = new();
        public readonly List<ObjectCreationExpressionSyntax> Creations = new();
        public readonly List<LiteralExpressionSyntax> BracedStrings = new();

        public void Add(SyntaxNode node)
        {
            switch (node)
            {
                case SimpleNameSyntax name:
                    AddMention(name);
                    break;
                case InvocationExpressionSyntax call when CalledNames.Of(call) is { } called:
                    AddTo(Calls, called, call);
                    break;
                case AssignmentExpressionSyntax assignment when CalledNames.Of(assignment.Left) is { } assigned:
                    AddTo(Assignments, assigned, assignment);
                    break;
                case ObjectCreationExpressionSyntax creation:
                    Creations.Add(creation);
                    break;
                case LiteralExpressionSyntax literal when literal.Token.IsKind(SyntaxKind.StringLiteralToken) && literal.Token.ValueText.IndexOf('{') >= 0:
                    BracedStrings.Add(literal);
                    break;
            }
        }

        private void AddMention(SimpleNameSyntax name)
        {
            var text = name.Identifier.ValueText;
            Names.TryGetValue(text, out var chain);
            NextMention.Add(chain.Count == 0 ? -1 : chain.Last);
            Mentions.Add(name);
            Names[text] = new Chain { Last = Mentions.Count - 1, Count = chain.Count + 1 };
        }

        private static void AddTo<TNode>(Dictionary<string, List<TNode>> byName, string name, TNode node)
        {
            if (!byName.TryGetValue(name, out var list))
            {
                byName[name] = list = new List<TNode>();
            }

            list.Add(node);
        }
    }
}
