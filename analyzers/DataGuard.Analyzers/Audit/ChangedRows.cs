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
/// A create command reads the rows it attaches the new one to (a car's owner, the session a payment settles): the path
/// changes them too when it adds and saves a new row built from them (<c>Add(Car.TryCreate(plate, customer).Value)</c>).
/// </summary>
internal sealed class ChangedRows
{
    /// <summary>First words of the calls that delete or overwrite what they are given: <c>Remove</c>, <c>DeleteAsync</c>, <c>UpdateGuest</c>.</summary>
    public static readonly HashSet<string> OverwritingVerbs = new(StringComparer.Ordinal) { "remove", "delete", "update" };

    /// <summary>First words of the calls that write a unit of work's changes: <c>SaveChangesAsync</c>, <c>CommitAsync</c>.</summary>
    public static readonly HashSet<string> SavingVerbs = new(StringComparer.Ordinal) { "save", "commit" };

    private readonly SourceBodies _bodies;

    public ChangedRows(SourceBodies bodies) => _bodies = bodies;

    /// <summary>True when the operations of <paramref name="scope"/> delete, overwrite or change and save the row <paramref name="read"/> brings back.</summary>
    public bool Changes(IOperation read, IReadOnlyList<IOperation> scope)
    {
        var rows = Rows(read, scope);
        var keys = Keys(read);
        if (rows.Count == 0 && keys.Count == 0) return false;
        if (ReadsBackStored(read, keys, scope)) return true;

        var built = BuiltFrom(rows, scope);
        var changed = false;
        var attached = false;
        var saved = SavedByRunner(read);
        foreach (var operation in scope)
        {
            if (operation is IInvocationOperation call)
            {
                if (IsSave(call.TargetMethod)) saved = true;
                if (Overwrites(call, rows, keys)) return true;
                if (IsOwnCommand(call, rows) || HandsToChangingHelper(call, rows, ref saved)) changed = true;
                else if (AddsRowBuiltFrom(call, rows, built)) attached = true;
            }
            else if (SetsColumnOf(operation, rows) || SetsEntryOf(operation, rows))
            {
                changed = true;
            }
        }

        // A create command answers with what it wrote; a method that also answers with the rows it read shows them.
        return saved && (changed || attached && !ReturnsRows(rows, built, scope));
    }

    /// <summary>
    /// <c>_db.Employees.Add(employee); await _db.SaveChangesAsync(); return await _db.Employees.Include(…).FirstOrDefaultAsync(e =&gt;
    /// e.Id == employee.Id);</c> (round 33's HR back end, shop and clinic): every key the read selects by is a member of a value the
    /// path stored before it — the new row read back, by the user who has just written it.
    /// </summary>
    private static bool ReadsBackStored(IOperation read, HashSet<string> keys, IReadOnlyList<IOperation> scope)
    {
        if (keys.Count == 0) return false;
        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var call in scope.OfType<IInvocationOperation>().Where(c => c.Syntax.SpanStart < read.Syntax.SpanStart && StoredRows.Stores(c)))
        {
            foreach (var argument in StoredRows.StoredArguments(call))
            {
                if (OperationShapes.VariableOf(argument.Value) is { } variable) stored.Add(variable.Name + ".");
            }
        }

