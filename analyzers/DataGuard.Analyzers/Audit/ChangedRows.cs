using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Reads that load a row to change it (DG1008). An edit or delete command reads the row it is about to overwrite, and what it
/// answers with — the row echoed back, a confirmation naming it — goes to the user who is changing it; the look-up that showed
/// the row for editing is a read of its own, judged there. The path changes the row when it hands the row, or the key it was
/// read by, to a call that deletes or overwrites (<c>Remove(row)</c>, <c>DeleteAsync(request.Id)</c>, <c>UpdateAsync(row)</c>),
/// or sets the row's columns or calls its own commands (a method of the program's that answers nothing) and saves
/// (<c>SaveChangesAsync</c>, <c>CommitAsync</c>). The program's helpers the row is handed to are followed one level.
/// </summary>
internal sealed class ChangedRows
{
    /// <summary>First words of the calls that delete or overwrite what they are given: <c>Remove</c>, <c>DeleteAsync</c>, <c>UpdateGuest</c>.</summary>
    public static readonly HashSet<string> OverwritingVerbs = new(StringComparer.Ordinal) { "remove", "delete", "update" };

    /// <summary>First words of the calls that write a unit of work's changes: <c>SaveChangesAsync</c>, <c>CommitAsync</c>.</summary>
    private static readonly HashSet<string> SavingVerbs = new(StringComparer.Ordinal) { "save", "commit" };

    private readonly SourceBodies _bodies;

    public ChangedRows(SourceBodies bodies) => _bodies = bodies;

    /// <summary>True when the operations of <paramref name="scope"/> delete, overwrite or change and save the row <paramref name="read"/> brings back.</summary>
    public bool Changes(IOperation read, IReadOnlyList<IOperation> scope)
    {
        var row = Holder(read);
        var keys = Keys(read);
        if (row is null && keys.Count == 0) return false;

        var changed = false;
        var saved = false;
        foreach (var operation in scope)
        {
            if (operation is IInvocationOperation call)
            {
                if (IsSave(call.TargetMethod)) saved = true;
                if (Overwrites(call, row, keys)) return true;
                if (row is not null && (IsOwnCommand(call, row) || HandsToChangingHelper(call, row, ref saved))) changed = true;
            }
            else if (row is not null && SetsColumnOf(operation, row))
            {
                changed = true;
            }
        }

        return changed && saved;
    }

    /// <summary>The local the rows are kept in: <c>var row = await read ?? throw …;</c>, <c>row = read;</c>.</summary>
    private static ISymbol? Holder(IOperation read)
    {
        var value = OperationShapes.Outermost(read);
        while (value.Parent is ICoalesceOperation coalesce && coalesce.Value == value) value = OperationShapes.Outermost(coalesce);
        return value.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == value => target.Local,
            _ => null,
        };
    }

    /// <summary>
    /// The values a read selects its row by, as written: its arguments (<c>GetByIdAsync(request.Id)</c>) and the compared
    /// values of its filters (<c>m =&gt; m.Id == id</c>) — references to variables and their members, not constants.
    /// </summary>
    private static HashSet<string> Keys(IOperation read)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (read is not IInvocationOperation call) return keys;
        foreach (var argument in call.Arguments)
        {
            var value = OperationShapes.Unconverted(argument.Value);
            if (value is IDelegateCreationOperation or IAnonymousFunctionOperation)
            {
                foreach (var comparison in value.Descendants().OfType<IBinaryOperation>().Where(b => b.OperatorKind == BinaryOperatorKind.Equals))
                {
                    AddKey(keys, comparison.LeftOperand);
                    AddKey(keys, comparison.RightOperand);
                }
            }
            else if (argument.Parameter?.Ordinal > 0 || !call.TargetMethod.IsExtensionMethod)
            {
                AddKey(keys, value);
            }
        }

        return keys;
    }

    /// <summary>A key is a variable or a member of one; a value read through the lambda's own row (<c>m.Id</c>) is the column, not the key.</summary>
    private static void AddKey(HashSet<string> keys, IOperation value)
    {
        value = OperationShapes.Unconverted(value);
        if (value.Type?.Name == "CancellationToken" || !IsVariablePath(value)) return;
        if (value.DescendantsAndSelf().OfType<IParameterReferenceOperation>().Any(p => p.Parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction })) return;
        keys.Add(value.Syntax.ToString());
    }

    private static bool IsVariablePath(IOperation value) => value switch
    {
        ILocalReferenceOperation or IParameterReferenceOperation => true,
        IMemberReferenceOperation { Instance: { } instance } => IsVariablePath(OperationShapes.Unconverted(instance)),
        _ => false,
    };

    /// <summary><c>Remove(row)</c>, <c>DeleteAsync(request.Id, …)</c>: a deleting or overwriting call handed the row or its key.</summary>
    private static bool Overwrites(IInvocationOperation call, ISymbol? row, HashSet<string> keys)
        => MethodVerbs.FirstWordIn(call.TargetMethod, OverwritingVerbs)
           && call.Arguments.Any(a => Refers(a.Value, row) || keys.Contains(OperationShapes.Unconverted(a.Value).Syntax.ToString()));

    /// <summary><c>doctor.Suspend()</c>: a method of the program's own on the row that answers nothing.</summary>
    private static bool IsOwnCommand(IInvocationOperation call, ISymbol row)
        => call.Instance is { } instance && Refers(instance, row) && AnswersNothing(call.TargetMethod)
           && call.TargetMethod.Locations.Any(l => l.IsInSource);

    /// <summary><c>row.Email = request.Email</c>, <c>row.Address.City = …</c>.</summary>
    private static bool SetsColumnOf(IOperation operation, ISymbol row)
    {
        if (operation is not IAssignmentOperation { Target: IMemberReferenceOperation target }) return false;
        for (IOperation? instance = target.Instance; instance is not null; instance = (OperationShapes.Unconverted(instance) as IMemberReferenceOperation)?.Instance)
        {
            if (Refers(instance, row)) return true;
        }

        return false;
    }

    /// <summary>The row handed to the program's own helper that changes it (<c>await ApplyAsync(request, row)</c>); its saves count too.</summary>
    private bool HandsToChangingHelper(IInvocationOperation call, ISymbol row, ref bool saved)
    {
        var argument = call.Arguments.FirstOrDefault(a => Refers(a.Value, row) && a.Parameter is not null);
        if (argument is null || _bodies.Body(call.TargetMethod.OriginalDefinition) is not { } body) return false;

        var parameter = call.TargetMethod.OriginalDefinition.Parameters[argument.Parameter!.Ordinal];
        var inside = body.DescendantsAndSelf().ToList();
        if (inside.OfType<IInvocationOperation>().Any(c => IsSave(c.TargetMethod))) saved = true;
        return inside.Any(o => o is IInvocationOperation c ? IsOwnCommand(c, parameter) : SetsColumnOf(o, parameter));
    }

    private static bool Refers(IOperation value, ISymbol? symbol)
        => symbol is not null && SymbolEqualityComparer.Default.Equals(OperationShapes.VariableOf(value), symbol);

    private static bool IsSave(IMethodSymbol method) => MethodVerbs.FirstWordIn(method, SavingVerbs);

    /// <summary>Nothing, or a task of nothing.</summary>
    private static bool AnswersNothing(IMethodSymbol method)
        => method.ReturnsVoid || method.ReturnType is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 0 };
}
