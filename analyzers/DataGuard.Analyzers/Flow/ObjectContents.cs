using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// What a variable's object holds once data is put into it (by an assignment to a member, a mutator call, a renderer): the
/// walk's one place that adds data to an object. Split from <see cref="FlowWalker"/>.
/// </summary>
internal sealed class ObjectContents
{
    private readonly FlowWalker _walker;

    public ObjectContents(FlowWalker walker)
    {
        _walker = walker;
    }

    private FlowState State => _walker.State;

    /// <summary>
    /// The variable's object now holds the data: framework objects (MailMessage, StringBuilder, lists) pass it on as a value,
    /// the team's own objects hold it inside, which matters only when they are serialized or printed.
    /// </summary>
    public void Absorb(ISymbol root, Taint taint, IOperation at)
    {
        EndSafety(root, taint);
        var type = root switch
        {
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            _ => null,
        };
        if (type is null || Sources.PersonalDataClassifier.IsFramework(type) || taint.Values.IsEmpty || type is IArrayTypeSymbol)
        {
            State.AddTaint(root, taint);
            return;
        }

        State.AddTaint(root, Taint.Of(new CompositeSource(type, at.Syntax.GetLocation(), taint.Values)));
    }

    /// <summary>An object shown to be no one's data (seed records, configuration) that is given a value not shown so no longer is.</summary>
    public void EndSafety(ISymbol root, Taint added)
    {
        if (!added.IsSanitized && State.TryGetTaint(root, out var held) && held.IsSanitized)
        {
            State.SetTaint(root, Taint.None);
        }
    }
}
