using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// The yes-or-no answers of a bounded walk whose "no" is also its answer past the bound or on a cycle: an audit call found
/// down a chain of helpers, every caller auditing, every caller never running. A "yes" holds wherever the walk has at least
/// the levels left that it had when it was found, so it is kept with the level it was asked at and given again at that level
/// or above; a "no" found inside a walk may only mean "cut here", so a "no" is kept only from a walk's top. Given at a deeper
/// level, a "yes" found higher up made the answer depend on which question was asked first (a method two helpers above an
/// audit call audits when asked directly, not when asked three levels down).
/// </summary>
internal sealed class BoundedVerdicts
{
    private readonly WalkKind _kind;

    /// <summary>Per key: the deepest level a "yes" was found at, or <see cref="No"/>.</summary>
    private readonly ConcurrentDictionary<ISymbol, int> _answers = new(SymbolEqualityComparer.Default);

    private const int No = -1;

    public BoundedVerdicts(WalkKind kind)
    {
        _kind = kind;
    }

    /// <summary>The level a question asked now is at: the walk's depth before entering it (0 at the top).</summary>
    public int Level => BoundedWalk.Depth(_kind);

    /// <summary>The kept answer for <paramref name="key"/> that a walk from the present level would give too.</summary>
    public bool TryGet(ISymbol key, out bool answer)
    {
        answer = false;
        if (!_answers.TryGetValue(key, out var found)) return false;
        if (found == No) return true;

        answer = true;
        return Level <= found;
    }

    /// <summary>Keeps <paramref name="answer"/>, found for <paramref name="key"/> asked at <paramref name="level"/>, where it holds; returns it.</summary>
    public bool Keep(ISymbol key, int level, bool answer)
    {
        if (answer)
        {
            _answers.AddOrUpdate(key, level, (_, known) => known == No ? known : System.Math.Max(known, level));
        }
        else if (level == 0)
        {
            _answers.TryAdd(key, No);
        }

        return answer;
    }
}
