using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// Text parameters that hold a person's data because of what their own method does with them, whatever they are called
/// (<see cref="MailRecipients"/>, <see cref="UserIdLookups"/>): each method's body is read once, up to a bound, and the
/// parameters it uses so — and the parameters of the compilation's own methods it hands them to — are kept per method.
/// A parameter handed on (<c>SendAsync(string to) =&gt; SendAsync(new[] { to })</c>) is used as its callee uses it, followed
/// at most <see cref="MaxForwards"/> calls deep, each method once.
/// </summary>
internal abstract class ParametersByUse
{
    /// <summary>Operations looked at in one method: a mailer's or a tool's body is short.</summary>
    private const int MaxOperations = 4000;

    /// <summary>Calls a parameter is followed through to the method that uses it (an overload, a template sender).</summary>
    private const int MaxForwards = 3;

    /// <summary>Steps from a value back to the parameter it holds: a loop's element, a lambda's item, a local.</summary>
    private const int MaxSteps = 4;

    private readonly SourceBodies _bodies;
    private readonly ConcurrentDictionary<IMethodSymbol, Uses> _byMethod = new(SymbolEqualityComparer.Default);

    protected ParametersByUse(SourceBodies bodies) => _bodies = bodies;

    /// <summary>What one method does with its parameters: the ones it uses so, and the callees' parameters it hands others to.</summary>
    protected sealed class Uses
    {
        public readonly ImmutableHashSet<IParameterSymbol>.Builder Used = ImmutableHashSet.CreateBuilder<IParameterSymbol>(SymbolEqualityComparer.Default);
        public readonly List<(IParameterSymbol Own, IParameterSymbol Callee)> Forwards = new();
    }

    /// <summary>True when <paramref name="parameter"/>'s method uses it as the subclass's use, itself or through its callees.</summary>
    protected bool IsUsed(IParameterSymbol parameter)
    {
        if (!Holds(parameter.Type) || parameter.ContainingSymbol is not IMethodSymbol)
        {
            return false;
        }

        var pending = new Queue<(IParameterSymbol Parameter, int Depth)>();
        var visited = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
        pending.Enqueue((parameter.OriginalDefinition, 0));
        while (pending.Count > 0)
        {
            var (next, depth) = pending.Dequeue();
            if (!visited.Add(next) || next.ContainingSymbol is not IMethodSymbol method)
            {
                continue;
            }

            var uses = UsesOf((IMethodSymbol)method.OriginalDefinition);
            if (uses.Used.Contains(next))
            {
                return true;
            }

            if (depth >= MaxForwards)
            {
                continue;
            }

            foreach (var (own, callee) in uses.Forwards)
            {
                if (SymbolEqualityComparer.Default.Equals(own, next))
                {
                    pending.Enqueue((callee, depth + 1));
                }
            }
        }

        return false;
    }

    /// <summary>The parameter types the use applies to: text, unless the subclass also takes lists of it.</summary>
    protected virtual bool Holds(ITypeSymbol type) => type.SpecialType == SpecialType.System_String;

    /// <summary>True when the subclass follows a parameter handed to a callee of the compilation.</summary>
    protected virtual bool FollowsCalls => false;

    /// <summary>Adds to <paramref name="uses"/> the method's own parameters that <paramref name="operation"/> uses so.</summary>
    protected abstract void Collect(IOperation operation, IMethodSymbol method, Uses uses);

    private Uses UsesOf(IMethodSymbol method)
        => _byMethod.TryGetValue(method, out var known) ? known : _byMethod.GetOrAdd(method, Compute(method));

    private Uses Compute(IMethodSymbol method)
    {
        var uses = new Uses();
        if (_bodies.Body(method) is not { } body)
        {
            return uses;
        }

        var seen = 0;
        foreach (var operation in body.Descendants())
        {
            if (++seen > MaxOperations)
            {
                break;
            }

            Collect(operation, method, uses);
            if (FollowsCalls && operation is IInvocationOperation call)
            {
                CollectForwards(call, method, uses);
            }
        }

        return uses;
    }

