using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// A controller action bound to a state-changing HTTP method (DG1008): <c>[HttpPost("{id}/take-ownership")]</c>,
/// <c>[HttpPut("{id}/quick-complete")]</c>, <c>[HttpDelete("{id}")]</c>. When it hands its own route key or request body to
/// another project's service and answers with the one row that service returns (<c>TakeOwnershipAsync(id)</c>), the service
/// changed that row and echoes it to the user changing it — the look-up that showed the row is a <c>GET</c> of its own. A
/// write action answering with rows in a collection or a page (a <c>POST</c> search) still reads them.
/// </summary>
internal static class WriteRequests
{
    private static readonly HashSet<string> WritingAttributes = new(System.StringComparer.Ordinal)
    {
        "HttpPostAttribute", "HttpPutAttribute", "HttpPatchAttribute", "HttpDeleteAttribute",
    };

    /// <summary>Type arguments followed into a wrapper (<c>Task&lt;ActionResult&lt;BaseResponse&lt;List&lt;T&gt;&gt;&gt;&gt;</c>) to find a collection.</summary>
    private const int MaxWrapperDepth = 4;

    /// <summary>True when <paramref name="call"/>, in <paramref name="action"/>, is a write action's command to another project.</summary>
    public static bool IsCommandOf(IOperation call, IMethodSymbol? action)
        => action is not null && call is IInvocationOperation invocation && IsWriteAction(action) && IsOtherProjects(invocation)
           && HandsOwnParameter(invocation, action) && !HoldsRows(invocation.TargetMethod.ReturnType, 0);

    /// <summary>A method of another project of the solution (unsigned, not this compilation's): a service whose body the build cannot see.</summary>
    private static bool IsOtherProjects(IInvocationOperation call)
        => call.TargetMethod.ContainingAssembly is { Identity.HasPublicKey: false } assembly
           && !SymbolEqualityComparer.Default.Equals(assembly, call.SemanticModel?.Compilation.Assembly);

    private static bool IsWriteAction(IMethodSymbol method)
        => method.GetAttributes().Any(a => a.AttributeClass is { } attribute && WritingAttributes.Contains(attribute.Name));

    /// <summary>
    /// <c>TakeOwnershipAsync(id)</c>, <c>AdministerAsync(id, request)</c>: an argument is one of the action's parameters, or a
    /// request built from them (<c>_orderCreator.Run(new() { QuoteId = quote.Id, Nonce = order.Nonce })</c>, round 33's shop),
    /// also in a local first (<c>var upload = new UploadFileDto { EmployeeId = request.EmployeeId, … }; UploadFileAsync(upload)</c>).
    /// </summary>
    private static bool HandsOwnParameter(IInvocationOperation call, IMethodSymbol action)
        => call.Arguments.Any(a => OperationShapes.VariableOf(a.Value) is IParameterSymbol p && SymbolEqualityComparer.Default.Equals(p.ContainingSymbol, action)
                                   || BuiltFromParameters(OperationShapes.Unconverted(a.Value), action)
                                   || OperationShapes.Unconverted(a.Value) is ILocalReferenceOperation local && BuiltFromParameters(Initializer(call, local.Local), action));

    private static bool BuiltFromParameters(IOperation? value, IMethodSymbol action)
        => value is IObjectCreationOperation { Initializer: { } fields }
           && fields.Descendants().OfType<IParameterReferenceOperation>().Any(r => SymbolEqualityComparer.Default.Equals(r.Parameter.ContainingSymbol, action));

    /// <summary>The value <paramref name="local"/> is declared with in the body around <paramref name="call"/>.</summary>
    private static IOperation? Initializer(IOperation call, ILocalSymbol local)
    {
        var root = call;
        while (root.Parent is not null) root = root.Parent;
        return root.Descendants().OfType<IVariableDeclaratorOperation>()
            .FirstOrDefault(d => SymbolEqualityComparer.Default.Equals(d.Symbol, local))?.Initializer?.Value is { } value ? OperationShapes.Unconverted(value) : null;
    }

    /// <summary>A collection or a page anywhere in the answer or the type arguments of its wrappers.</summary>
    private static bool HoldsRows(ITypeSymbol type, int depth)
    {
        if (depth > MaxWrapperDepth) return true;
        if (type.SpecialType == SpecialType.System_String) return false;
        if (PersonalDataClassifier.ElementType(type) is not null || PagedRows.RowsOf(type).Count > 0) return true;
        return type is INamedTypeSymbol { IsGenericType: true } generic && generic.TypeArguments.Any(t => HoldsRows(t, depth + 1));
    }
}
