using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// What a variable can hold, as written: the values assigned to a local in its method, and the values assigned or added
/// (<c>Add</c>, <c>Enqueue</c>, <c>Append</c>…) to a local, or to a field or property of the class in any of the class's
/// methods — a message put on a queue field in <c>Add</c> and taken off it in <c>FlushAsync</c>.
/// </summary>
internal sealed class StoredValues
{
    /// <summary>Operations looked at in one class for one member: a class's methods are short.</summary>
    private const int MaxOperations = 8000;

    private readonly SourceBodies _bodies;

    public StoredValues(SourceBodies bodies)
    {
        _bodies = bodies;
    }

    /// <summary>Every value the method assigns to the local, wherever it is (switch sections, if/else branches).</summary>
    public static IEnumerable<IOperation> Assigned(ILocalSymbol local, IOperation reference)
    {
        foreach (var operation in Root(reference).Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer: { } initializer } declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    yield return initializer.Value;
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    yield return assignment.Value;
                    break;
                case IForEachLoopOperation { Collection: var collection } loop when loop.Locals.Contains(local, SymbolEqualityComparer.Default)
                                                                                  && loop.LoopControlVariable is IVariableDeclaratorOperation { Symbol: var element }
                                                                                  && SymbolEqualityComparer.Default.Equals(element, local):
                    // foreach (var item in _pending): an element of the collection.
                    yield return collection;
                    break;
            }
        }
    }

    /// <summary>The first answer <paramref name="find"/> gives for a value the method assigns to the local, or null.</summary>
    public static T? FirstAssigned<T>(ILocalSymbol local, IOperation reference, System.Func<IOperation, T?> find)
        where T : class
    {
        foreach (var value in Assigned(local, reference))
        {
            if (find(value) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Every value the method assigns to the local's member of that name (<c>command.CommandText = sql</c>), wherever it is.</summary>
    public static IEnumerable<IOperation> AssignedToMember(ILocalSymbol local, string member, IOperation reference)
    {
        foreach (var operation in Root(reference).Descendants())
        {
            if (operation is ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Instance: ILocalReferenceOperation owner } target } assignment
                && target.Member.Name == member && SymbolEqualityComparer.Default.Equals(owner.Local, local))
            {
                yield return assignment.Value;
            }
        }
    }

    /// <summary>The values assigned to the local and the arguments of the calls that add to it (<c>text.AppendLine(…)</c>).</summary>
    public static IEnumerable<IOperation> Held(ILocalSymbol local, IOperation reference)
    {
        foreach (var value in Assigned(local, reference))
        {
            yield return value;
        }

        foreach (var operation in Root(reference).Descendants())
        {
            if (operation is IInvocationOperation { Instance: ILocalReferenceOperation target } call && WalkShapes.Mutators.Contains(call.TargetMethod.Name)
                && SymbolEqualityComparer.Default.Equals(target.Local, local))
            {
                foreach (var argument in call.Arguments)
                {
                    yield return argument.Value;
                }
            }
        }
    }

    /// <summary>
    /// The values the class's own code stores in its field or property: its initializer, assignments, and the arguments of
    /// calls that add to it, in every method of the class.
    /// </summary>
    public IEnumerable<IOperation> Held(ISymbol member)
    {
        if (member is not (IFieldSymbol or IPropertySymbol) || member.ContainingType is not { } owner)
        {
            yield break;
        }

        if (_bodies.Initializer(member) is { } initial)
        {
            yield return initial;
        }

        var seen = 0;
        foreach (var candidate in owner.GetMembers())
        {
            if (candidate is not IMethodSymbol method || _bodies.Body(method) is not { } body)
            {
                continue;
            }

            foreach (var operation in body.Descendants())
            {
                if (++seen > MaxOperations)
                {
                    yield break;
                }

                switch (operation)
                {
                    case IAssignmentOperation { Target: IMemberReferenceOperation target } assignment when IsOwn(target, member):
                        // _last = text; Pending += text
                        yield return assignment.Value;
                        break;
                    case IInvocationOperation { Instance: IMemberReferenceOperation target } call when WalkShapes.Mutators.Contains(call.TargetMethod.Name) && IsOwn(target, member):
                        foreach (var argument in call.Arguments)
                        {
                            yield return argument.Value;
                        }

                        break;
                }
            }
        }
    }

    /// <summary>A reference to the member of this object (or a static one), not of another instance.</summary>
    public static bool IsOwn(IMemberReferenceOperation reference, ISymbol member)
        => SymbolEqualityComparer.Default.Equals(reference.Member.OriginalDefinition, member.OriginalDefinition)
           && reference.Instance is null or IInstanceReferenceOperation;

    public static IOperation Root(IOperation operation)
    {
        while (operation.Parent is not null)
        {
            operation = operation.Parent;
        }

        return operation;
    }
}