    /// <summary>A call of a method of this compilation that is given one of the caller's parameters (also in <c>new[] { to }</c>).</summary>
    private void CollectForwards(IInvocationOperation call, IMethodSymbol method, Uses uses)
    {
        if (_bodies.Body(call.TargetMethod) is null)
        {
            return;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is { } slot && Holds(slot.Type) && OwnParameter(argument.Value, method) is { } own)
            {
                uses.Forwards.Add((own, slot.OriginalDefinition));
            }
        }
    }

    /// <summary>Adds the parameter <paramref name="value"/> holds, when it is one of <paramref name="method"/>'s own.</summary>
    protected static void AddIfOwnParameter(Uses uses, IOperation value, IMethodSymbol method)
    {
        if (OwnParameter(value, method) is { } own)
        {
            uses.Used.Add(own);
        }
    }

    /// <summary>
    /// The parameter of <paramref name="method"/> whose text <paramref name="value"/> is: the parameter, an element of it
    /// (<c>foreach (var r in to)</c>, <c>to.Select(a =&gt; new MailboxAddress(a))</c>), an array of it (<c>new[] { to }</c>) or
    /// its items joined (<c>string.Join(",", to)</c>); null for anything else.
    /// </summary>
    protected static IParameterSymbol? OwnParameter(IOperation value, IMethodSymbol method)
    {
        var current = value;
        for (var step = 0; step < MaxSteps; step++)
        {
            switch (OperationShapes.Unconverted(current))
            {
                case IParameterReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Parameter.ContainingSymbol.OriginalDefinition, method):
                    return reference.Parameter.OriginalDefinition;
                case IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } } item
                    when SequenceOfLambda(item) is { } sequence:
                    current = sequence;
                    break;
                case ILocalReferenceOperation { Local: var local } reference when LoopCollection(local, reference) is { } collection:
                    current = collection;
                    break;
                case IArrayCreationOperation { Initializer.ElementValues: { Length: 1 } elements }:
                    current = elements[0];
                    break;
                case IInvocationOperation { TargetMethod: { Name: "Join", ContainingType.SpecialType: SpecialType.System_String }, Arguments: { Length: 2 } joined }:
                    current = joined[1].Value;
                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>The collection a <c>foreach</c> variable walks, or null when the local is not one.</summary>
    private static IOperation? LoopCollection(ILocalSymbol local, IOperation reference)
    {
        for (var parent = reference.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation { Symbol: var element } } loop
                && SymbolEqualityComparer.Default.Equals(element, local))
            {
                return loop.Collection;
            }
        }

        return null;
    }

    /// <summary>
    /// The sequence a lambda's item comes from: the receiver, or the other argument, of the call the lambda is handed to
    /// (<c>to.Select(a =&gt; …)</c>, <c>to.ForEach(a =&gt; …)</c>).
    /// </summary>
    private static IOperation? SequenceOfLambda(IParameterReferenceOperation item)
    {
        IOperation? node = item;
        while (node is not null and not IAnonymousFunctionOperation)
        {
            node = node.Parent;
        }

        return node is null ? null : SequenceHandedTo(node);
    }

    /// <summary>
    /// The sequence whose items a lambda or method group (<c>to.Select(MailboxAddress.Parse)</c>) is given: the receiver, or
    /// the other argument that is a sequence, of the call it is handed to; null when it is not handed to a call.
    /// </summary>
    protected static IOperation? SequenceHandedTo(IOperation function)
    {
        if (function.Parent is not IDelegateCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation call } handed })
        {
            return null;
        }

        if (call.Instance is { } receiver)
        {
            return receiver;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument != handed && argument.Value.Type is { } type && PersonalDataClassifier.ElementType(type) is not null)
            {
                return argument.Value;
            }
        }

        return null;
    }
}
