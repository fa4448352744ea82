using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sinks;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Whether the rows a read brings back reach anyone. Many reads take no person's data out of the database: a duplicate
/// check compares the row with <c>null</c>; a delete reads the row to hand it to <c>Remove</c>; an edit reads it to
/// overwrite its columns and save; a count reads a department to ask for <c>Employees.Count</c>. DG1008 does not count
/// such a read as a look-up. The rows reach someone as soon as any use is something else — a personal column read, the
/// row passed to a view, a mapper, a serializer — and a row the method returns is judged by what every caller in the
/// compilation does with it (up to <see cref="WalkKind.Callers"/> levels; a method with no caller in source returns it to
/// someone unknown, so it is disclosed).
/// </summary>
internal sealed class DisclosedReads
{
    /// <summary>
    /// Hops from a value to the locals, loop variables and members it flows into (<c>rows → row → row.Groups</c>). Ten: a list's
    /// row, its column and the new row it is set in (<c>rows → row → row.Name → new Visit { … } → Add</c>) are five; a conflict
    /// check's row, its start, the end computed from it and the buffered end compared (round 34's scheduling) nine.
    /// </summary>
    private const int MaxHops = 10;

    /// <summary>First words of the calls that change a collection of the row itself: <c>teacher.Subjects.Clear()</c>.</summary>
    private static readonly HashSet<string> ChangingVerbs = new(StringComparer.Ordinal) { "clear", "add", "remove" };

    /// <summary>
    /// LINQ and EF Core operators whose answer is a number or a yes/no, never a row: an existence check (<c>AnyAsync</c> on a
    /// repository's query), a count, a total, an average, the highest or lowest of a column over many rows (the next round's number).
    /// </summary>
    private static readonly HashSet<string> Aggregates = new(StringComparer.Ordinal)
    {
        "Count", "LongCount", "Any", "All", "Contains", "Sum", "Average", "Max", "Min",
        "CountAsync", "LongCountAsync", "AnyAsync", "AllAsync", "ContainsAsync", "SumAsync", "AverageAsync", "MaxAsync", "MinAsync",
    };

    /// <summary>
    /// LINQ operators that hand on the same rows, their groups or what is selected from them (an answer that holds no person is
    /// hidden before this is asked): what they return is judged by its own uses — the rows grouped by status and counted (round
    /// 34's counts).
    /// </summary>
    private static readonly HashSet<string> PassThrough = new(StringComparer.Ordinal)
    {
        "ToList", "ToArray", "AsEnumerable", "ToHashSet", "Where", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Skip", "Take", "Distinct",
        "ToListAsync", "ToArrayAsync", "AsNoTracking", "GroupBy", "Select", "SelectMany", "Reverse",
    };

    /// <summary>
    /// LINQ operators that pick one of the rows: the row picked is judged by its uses (the pending interview compared with
    /// <c>null</c>, round 34's checks before a write) — unless the pick tests a personal column (<c>FirstOrDefault(r =&gt;
    /// r.FullName == name)</c>), which finds a person by what the request names of them.
    /// </summary>
    private static readonly HashSet<string> Picks = new(StringComparer.Ordinal)
    {
        "First", "FirstOrDefault", "Single", "SingleOrDefault", "Last", "LastOrDefault",
        "FirstAsync", "FirstOrDefaultAsync", "SingleAsync", "SingleOrDefaultAsync", "LastAsync", "LastOrDefaultAsync",
    };

    private readonly PersonalDataClassifier _classifier;
    private readonly SourceBodies _bodies;
    private readonly CallSites _sites;
    private readonly SinkCatalog _sinks;
    private readonly ChangedRows _changed;

    public DisclosedReads(PersonalDataClassifier classifier, SourceBodies bodies, CallSites sites, SinkCatalog sinks)
    {
        _classifier = classifier;
        _bodies = bodies;
        _sites = sites;
        _sinks = sinks;
        _changed = new ChangedRows(bodies);
    }

    private enum Reach
    {
        /// <summary>Only tested, counted, overwritten or deleted.</summary>
        Hidden,

        /// <summary>Returned to the method's callers, and otherwise hidden.</summary>
        Returned,

        /// <summary>Some use hands a personal value on.</summary>
        Disclosed,
    }

