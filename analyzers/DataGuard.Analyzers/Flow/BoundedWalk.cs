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

    /// <summary>Callees of callees, to learn whether any of them has a sink a parameter could reach (a pre-check, never an answer).</summary>
    SinkReach,

    /// <summary>
    /// Sanitizers called by the bodies of sanitizers (<c>MaskPhone</c> calling <c>Masking.Phone</c>): its own walk, so that
    /// whether a masking helper masks never depends on how deep in a chain of summaries it was first asked.
    /// </summary>
    Sanitizing,
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
        6, // SinkReach: deeper than Summary, so that every chain a summary follows is seen whole; past it the answer is "may".
        3, // Sanitizing: a masking helper calling a helper that calls a sanitizer.
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
        if (frames.Depth[(int)kind] >= MaxDepth[(int)kind])
        {
            return default;
        }

        if (key is not null)
        {
            Note(frames, kind, key);
        }

        if (!HasStackLeft())
        {
            frames.StackCuts++;
            return default;
        }

        if (key is not null && !frames.InProgressOf(kind).Add(key))
        {
            return default;
        }

        frames.Depth[(int)kind]++;
        return new Scope(frames, kind, key);
    }

    /// <summary>The deepest a <paramref name="kind"/> walk goes: it is entered at depths 0 to this bound less one.</summary>
    public static int Bound(WalkKind kind) => MaxDepth[(int)kind];

    /// <summary>
    /// The nesting depth of <paramref name="kind"/> on this thread (0 outside any walk): an answer worked out at depth 1 saw
    /// the whole bounded shape and may be cached.
    /// </summary>
    public static int Depth(WalkKind kind) => t_frames?.Depth[(int)kind] ?? 0;

    /// <summary>
    /// Starts noting the keys a <paramref name="kind"/> walk at <paramref name="key"/> meets below it (entered, or cut as a
    /// cycle), so that its answer can be kept and given again where the walk would give the same one
    /// (<see cref="BoundedAnswers{TValue}"/>). Dispose it when the answer is known.
    /// </summary>
    public static Recording Record(WalkKind kind, ISymbol key)
    {
        var frames = t_frames ??= new Frames();
        var recording = new Recording(frames, kind, key);
        frames.RecordingsOf(kind).Add(recording);
        return recording;
    }

    /// <summary>
    /// Tells every recording <paramref name="kind"/> walk in progress on this thread that a walk below it asked to enter
    /// <paramref name="key"/> below the bound: its answer depends on whether the key was in progress. Past the bound nothing
    /// is entered whatever is in progress, so nothing is noted.
    /// </summary>
    private static void Note(Frames frames, WalkKind kind, ISymbol key)
    {
        if (frames.Recordings[(int)kind] is { Count: > 0 })
        {
            frames.NotesOf(kind).Add(key);
        }
    }

    /// <summary>What a kept answer met, given again inside the walks recording on this thread.</summary>
    public static void NoteAll(WalkKind kind, HashSet<ISymbol> met)
    {
        if (t_frames is not { } frames || frames.Recordings[(int)kind] is not { Count: > 0 })
        {
            return;
        }

        var notes = frames.NotesOf(kind);
        foreach (var key in met)
        {
            notes.Add(key);
        }
    }

    /// <summary>The keys of <paramref name="keys"/> in progress in a <paramref name="kind"/> walk on this thread: entering one again is a cycle.</summary>
    public static HashSet<ISymbol> InProgressAmong(WalkKind kind, HashSet<ISymbol> keys)
    {
        var found = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        if (t_frames is { } frames && keys.Count > 0)
        {
            foreach (var key in frames.InProgressOf(kind))
            {
                if (keys.Contains(key))
                {
                    found.Add(key);
                }
            }
        }

        return found;
    }

    /// <summary>True when the keys of <paramref name="keys"/> in progress now are exactly <paramref name="expected"/> (a subset of them).</summary>
    public static bool InProgressAmongIs(WalkKind kind, HashSet<ISymbol> keys, HashSet<ISymbol> expected)
    {
        var count = 0;
        if (t_frames is { } frames && keys.Count > 0)
        {
            foreach (var key in frames.InProgressOf(kind))
            {
                if (keys.Contains(key))
                {
                    if (!expected.Contains(key)) return false;
                    count++;
                }
            }
        }

        return count == expected.Count;
    }

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
        public readonly List<Recording>?[] Recordings = new List<Recording>?[MaxDepth.Length];
        private readonly Notes?[] _notes = new Notes?[MaxDepth.Length];

        /// <summary>How often this thread was refused a level for want of stack: an answer cut that way depends on the thread.</summary>
        public int StackCuts;

        public HashSet<ISymbol> InProgressOf(WalkKind kind)
            => _inProgress[(int)kind] ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default);

        public List<Recording> RecordingsOf(WalkKind kind) => Recordings[(int)kind] ??= new List<Recording>();

        public Notes NotesOf(WalkKind kind) => _notes[(int)kind] ??= new Notes();
    }

    /// <summary>
    /// The keys the recording walks of one kind met, in order. One list for all the nested recordings, each reading its own
    /// tail of it when its answer is known: adding every key to the sets of every recording in progress, the outermost's
    /// included (whose sets nobody reads), took 7 % of DataGuard's time on an API whose endpoints derive from a library's
    /// generic base.
    /// </summary>
    internal sealed class Notes
    {
        private readonly List<ISymbol> _keys = new();

        public int Count => _keys.Count;

        public void Add(ISymbol key) => _keys.Add(key);

        /// <summary>Fills <paramref name="met"/> with the keys noted from <paramref name="start"/> on, <paramref name="own"/> left out.</summary>
        public void Read(int start, ISymbol own, HashSet<ISymbol> met)
        {
            for (var i = start; i < _keys.Count; i++)
            {
                if (!SymbolEqualityComparer.Default.Equals(_keys[i], own))
                {
                    met.Add(_keys[i]);
                }
            }
        }

        public void Clear() => _keys.Clear();
    }

    /// <summary>
    /// The keys one walk met below its own key (see <see cref="Record"/>): every question asked beneath it, answered or cut.
    /// Its answer depends on nothing else than those keys, the depth it was asked at and the answers kept for them.
    /// </summary>
    public sealed class Recording : IDisposable
    {
        private readonly Frames _frames;
        private readonly WalkKind _kind;
        private readonly ISymbol _key;
        private readonly int _stackCuts;
        private readonly int _firstNote;
        private HashSet<ISymbol>? _met;

        internal Recording(Frames frames, WalkKind kind, ISymbol key)
        {
            _frames = frames;
            _kind = kind;
            _key = key;
            _stackCuts = frames.StackCuts;
            _firstNote = frames.NotesOf(kind).Count;
        }

        /// <summary>The keys met below the walk's own key: entered, or cut as a cycle. Read once the walk's answer is known.</summary>
        public HashSet<ISymbol> Met
        {
            get
            {
                if (_met is null)
                {
                    _met = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                    _frames.NotesOf(_kind).Read(_firstNote, _key, _met);
                }

                return _met;
            }
        }

        /// <summary>False when a level was refused for want of stack while recording: the answer is this thread's, not the walk's.</summary>
        public bool Complete => _frames.StackCuts == _stackCuts;

        public void Dispose()
        {
            var recordings = _frames.RecordingsOf(_kind);
            recordings.RemoveAt(recordings.Count - 1);
            if (recordings.Count == 0)
            {
                _frames.NotesOf(_kind).Clear();
            }
        }
    }
}