        return stored.Count > 0 && keys.All(key => stored.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)));
    }

    /// <summary>
    /// <c>return Ok(patients)</c>, <c>return new { member.FullName }</c>, <c>summaries.Add(new Summary { Name = row.Name }); …
    /// return summaries;</c>: the method's own answer holds a row read, or a list the rows were put into.
    /// </summary>
    private static bool ReturnsRows(HashSet<ISymbol> rows, HashSet<ISymbol> built, IReadOnlyList<IOperation> scope)
    {
        var shown = new HashSet<ISymbol>(rows, SymbolEqualityComparer.Default);
        foreach (var call in scope.OfType<IInvocationOperation>())
        {
            if (StoredRows.Collects(call) && OperationShapes.VariableOf(call.Instance) is { } list
                && call.Arguments.Any(a => MadeFrom(OperationShapes.Unconverted(a.Value), rows, built) || Refers(a.Value, rows))) shown.Add(list);
        }

        return scope.OfType<IReturnOperation>().Any(r => r.ReturnedValue is { } value && OperationShapes.ReturnsFromMethod(r)
            && value.DescendantsAndSelf().Any(o => OperationShapes.VariableOf(o) is { } variable && shown.Contains(variable)));
    }

    /// <summary>
    /// The locals the rows are kept in: <c>var row = await read ?? throw …;</c>, <c>row = read;</c>, the variable of a
    /// <c>foreach</c> over the read, and of a <c>foreach</c> over the local that keeps a list read.
    /// </summary>
    private static HashSet<ISymbol> Rows(IOperation read, IReadOnlyList<IOperation> scope)
    {
        var rows = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        if (read is IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation row }) rows.Add(row.Symbol);
        else if (Holder(read) is { } holder) rows.Add(holder);

        foreach (var loop in scope.OfType<IForEachLoopOperation>().ToList())
        {
            if (loop.LoopControlVariable is IVariableDeclaratorOperation each && Refers(loop.Collection, rows)) rows.Add(each.Symbol);
        }

        return rows;
    }

    /// <summary>The local a read's value is kept in, through <c>await</c> and <c>?? throw</c>.</summary>
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
    private static bool Overwrites(IInvocationOperation call, HashSet<ISymbol> rows, HashSet<string> keys)
        => MethodVerbs.FirstWordIn(call.TargetMethod, OverwritingVerbs)
           && call.Arguments.Any(a => Refers(a.Value, rows) || keys.Contains(OperationShapes.Unconverted(a.Value).Syntax.ToString()));

    /// <summary>
    /// The locals whose value is made from the rows (<c>var car = Car.TryCreate(plate, customer)</c>, <c>var row = car.Value</c>),
    /// in the order the path assigns them: one pass, as a local is assigned before it is read.
    /// </summary>
    private static HashSet<ISymbol> BuiltFrom(HashSet<ISymbol> rows, IReadOnlyList<IOperation> scope)
    {
        var built = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        if (rows.Count == 0) return built;
        foreach (var operation in scope)
        {
            var (local, value) = operation switch
            {
                IVariableDeclaratorOperation { Initializer.Value: { } initial } declarator => (declarator.Symbol, initial),
                ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment => ((ISymbol)target.Local, assignment.Value),
                _ => (null, null),
            };
            if (local is not null && value is not null && !rows.Contains(local) && MadeFrom(value, rows, built)) built.Add(local);
        }

        return built;
    }

    /// <summary>A creation or call that is handed a row, or a value made from one (not the row itself, which is no new row).</summary>
    private static bool MadeFrom(IOperation value, HashSet<ISymbol> rows, HashSet<ISymbol> built)
        => OperationShapes.VariableOf(value) is { } variable
            ? built.Contains(variable)
            : value.Descendants().Any(o => OperationShapes.VariableOf(o) is { } part && (rows.Contains(part) || built.Contains(part)));

    /// <summary><c>_db.Cars.Add(car)</c>, <c>AddAsync(new Payment(session))</c>, <c>SaveAsync(report)</c>: a new row made from the rows is stored.</summary>
    private static bool AddsRowBuiltFrom(IInvocationOperation call, HashSet<ISymbol> rows, HashSet<ISymbol> built)
        => StoredRows.Stores(call) && StoredRows.StoredArguments(call).Any(a => MadeFrom(OperationShapes.Unconverted(a.Value), rows, built));

    /// <summary><c>doctor.Suspend()</c>: a method of the program's own on the row that answers nothing.</summary>
    private static bool IsOwnCommand(IInvocationOperation call, HashSet<ISymbol> rows)
        => call.Instance is { } instance && Refers(instance, rows) && AnswersNothing(call.TargetMethod)
           && call.TargetMethod.Locations.Any(l => l.IsInSource);

    /// <summary><c>row.Email = request.Email</c>, <c>row.Address.City = …</c>.</summary>
    private static bool SetsColumnOf(IOperation operation, HashSet<ISymbol> rows)
    {
        if (operation is not IAssignmentOperation { Target: IMemberReferenceOperation target }) return false;
        for (IOperation? instance = target.Instance; instance is not null; instance = (OperationShapes.Unconverted(instance) as IMemberReferenceOperation)?.Instance)
        {
            if (Refers(instance, rows)) return true;
        }

        return false;
    }

    /// <summary>
    /// <c>_db.Entry(existing).CurrentValues.SetValues(edited)</c>, <c>_db.Entry(row).State = EntityState.Modified</c> (round 33's
    /// property manager): the row overwritten through its change-tracking entry, as setting its columns one by one does.
    /// </summary>
    private static bool SetsEntryOf(IOperation operation, HashSet<ISymbol> rows)
    {
        var entry = operation switch
        {
            IInvocationOperation { TargetMethod.Name: "SetValues", Instance: IPropertyReferenceOperation { Instance: { } values } } => values,
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "State", Instance: { } tracked } } => tracked,
            _ => null,
        };
        return entry is IInvocationOperation { TargetMethod.Name: "Entry" } call && call.Arguments.Any(a => Refers(a.Value, rows));
    }

    /// <summary>
    /// <c>return await ExecuteWorkflowAsync(async () =&gt; { var offer = …; offer.Status = "Expired"; return Ok(); });</c> (round 33's
    /// property manager): the read sits in a delegate handed to the program's own runner, whose body saves after running it (a
    /// transaction's <c>SaveChangesAsync</c> and <c>CommitAsync</c>).
    /// </summary>
    private bool SavedByRunner(IOperation read)
    {
        var function = read.Parent;
        while (function is not null and not IAnonymousFunctionOperation) function = function.Parent;
        var holder = function?.Parent;
        while (holder is IDelegateCreationOperation or IConversionOperation) holder = holder.Parent;
        return holder is IArgumentOperation { Parent: IInvocationOperation runner }
               && _bodies.Body(runner.TargetMethod.OriginalDefinition) is { } body
               && body.Descendants().OfType<IInvocationOperation>().Any(c => IsSave(c.TargetMethod));
    }

    /// <summary>The row handed to the program's own helper that changes it (<c>await ApplyAsync(request, row)</c>); its saves count too.</summary>
    private bool HandsToChangingHelper(IInvocationOperation call, HashSet<ISymbol> rows, ref bool saved)
    {
        var argument = call.Arguments.FirstOrDefault(a => Refers(a.Value, rows) && a.Parameter is not null);
        if (argument is null || _bodies.Body(call.TargetMethod.OriginalDefinition) is not { } body) return false;

        var parameter = new HashSet<ISymbol>(SymbolEqualityComparer.Default) { call.TargetMethod.OriginalDefinition.Parameters[argument.Parameter!.Ordinal] };
        var inside = body.DescendantsAndSelf().ToList();
        if (inside.OfType<IInvocationOperation>().Any(c => IsSave(c.TargetMethod))) saved = true;
        return inside.Any(o => o is IInvocationOperation c ? IsOwnCommand(c, parameter) : SetsColumnOf(o, parameter));
    }

    private static bool Refers(IOperation value, HashSet<ISymbol> symbols)
        => OperationShapes.VariableOf(value) is { } variable && symbols.Contains(variable);

    private static bool IsSave(IMethodSymbol method) => MethodVerbs.FirstWordIn(method, SavingVerbs);

    /// <summary>Nothing, or a task of nothing.</summary>
    private static bool AnswersNothing(IMethodSymbol method)
        => method.ReturnsVoid || method.ReturnType is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 0 };
}