    /// <summary>
    /// True when the rows of <paramref name="read"/> reach someone: on <paramref name="path"/> (the operations of the method,
    /// or of a handler lambda when <paramref name="method"/> is null), or through the callers of the method that returns them.
    /// </summary>
    public bool Discloses(IOperation read, IReadOnlyList<IOperation> path, IMethodSymbol? method)
    {
        if (_changed.Changes(read, path)) return false;
        var scope = new Scope(path, method is not null && AnswersWithNoRecord(method), read);
        var reach = read is IForEachLoopOperation loop ? LoopReach(loop, scope, 0) : ValueReach(read, scope, 0);
        return reach switch
        {
            Reach.Hidden => false,
            Reach.Returned => method is null || !(_sites.Of(method) is { Count: > 0 } ? CallersHide(method) : NamesCheck(method)),
            _ => true,
        };
    }

    /// <summary>True when <paramref name="method"/> has callers in source and none of them lets the returned rows reach anyone.</summary>
    private bool CallersHide(IMethodSymbol method)
    {
        using var walk = BoundedWalk.Enter(WalkKind.Callers, method.OriginalDefinition);
        if (!walk.Entered || _sites.Of(method) is not { Count: > 0 } sites) return false;

        return sites.All(site => _bodies.Body(site.Caller) is { } body && body.DescendantsAndSelf().ToList() is var operations
            && (_changed.Changes(site.Call, operations) || ValueReach(site.Call, new Scope(operations, AnswersWithNoRecord(site.Caller)), 0) switch
            {
                Reach.Hidden => true,
                Reach.Returned => CallersHide(site.Caller),
                _ => false,
            }));
    }

    /// <summary>First words of methods whose rows answer a test: <c>CheckDuplicateUserName</c>, <c>ExistsByEmail</c>.</summary>
    private static readonly HashSet<string> CheckingVerbs = new(StringComparer.Ordinal) { "check", "exists", "is", "has" };

    /// <summary>
    /// A method nobody in this compilation calls (a repository whose controllers are another project) and that is named for
    /// a test — <c>CheckDuplicateUserName</c>, <c>CheckActiveProfile</c>, <c>IsEmailTaken</c>, a <c>…Duplicate…</c> look-up —
    /// returns rows its callers compare with <c>null</c> or count: the name is the only evidence left, and it says the row
    /// answers yes or no (round 11: six duplicate checks on a bank's repositories). <c>CheckIn</c>/<c>CheckOut</c> are actions.
    /// </summary>
    private static bool NamesCheck(IMethodSymbol method)
    {
        var words = IdentifierWords.Words(method.Name);
        if (words.Count == 0) return false;
        if (words.Contains("duplicate") || words.Contains("exists")) return true;
        return CheckingVerbs.Contains(words[0]) && !(words.Count > 1 && words[1] is "in" or "out");
    }

