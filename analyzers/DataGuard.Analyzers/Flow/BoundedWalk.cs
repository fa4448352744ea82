using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Flow;

/// <summary>The recursive walks of the analyzers, each with its own depth bound (see <see cref="BoundedWalk"/>).</summary>
internal enum WalkKind
{
    /// <summary>Nested operations of one expression or statement (taint evaluation, the flow walk, endpoint resolution).</summary>
    OperationTree,

    /// <summary>Summaries of called methods computed inside other summaries (call chains, mutual recursion).</summary>
    Summary,

    /// <summary>ToString exposures of member types inside other exposures (<c>Suspect.Vehicle.Owner</c>).</summary>
    Exposure,

    /// <summary>Types of members inside other types: the personal members of <c>Citizen.Vehicle.Owner</c>.</summary>
    Members,

    /// <summary>Element types of element types: <c>List&lt;Citizen[]&gt;</c>, and the endless <c>Node : IEnumerable&lt;Node&gt;</c>.</summary>
    Elements,

    /// <summary>Type arguments and array elements of framework types: can <c>Dictionary&lt;string, List&lt;bool&gt;&gt;</c> hold a value?</summary>
    TypeArguments,

    /// <summary>Callers of callers (DG1008: gateway → use case → controller), to find the audit a request path makes.</summary>
    Callers,
}

/// <summary>
/// The one home of bounded recursion. Every walk that can recurse — over operation trees, method summaries, ToString
/// exposures, members, element types and type arguments — enters here. Per thread it keeps the keys in progress (the visited set: re-entering one
/// is a cycle) and the nesting depth of each kind, and checks that the thread has stack left. When any of them says no,
/// the walk answers "unknown" (empty) instead of recursing: a stack overflow cannot be caught, and in an analyzer it takes
/// the compiler down with it. Self-enumerable types (<c>JToken : IEnumerable&lt;JToken&gt;</c>), recursive generics,
/// mutually recursive methods and expressions thousands of levels deep are ordinary in real code.
/// </summary>
internal static class BoundedWalk
{
    /// <summary>Depth bound per <see cref="WalkKind"/>, indexed by the kind.</summary>
    private static readonly int[] MaxDepth =
    {
        400, // OperationTree: deeper expressions (thousands of concatenations) are judged by what the first levels show.
        3, // Summary: a call chain of three helpers is followed; deeper chains get an empty summary.
        8, // Exposure
        4, // Members: Citizen → Vehicle → Owner → Address.
        4, // Elements: recursive generics (A<T> : IEnumerable<A<A<T>>>) make a new element type at every level.
        3, // TypeArguments
        3, // Callers
    };

    [ThreadStatic]
    private static Frames? t_frames;

    /// <summary>
    /// Enters one level of a <paramref name="kind"/> walk, at <paramref name="key"/> when the walk follows symbols (null for
    /// plain tree depth). Dispose the scope on the way out; when <see cref="Scope.Entered"/> is false do not recurse.
    /// </summary>
    public static Scope Enter(WalkKind kind, ISymbol? key = null)
    {
        var frames = t_frames ??= new Frames();
        if (frames.Depth[(int)kind] >= MaxDepth[(int)kind] || !HasStackLeft())
        {
            return default;
        }

        if (key is not null && !frames.InProgressOf(kind).Add(key))
        {
            return default;
        }

        frames.Depth[(int)kind]++;
        return new Scope(frames, kind, key);
    }

    /// <summary>
    /// The nesting depth of <paramref name="kind"/> on this thread (0 outside any walk): an answer worked out at depth 1 saw
    /// the whole bounded shape and may be cached.
    /// </summary>
    public static int Depth(WalkKind kind) => t_frames?.Depth[(int)kind] ?? 0;

    /// <summary>
    /// A last line of defence under every bound above: some shapes recurse through many kinds at once, and a build's
    /// threads may have smaller stacks than a test's. The runtime's check throws a catchable exception instead of
    /// overflowing; it is cheap (a comparison with the stack limit).
    /// </summary>
    private static bool HasStackLeft()
    {
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            return true;
        }
        catch (InsufficientExecutionStackException)
        {
            return false;
        }
    }

    /// <summary>One level of a walk; disposing it leaves the level.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly Frames? _frames;
        private readonly WalkKind _kind;
        private readonly ISymbol? _key;

        internal Scope(Frames frames, WalkKind kind, ISymbol? key)
        {
            _frames = frames;
            _kind = kind;
            _key = key;
        }

        /// <summary>False past the depth bound, on a cycle, or when the stack runs low: answer "unknown".</summary>
        public bool Entered => _frames is not null;

        public void Dispose()
        {
            if (_frames is null)
            {
                return;
            }

            _frames.Depth[(int)_kind]--;
            if (_key is not null)
            {
                _frames.InProgressOf(_kind).Remove(_key);
            }
        }
    }

    /// <summary>
    /// The depth and the keys in progress of each kind. One symbol set per kind rather than one set of (kind, symbol) pairs:
    /// a set keyed by a struct of our own is a generic instantiation the JIT compiles afresh in every compiler process.
    /// </summary>
    internal sealed class Frames
    {
        public readonly int[] Depth = new int[MaxDepth.Length];
        private readonly HashSet<ISymbol>?[] _inProgress = new HashSet<ISymbol>?[MaxDepth.Length];

        public HashSet<ISymbol> InProgressOf(WalkKind kind)
            => _inProgress[(int)kind] ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default);
    }
}
