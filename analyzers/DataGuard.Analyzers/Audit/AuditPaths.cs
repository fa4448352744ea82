using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Splits a method body into the paths DG1008 checks one by one: the method itself, and each lambda handed to an
/// endpoint-routing <c>Map*</c> call (a minimal-API handler is a request of its own, even inside <c>Program</c>).
/// </summary>
internal sealed class AuditPaths
{
    private AuditPaths(string? name, ImmutableArray<IOperation> roots, IReadOnlyList<IOperation> operations)
    {
        Name = name;
        Roots = roots;
        Operations = operations;
    }

    /// <summary>How the path is named in the diagnostic; null for the method itself.</summary>
    public string? Name { get; }

    /// <summary>The operations to search for audit calls.</summary>
    public ImmutableArray<IOperation> Roots { get; }

    /// <summary>Every operation on the path, handlers excluded from their enclosing method.</summary>
    public IReadOnlyList<IOperation> Operations { get; }

    public static IEnumerable<AuditPaths> Of(ImmutableArray<IOperation> blocks)
    {
        // One pass over the body: most methods map no handler, and for them the path is every operation as found (three
        // walks of the body and a set of them were 5 % of DataGuard's CPU on a 94k-line MediatR application).
        var operations = new List<IOperation>();
        List<IAnonymousFunctionOperation>? handlers = null;
        foreach (var block in blocks)
        {
            foreach (var operation in block.DescendantsAndSelf())
            {
                operations.Add(operation);
                if (operation is IAnonymousFunctionOperation lambda && !ReferenceEquals(operation, block) && IsEndpointHandler(lambda))
                {
                    (handlers ??= new List<IAnonymousFunctionOperation>()).Add(lambda);
                }
            }
        }

        if (handlers is null)
        {
            yield return new AuditPaths(null, blocks, operations);
            yield break;
        }

        var inHandlers = new HashSet<IOperation>(handlers.SelectMany(h => h.Descendants()));
        yield return new AuditPaths(null, blocks.Where(b => !inHandlers.Contains(b)).ToImmutableArray(), operations.Where(o => !inHandlers.Contains(o)).ToList());
        foreach (var handler in handlers)
        {
            yield return new AuditPaths(HandlerName(handler), ImmutableArray.Create<IOperation>(handler.Body), handler.Body.DescendantsAndSelf().ToList());
        }
    }

    private static bool IsEndpointHandler(IAnonymousFunctionOperation lambda) =>
        EndpointCall(lambda) is { TargetMethod.Name: var name } && name.StartsWith("Map", System.StringComparison.Ordinal);

    private static IInvocationOperation? EndpointCall(IOperation lambda)
    {
        var parent = lambda.Parent;
        while (parent is IDelegateCreationOperation or IConversionOperation or IArgumentOperation) parent = parent.Parent;
        return parent as IInvocationOperation;
    }

    private static string HandlerName(IAnonymousFunctionOperation handler)
    {
        var call = EndpointCall(handler)!;
        var route = call.Arguments.FirstOrDefault(a => a.Value.ConstantValue is { HasValue: true, Value: string })?.Value.ConstantValue.Value as string;
        return call.TargetMethod.Name + (route is null ? string.Empty : " " + route);
    }
}