    private Reach ValueReach(IOperation value, Scope scope, int hops)
    {
        value = OperationShapes.Outermost(value);
        if (hops > MaxHops || value.Parent is not { } parent) return Reach.Disclosed;
        if (IsNullTest(parent) || parent is IExpressionStatementOperation) return Reach.Hidden;

        return parent switch
        {
            IReturnOperation @return => OperationShapes.ReturnsFromMethod(@return) ? Reach.Returned : Reach.Disclosed,
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => LocalReach(declarator.Symbol, scope, hops + 1),
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == value => LocalReach(target.Local, scope, hops + 1),
            IForEachLoopOperation loop when loop.Collection == value => LoopReach(loop, scope, hops + 1),
            IMemberReferenceOperation member when member.Instance == value => MemberReach(member, scope, hops),
            IConditionalAccessOperation access when access.Operation == value => ConditionalReach(access, scope, hops),
            IArgumentOperation { Parent: IInvocationOperation call } argument => ArgumentReach(call, argument, scope, hops),
            // A value set in a new object's initializer (`new Context { Email = user.Email }`) travels with the object, whose uses
            // decide; on a path that answers with no record, so does a constructor's argument.
            ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation created } } assignment
                when assignment.Value == value => ValueReach(created, scope, hops + 1),
            IArgumentOperation { Parent: IObjectCreationOperation created } when IssuedClaims.IsClaim(created) => Reach.Hidden,
            IArgumentOperation { Parent: IObjectCreationOperation created } when scope.AnswersWithNoRecord => ValueReach(created, scope, hops + 1),
            // Text built from the value (`$"{guest.FirstName} {guest.LastName}"`, `a + b`, `birthDate.ToString("yyyy-MM-dd")`) and
            // `row ?? throw …` carry it on.
            IInterpolationOperation { Parent: IInterpolatedStringOperation text } => ValueReach(text, scope, hops + 1),
            IInvocationOperation { TargetMethod.Name: nameof(ToString) } text when text.Instance == value => ValueReach(text, scope, hops + 1),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } text => ValueReach(text, scope, hops + 1),
            ICoalesceOperation coalesce when coalesce.Value == value => ValueReach(coalesce, scope, hops),
            // A comparison of a date or a number answers yes or no (`start < existingEnd`; text compared, a name equal to a
            // constant, says who); arithmetic on a date or a number (`now - row.ScheduledAt`) carries the value on.
            IBinaryOperation { Type.SpecialType: SpecialType.System_Boolean } when value.Type is { } compared && !OperationShapes.IsText(compared) => Reach.Hidden,
            IBinaryOperation { Type: { } result } arithmetic when IsQuantity(result) => ValueReach(arithmetic, scope, hops + 1),
            IInvocationOperation call when call.Instance == value => InstanceCallReach(call, value, scope, hops),
            _ => Reach.Disclosed,
        };
    }

    /// <summary>
    /// A call on the rows: <c>teacher.Subjects.Clear()</c> and LINQ answers change or count them. A call of one row's own method
    /// (<c>doctor.Suspend()</c>, <c>patient.UpdateEmergencyContact(contact)</c>, <c>patient.GetAge(day)</c>) that answers with
    /// nothing a person's data fits in (nothing, a task, a flag, a number) changes or tests the row — the command a row is loaded
    /// for — unless it sends or writes the row out or copies it into an object it is handed (<c>patient.CopyTo(view)</c>).
    /// A date's or a number's own method carries the value on.
    /// </summary>
    private Reach InstanceCallReach(IInvocationOperation call, IOperation row, Scope scope, int hops)
    {
        var method = call.TargetMethod;
        // A date's or a number's own method (`existingStart.AddMinutes(duration)`) answers a value computed from it, judged by its uses.
        if (row.Type is { } value && call.Type is { } answer && IsQuantity(value) && IsQuantity(answer)) return ValueReach(call, scope, hops + 1);
        if (MethodVerbs.FirstWordIn(method, ChangingVerbs) || Aggregates.Contains(method.Name)) return Reach.Hidden;
        if (row.Type is null || PersonalDataClassifier.ElementType(row.Type) is not null || call.Type is null || !HoldsNothing(call.Type)) return Reach.Disclosed;
        return IsNamedForSendingOrWriting(method.Name) || SendsOut(method) || WritesIntoArguments(method) ? Reach.Disclosed : Reach.Hidden;
    }

    /// <summary>A date, a time span or a number: a value, no text, holding no person.</summary>
    private bool IsQuantity(ITypeSymbol type)
        => type.IsValueType && type.TypeKind != TypeKind.Enum && type.SpecialType != SpecialType.System_Boolean && HoldsNoPerson(type);

    /// <summary>A method of the program whose body sets a member of one of its parameters (<c>view.Name = Name</c>): it copies into what it is handed.</summary>
    private bool WritesIntoArguments(IMethodSymbol method)
        => method.Parameters.Length > 0 && _bodies.Body(method.OriginalDefinition) is { } body
           && body.DescendantsAndSelf().OfType<IAssignmentOperation>().Any(a => a.Target is IMemberReferenceOperation { Instance: IParameterReferenceOperation });

    /// <summary>What the uses of a local do with the rows it holds; each use is judged on its own, the widest reach wins.</summary>
    private Reach LocalReach(ILocalSymbol local, Scope scope, int hops)
    {
        var reach = Reach.Hidden;
        foreach (var use in scope.Operations.OfType<ILocalReferenceOperation>())
        {
            if (!SymbolEqualityComparer.Default.Equals(use.Local, local) || IsAssignedTo(use)) continue;
            var next = ValueReach(use, scope, hops);
            if (next > reach) reach = next;
            if (reach == Reach.Disclosed) break;
        }

        return reach;
    }

    private Reach LoopReach(IForEachLoopOperation loop, Scope scope, int hops)
        => loop.LoopControlVariable is IVariableDeclaratorOperation row ? LocalReach(row.Symbol, scope, hops + 1) : Reach.Disclosed;

    /// <summary>
    /// A column written is overwritten, not read; a column that is a plain value reaches someone only when it is personal;
    /// a navigation to rows with no personal member (a student's subjects) holds nobody's data; any other navigation is
    /// followed (<c>department.Employees.Count</c>, <c>teacher.Subjects.Clear()</c>).
    /// </summary>
    private Reach MemberReach(IMemberReferenceOperation member, Scope scope, int hops)
    {
        if (member.Parent is IAssignmentOperation assignment && assignment.Target == member) return Reach.Hidden;
        if (member.Member is not (IPropertySymbol or IFieldSymbol) || member.Type is not { } type) return Reach.Disclosed;
        if (PersonalDataClassifier.IsPlainValue(type))
        {
            if (!_classifier.IsPersonal(member.Member) && (IsKeyOrState(member.Member, type) || IsCompared(member))) return Reach.Hidden;
            return scope.AnswersWithNoRecord || IsInitializerValue(member) || IssuedClaims.IsInsideClaim(member) ? ValueReach(member, scope, hops + 1) : Reach.Disclosed;
        }

        return HoldsNoPerson(type) ? Reach.Hidden : ValueReach(member, scope, hops + 1);
    }

    /// <summary><c>new Context { Email = user.Email }</c>: the column travels with the new object, whose uses decide.</summary>
    private static bool IsInitializerValue(IOperation column)
        => OperationShapes.Outermost(column).Parent is ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation } };

    /// <summary>
    /// A key, a code, a flag, a state or a number (<c>UserId</c>, <c>UserAreaCode</c>, <c>IsActive</c>, <c>Status</c>, <c>Employees.Count</c>) steers the
    /// code without showing the row; any other text or date (<c>Reason</c>, <c>Notes</c>, a doctor's <c>Name</c>) may be
    /// what the screen shows of the person, named personal or not.
    /// </summary>
    private static bool IsKeyOrState(ISymbol member, ITypeSymbol type)
    {
        var value = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;
        if (value.TypeKind == TypeKind.Enum) return true;
        if (value.SpecialType is SpecialType.System_Boolean or >= SpecialType.System_SByte and <= SpecialType.System_Double) return true;
        return value.Name == "Guid" || member.Name.EndsWith("Id", StringComparison.Ordinal) || member.Name.EndsWith("ID", StringComparison.Ordinal)
               || member.Name.EndsWith("Code", StringComparison.Ordinal)
               || IdentifierWords.Words(member.Name) is { Count: > 0 } words && StateWords.Contains(words[words.Count - 1]);
    }

    /// <summary>
    /// <c>creator?.Role?.RoleName != "Admin"</c>, <c>row.Kind is "a" or "b"</c>: a column compared with constants answers yes
    /// or no and hands nothing of the row on — the permission check that reads the acting user's own row before an action;
    /// so does a column ordered against any value (<c>offer.ExpiryDate &lt; DateTime.UtcNow</c>, round 34's expiry check).
    /// </summary>
    private static bool IsCompared(IOperation column)
    {
        var value = column;
        while (value.Parent is IConditionalAccessOperation access && access.WhenNotNull == value) value = access;
        value = OperationShapes.Outermost(value);
        return value.Parent switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } test
                => OperationShapes.Unconverted(test.LeftOperand == value ? test.RightOperand : test.LeftOperand).ConstantValue.HasValue,
            IIsPatternOperation test => !test.Pattern.DescendantsAndSelf().Any(p => p is IDeclarationPatternOperation or IRecursivePatternOperation),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual } => true,
            _ => false,
        };
    }

    /// <summary>Last words of text columns that hold a state, not a description: <c>Status</c>, <c>RequestState</c>, <c>Role</c>.</summary>
    private static readonly HashSet<string> StateWords = new(StringComparer.Ordinal) { "status", "state", "role", "kind" };

    /// <summary>
    /// <c>row?.Column</c>: the member read on the row once it is known not to be null; <c>birthDate?.ToString("yyyy-MM-dd")</c>:
    /// the value's text, which carries it on as the value would.
    /// </summary>
    private Reach ConditionalReach(IConditionalAccessOperation access, Scope scope, int hops)
    {
        if (access.WhenNotNull is IInvocationOperation { TargetMethod.Name: nameof(ToString), Instance: IConditionalAccessInstanceOperation }) return ValueReach(access, scope, hops + 1);
        return access.WhenNotNull.DescendantsAndSelf().OfType<IMemberReferenceOperation>().FirstOrDefault(m => m.Instance is IConditionalAccessInstanceOperation) is { } member
            ? MemberReach(member, scope, hops)
            : Reach.Disclosed;
    }

    /// <summary>
    /// A row handed to a call: deleted or overwritten (<c>Remove</c>, <c>UpdateGuest</c>), tested by a guard that throws
    /// (<c>ThrowIfNull(row, id)</c>), stored as (part of) a new row (<see cref="StoredRows"/>: <c>_db.Visits.Add(new Visit {
    /// Patient = patient })</c>), narrowed or counted by LINQ, or handed to the program's own method, which is followed
    /// into its body (up to <see cref="WalkKind.Summary"/> levels; what it returns is judged by its uses here). Any other call
    /// shows the rows to someone — except on a path that answers its caller with no record (a command handler's
    /// <c>Task ExecuteAsync</c>), where a call without a body here reaches the rows' reader only through its result, unless it
    /// is named for sending or writing them out (<c>SendAsync</c>, <c>PublishAsync</c>, <c>WriteAsJsonAsync</c>).
    /// </summary>
    private Reach ArgumentReach(IInvocationOperation call, IArgumentOperation argument, Scope scope, int hops)
    {
        var method = call.TargetMethod.ReducedFrom ?? call.TargetMethod;
        if (MethodVerbs.FirstWordIn(method, ChangedRows.OverwritingVerbs) || IsGuard(method) || IsSentToTheRowsPerson(call, method, scope)) return Reach.Hidden;
        if (IsLinq(call, argument)) return LinqReach(call, method, scope, hops);
        if (_bodies.Body(method.OriginalDefinition) is { } body && argument.Parameter is { } parameter) return BodyReach(call, method.OriginalDefinition, body, parameter.Ordinal, scope, hops);
        if (StoredRows.Stores(call) && StoredRows.StoredArguments(call).Contains(argument)) return Reach.Hidden;
        return scope.AnswersWithNoRecord && !IsNamedForSendingOrWriting(method.Name) && !SendsOut(method) ? ResultReach(call, scope, hops) : Reach.Disclosed;
    }

    /// <summary>
    /// A message sent (a call named for sending, or a mail or messaging sink, that answers with nothing) to the address of
    /// the very row read: what it carries goes back to that person (<see cref="SelfAddressedMessages"/>).
    /// </summary>
    private bool IsSentToTheRowsPerson(IInvocationOperation call, IMethodSymbol method, Scope scope)
        => scope.Read is { } read && (call.Type is null || HoldsNothing(call.Type))
           && (ForeignTransmitters.IsNamedForSending(method.Name) || _sinks.Match(method).Any(spec => spec.Kind is SinkKind.Mail or SinkKind.Messaging))
           && SelfAddressedMessages.AddressedToRow(call, read, scope.Operations);

    /// <summary>
    /// A call that hands what it is given out of the method whatever its name: a sink of the table that logs, transmits, mails,
    /// writes a file or prompts a generative-AI service (<c>LogInformation</c>, <c>GenerateEmbeddingAsync</c>), or another
    /// assembly's method whose metadata says it sends.
    /// </summary>
    private bool SendsOut(IMethodSymbol method)
    {
        foreach (var spec in _sinks.Match(method))
        {
            if (spec.Kind is SinkKind.Log or SinkKind.RequestUrl or SinkKind.Transmit or SinkKind.GenerativeAi or SinkKind.Messaging or SinkKind.Mail or SinkKind.File) return true;
        }

        return _sinks.IsForeignTransmitter(method);
    }

    private Reach LinqReach(IInvocationOperation call, IMethodSymbol method, Scope scope, int hops)
    {
        if (Aggregates.Contains(method.Name) || call.Type is { } result && !PersonalDataClassifier.IsPlainValue(result) && HoldsNoPerson(result)) return Reach.Hidden;
        return PassThrough.Contains(method.Name) || Picks.Contains(method.Name) && !TestsPersonalColumn(call) ? ValueReach(call, scope, hops + 1) : Reach.Disclosed;
    }

    /// <summary>A LINQ call whose lambda reads a personal column (<c>r =&gt; r.FullName.Equals(name)</c>).</summary>
    private bool TestsPersonalColumn(IInvocationOperation call)
        => call.Arguments.Skip(1).Any(argument => argument.Value.DescendantsAndSelf().OfType<IMemberReferenceOperation>().Any(m => _classifier.IsPersonal(m.Member)));

    private static bool IsLinq(IInvocationOperation call, IArgumentOperation argument)
    {
        var method = call.TargetMethod.ReducedFrom ?? call.TargetMethod;
        return method.IsExtensionMethod && call.Arguments.Length > 0 && call.Arguments[0] == argument
               && method.ContainingType is { } type && PersonalRecordReads.QueryableOperators.Contains(PersonalAttributes.MetadataName(type));
    }

    /// <summary><c>ThrowIfNull(row, id)</c>: a guard answers nothing and only decides whether to throw.</summary>
    private static bool IsGuard(IMethodSymbol method)
        => method.ReturnsVoid && method.Name.StartsWith("Throw", StringComparison.Ordinal);

    /// <summary>What the program's own method does with the rows handed to it as its parameter <paramref name="ordinal"/>.</summary>
    private Reach BodyReach(IInvocationOperation call, IMethodSymbol callee, IOperation body, int ordinal, Scope scope, int hops)
    {
        using var walk = BoundedWalk.Enter(WalkKind.Summary, callee);
        if (!walk.Entered) return Reach.Disclosed;
        var inside = ParameterReach(callee, ordinal, new Scope(body.DescendantsAndSelf().ToList(), AnswersWithNoRecord(callee)));
        return inside == Reach.Returned ? ValueReach(call, scope, hops + 1) : inside;
    }

    /// <summary>What a call makes of the rows it is given: nothing when its answer can hold no person's data (a task, a flag, a number, a record with no personal member).</summary>
    private Reach ResultReach(IInvocationOperation call, Scope scope, int hops)
        => call.Type is not { } type || HoldsNothing(type) ? Reach.Hidden : ValueReach(call, scope, hops + 1);

    /// <summary>What the uses of a method's parameter do with the rows it is handed; each use judged on its own, the widest reach wins.</summary>
    private Reach ParameterReach(IMethodSymbol callee, int ordinal, Scope scope)
    {
        var reach = Reach.Hidden;
        foreach (var use in scope.Operations.OfType<IParameterReferenceOperation>())
        {
            if (use.Parameter.Ordinal != ordinal || !SymbolEqualityComparer.Default.Equals(use.Parameter.ContainingSymbol.OriginalDefinition, callee)) continue;
            var next = ValueReach(use, scope, 0);
            if (next > reach) reach = next;
            if (reach == Reach.Disclosed) break;
        }

        return reach;
    }

    private static bool IsNamedForSendingOrWriting(string name)
        => ForeignTransmitters.IsNamedForSending(name) || name.StartsWith("Write", StringComparison.Ordinal) || name.StartsWith("Serialize", StringComparison.Ordinal);

    /// <summary>
    /// A method that answers its caller with no record: it returns nothing, a task of nothing, a yes or no (<c>Task&lt;bool&gt;
    /// HasConflictingInterviewsAsync</c>, round 34's checks before a write), or an object with no personal member (a status, a
    /// result type), also in a task. What it reads can reach the caller only through state it keeps (a
    /// field, a property, a view model, a command's output) — an assignment, which stays a disclosure. A method that answers
    /// with text, a date or a number may answer with what it computed from a person's columns, and is not one.
    /// </summary>
    private bool AnswersWithNoRecord(IMethodSymbol method)
        => method.MethodKind is MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation
           && AwaitedType(method.ReturnType) is var answer
           && (answer is null || answer.SpecialType == SpecialType.System_Boolean || !PersonalDataClassifier.IsPlainValue(answer) && HoldsNothing(answer) && !WrapsARecord(answer));

    /// <summary>The value a method answers with: the <c>T</c> of <c>Task&lt;T&gt;</c>, null for <c>void</c>, <c>Task</c> and <c>ValueTask</c>.</summary>
    private static ITypeSymbol? AwaitedType(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_Void) return null;
        if (type is INamedTypeSymbol { Name: "Task" or "ValueTask", ContainingNamespace: { } space } task && space.ToDisplayString() == "System.Threading.Tasks")
        {
            return task.TypeArguments.Length == 0 ? null : task.TypeArguments[0];
        }

        return type;
    }

    /// <summary>A type whose values carry no person's data: <c>void</c>, <c>Task</c>, a flag or a number, an id, a record with no personal member (also in a task).</summary>
    private bool HoldsNothing(ITypeSymbol type)
    {
        if (AwaitedType(type) is not { } answer) return true;
        if (!SymbolEqualityComparer.Default.Equals(answer, type)) return HoldsNothing(answer);

        var value = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;
        if (value.TypeKind == TypeKind.Enum || value.SpecialType is SpecialType.System_Boolean or >= SpecialType.System_SByte and <= SpecialType.System_Double || value.Name == "Guid") return true;
        return !PersonalDataClassifier.IsPlainValue(value) && HoldsNoPerson(value);
    }

    private bool HoldsNoPerson(ITypeSymbol type)
        => type.SpecialType != SpecialType.System_Object
           && (type.TypeKind != TypeKind.Interface || PersonalDataClassifier.ElementType(type) is not null)
           && _classifier.PersonalMembers(type).IsEmpty;

    /// <summary>
    /// A method's answer that is a framework wrapper of a record (<c>ActionResult&lt;GuestDto&gt;</c>, <c>Results&lt;Ok&lt;GuestDto&gt;,
    /// NotFound&gt;</c>): the framework's members are not asked for personal data, but the type argument is what the action answers
    /// with (round 21: a controller answering <c>ActionResult&lt;GuestOutputDto&gt;</c> through <c>Ok(guest)</c> was taken for a
    /// command handler). Asked of the answer only: a call's result (EF Core's <c>EntityEntry&lt;User&gt;</c> of an <c>Add</c>, a
    /// LINQ grouping) stays judged as before. A declared type's arguments nest only as deep as written.
    /// </summary>
    private bool WrapsARecord(ITypeSymbol type)
        => type is INamedTypeSymbol { IsGenericType: true } generic && PersonalDataClassifier.IsFramework(generic)
           && generic.TypeArguments.Any(argument => argument.SpecialType != SpecialType.System_Object && !PersonalDataClassifier.IsPlainValue(argument) && !HoldsNothing(argument));

    private static bool IsNullTest(IOperation parent) => parent switch
    {
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary => IsNull(binary.LeftOperand) || IsNull(binary.RightOperand),
        IIsPatternOperation => true,
        _ => false,
    };

    private static bool IsNull(IOperation operand)
        => OperationShapes.Unconverted(operand).ConstantValue is { HasValue: true, Value: null };

    private static bool IsAssignedTo(ILocalReferenceOperation reference)
        => reference.Parent is IAssignmentOperation assignment && assignment.Target == reference;

    /// <summary>The operations a read's rows are followed through, and whether their method answers its caller with no record.</summary>
    private readonly struct Scope
    {
        public Scope(IReadOnlyList<IOperation> operations, bool answersWithNoRecord, IOperation? read = null)
        {
            Operations = operations;
            AnswersWithNoRecord = answersWithNoRecord;
            Read = read;
        }

        /// <summary>The read whose rows are followed, when they are followed in its own method (not in a caller or callee).</summary>
        public IOperation? Read { get; }

        public IReadOnlyList<IOperation> Operations { get; }

        public bool AnswersWithNoRecord { get; }
    }
}
