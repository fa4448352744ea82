using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Reads of the signed-in user's own record: a citizen's portal showing the citizen's profile, <c>GetStudentByUserId</c> called
/// with the id of the user who is signed in. Nobody is looked up — the person reads themself — so DG1008 asks no audit. Known
/// from the key, not from names: the query compares a column with a value taken from the request's <c>ClaimsPrincipal</c>
/// (<c>User</c>, <c>GetUserId(User)</c>, <c>User.FindFirstValue(…)</c>, <c>(await GetUserAsync(User)).Id</c>, a helper of the
/// program returning one of these — a method or a property, also behind an interface: a current-user service over
/// <c>IHttpContextAccessor</c>), held in a local
/// or passed down as a parameter by every caller in source; or the row read is refused, before anything else can happen,
/// unless it belongs to that user (<c>if (row.UserId != userId) return Forbid();</c>). A guard inside a role test leaves
/// the other roles' look-ups reported.
/// </summary>
internal sealed class SignedInUser
{
    /// <summary>
    /// Steps through locals, calls and members from a key back to the principal: <c>student.StudentId</c> → <c>student</c> →
    /// <c>await</c> → <c>GetByUserIdAsync(userId)</c> → <c>userId</c> → <c>int.TryParse(text, out userId)</c> → <c>text</c> →
    /// <c>User.FindFirstValue(…)</c> takes ten; an id picked out of a list by the principal's e-mail from a helper with
    /// fallbacks (<c>employees.FirstOrDefault(e =&gt; e.Email.Equals(email))?.Id</c>, round 33's HR back end) fourteen.
    /// </summary>
    private const int MaxSteps = 16;

    private static readonly HashSet<string> PrincipalTypes = new()
    {
        "System.Security.Claims.ClaimsPrincipal", "System.Security.Claims.ClaimsIdentity", "System.Security.Principal.IIdentity", "System.Security.Principal.IPrincipal",
    };

    /// <summary>
    /// A current-user service is one class behind its interface; more implementations of a member than this and the member is
    /// not one program's way of naming the signed-in user.
    /// </summary>
    private const int MaxImplementations = 2;

    private readonly SourceBodies _bodies;
    private readonly PersonalDataClassifier _classifier;
    private readonly CallSites _sites;
    private readonly System.Func<IMethodSymbol, IReadOnlyList<IMethodSymbol>> _implementations;

    public SignedInUser(SourceBodies bodies, PersonalDataClassifier classifier, CallSites sites, System.Func<IMethodSymbol, IReadOnlyList<IMethodSymbol>> implementations)
    {
        _bodies = bodies;
        _classifier = classifier;
        _sites = sites;
        _implementations = implementations;
    }

    /// <summary>
    /// True when <paramref name="read"/> selects its rows by the signed-in user's identity, or its row is refused unless it is
    /// theirs. <paramref name="method"/> is the method whose parameters may carry the key (null for a handler lambda).
    /// </summary>
    public bool OwnsRead(IOperation read, IReadOnlyList<IOperation> path, IMethodSymbol? method)
        => QueryKeys(read, path).Any(key => IsIdentity(key, path, method, 0)) || IsGuardedRow(read, path, method) || IsAskedByNothing(read)
           || IsPickedOwnRow(read, path, method);

    /// <summary>
    /// <c>var all = await _employees.GetAllAsync(); return all.FirstOrDefault(e =&gt; e.Email.Equals(email))?.Id;</c> with the
    /// principal's e-mail (round 33's HR back end, three helpers): a list read only to pick the signed-in user's own row out
    /// of it in memory — every use of the list is a pick that selects by the principal's value, so no other row leaves.
    /// </summary>
    private bool IsPickedOwnRow(IOperation read, IReadOnlyList<IOperation> path, IMethodSymbol? method)
    {
        if (OperationShapes.Outermost(read).Parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }) return false;
        var uses = path.OfType<ILocalReferenceOperation>().Where(use => SymbolEqualityComparer.Default.Equals(use.Local, declarator.Symbol)).ToList();
        return uses.Count > 0 && uses.All(use => OperationShapes.Outermost(use).Parent is IArgumentOperation { Parameter.Ordinal: 0, Parent: IInvocationOperation { TargetMethod.IsExtensionMethod: true } pick }
                                                 && OwnRowKey(pick, path, method, 0));
    }

    /// <summary>
    /// <c>await _auth.GetAppUserAsync()</c> (round 30's library, 18 reports): a service's method asked by nothing — no argument,
    /// no key — that answers with one record can only select by what the request carries, the signed-in user. Where its body is
    /// in this compilation (the method, or the implementations of the interface member called) every return must be taken from
    /// the principal (<c>return await _users.GetUserAsync(_accessor.HttpContext.User);</c>); another project's, whose body the
    /// build cannot see, counts when it answers with one person's row — values of its own, not a list, nor a summary holding
    /// people in a collection (<c>ImportSummary GetAllPeopleAsync()</c>, an import preview: round 30's right report).
    /// </summary>
    private bool IsAskedByNothing(IOperation read)
    {
        if (read is not IInvocationOperation { Arguments.Length: 0, Instance: not null } call) return false;
        var target = call.TargetMethod.OriginalDefinition;
        if (_bodies.Body(target) is not null || _implementations(target).Count > 0) return ReturnsIdentity(target, 1);
        var answer = LibraryQueries.Awaited(target.ReturnType);
        return PersonalDataClassifier.ElementType(answer) is null && _classifier.PersonalColumns(answer).Any(c => !PersonalDataClassifier.IsNavigation(c));
    }

    /// <summary>
    /// The values a query chain selects by: the sides of its comparisons and the arguments of <c>Find(…)</c>, also where the
    /// chain was built up in a local (<see cref="NarrowedQuery"/>).
    /// </summary>
    private static IEnumerable<IOperation> QueryKeys(IOperation read, IReadOnlyList<IOperation> scope)
    {
        var locals = 0;
        for (var current = read as IInvocationOperation; current is not null; current = NextLink(current, scope, ref locals))
        {
            foreach (var argument in current.Arguments.Skip(current.TargetMethod.IsExtensionMethod ? 1 : 0))
            {
                yield return argument.Value;
                if (argument.Value is IArrayCreationOperation { Initializer: { } keys })
                {
                    foreach (var key in keys.ElementValues) yield return key;
                }

                foreach (var comparison in argument.Value.Descendants().OfType<IBinaryOperation>())
                {
                    if (comparison.OperatorKind != BinaryOperatorKind.Equals) continue;
                    yield return comparison.LeftOperand;
                    yield return comparison.RightOperand;
                }

                foreach (var side in argument.Value.Descendants().OfType<IInvocationOperation>().SelectMany(EqualsSides)) yield return side;
            }
        }
    }

    /// <summary>
    /// The two sides of <c>a.Equals(b)</c>, <c>a.Equals(b, StringComparison.OrdinalIgnoreCase)</c> and <c>string.Equals(a, b)</c>:
    /// an equality test written as a call (e-mails compared without case).
    /// </summary>
    private static IEnumerable<IOperation> EqualsSides(IInvocationOperation call)
    {
        if (call.TargetMethod is not { Name: "Equals", ReturnType.SpecialType: SpecialType.System_Boolean } equals) return System.Array.Empty<IOperation>();
        if (!equals.IsStatic && call.Instance is { } instance && call.Arguments.Length > 0) return new[] { instance, call.Arguments[0].Value };
        return equals.IsStatic && call.Arguments.Length >= 2 ? new[] { call.Arguments[0].Value, call.Arguments[1].Value } : System.Array.Empty<IOperation>();
    }

    private static IInvocationOperation? NextLink(IInvocationOperation call, IReadOnlyList<IOperation> scope, ref int locals)
    {
        var receiver = Receiver(call);
        if (receiver is ILocalReferenceOperation local && locals++ < MaxSteps) receiver = NarrowedQuery(local.Local, scope);
        return receiver as IInvocationOperation;
    }

    /// <summary>
    /// <c>var query = db.Issues.Where(i => i.CitizenId == user.Id); if (status != null) query = query.Where(…); query.ToListAsync()</c>:
    /// the query a local starts with, when every later assignment only adds to the local's own query (filters narrow, sorting
    /// and paging keep the rows it selects); null when the local is given another query anywhere.
    /// </summary>
    private static IOperation? NarrowedQuery(ILocalSymbol local, IReadOnlyList<IOperation> scope)
    {
        var initial = scope.OfType<IVariableDeclaratorOperation>().FirstOrDefault(d => SymbolEqualityComparer.Default.Equals(d.Symbol, local))?.Initializer?.Value;
        var reassignedElsewhere = scope.OfType<ISimpleAssignmentOperation>()
            .Any(a => a.Target is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local) && !BuildsOn(a.Value, local));
        return initial is null || reassignedElsewhere ? null : OperationShapes.Unconverted(initial);
    }

    /// <summary>
    /// True when the chain of calls <paramref name="value"/> ends at <paramref name="local"/> itself (<c>query.Where(…).OrderBy(…)</c>),
    /// in every arm of a <c>switch</c> expression or <c>?:</c> that picks the sort order.
    /// </summary>
    private static bool BuildsOn(IOperation value, ILocalSymbol local, int depth = 0)
    {
        if (depth > MaxSteps) return false;
        var current = OperationShapes.Unconverted(value);
        for (var steps = 0; current is IInvocationOperation call && steps < MaxSteps; steps++) current = Receiver(call);
        return current switch
        {
            ILocalReferenceOperation reference => SymbolEqualityComparer.Default.Equals(reference.Local, local),
            ISwitchExpressionOperation choice => choice.Arms.All(arm => BuildsOn(arm.Value, local, depth + 1)),
            IConditionalOperation { WhenFalse: { } otherwise } choice => BuildsOn(choice.WhenTrue, local, depth + 1) && BuildsOn(otherwise, local, depth + 1),
            _ => false,
        };
    }

    private static IOperation? Receiver(IInvocationOperation call)
        => call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? OperationShapes.Unconverted(call.Arguments[0].Value) : call.Instance;

    /// <summary>
    /// <c>var row = …; if (row.UserId != userId) return Forbid();</c> as a statement the method always runs: the row is refused
    /// unless it belongs to the signed-in user.
    /// </summary>
    private bool IsGuardedRow(IOperation read, IReadOnlyList<IOperation> path, IMethodSymbol? method)
    {
        var value = OperationShapes.Outermost(read);
        if (value.Parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }) return false;

        foreach (var guard in path.OfType<IConditionalOperation>())
        {
            var uses = RowUses(guard, declarator.Symbol, path);
            var refusesEarly = Exits(guard.WhenTrue) && IsUnconditional(guard) && !uses.Any(use => IsInside(use, guard.WhenTrue));
            if ((refusesEarly || UsedOnlyIn(guard.WhenFalse, uses)) && Compares(guard.Condition, BinaryOperatorKind.ConditionalOr, BinaryOperatorKind.NotEquals, declarator.Symbol, path, method)) return true;
            if (UsedOnlyIn(guard.WhenTrue, uses) && Compares(guard.Condition, BinaryOperatorKind.ConditionalAnd, BinaryOperatorKind.Equals, declarator.Symbol, path, method)) return true;
        }

        return false;
    }

    /// <summary>True when one of the tests <paramref name="joiner"/> joins compares a column of <paramref name="row"/> with the signed-in user's identity.</summary>
    private bool Compares(IOperation condition, BinaryOperatorKind joiner, BinaryOperatorKind comparison, ILocalSymbol row, IReadOnlyList<IOperation> path, IMethodSymbol? method)
    {
        foreach (var test in Alternatives(condition, joiner).OfType<IBinaryOperation>().Where(t => t.OperatorKind == comparison))
        {
            if (IsColumnOf(test.LeftOperand, row) && IsIdentity(test.RightOperand, path, method, 0)
                || IsColumnOf(test.RightOperand, row) && IsIdentity(test.LeftOperand, path, method, 0)) return true;
        }

        return false;
    }

    /// <summary>The uses of <paramref name="row"/> on the path other than the guard's own test and tests for <c>null</c>.</summary>
    private static List<ILocalReferenceOperation> RowUses(IConditionalOperation guard, ILocalSymbol row, IReadOnlyList<IOperation> path)
        => path.OfType<ILocalReferenceOperation>()
            .Where(use => SymbolEqualityComparer.Default.Equals(use.Local, row) && !IsInside(use, guard.Condition) && !IsNullTested(use))
            .ToList();

    /// <summary>
    /// A refusal that answers with an error result instead of leaving early (<c>if (row.UserId != me) result = Fail(…); else
    /// result = Ok(row);</c>, round 21's insurer): the row is answered with only in the branch where it is the user's own — every
    /// use of it lies in <paramref name="branch"/>. A refusal that leaves early must not show the row either.
    /// </summary>
    private static bool UsedOnlyIn(IOperation? branch, List<ILocalReferenceOperation> uses)
        => branch is not null && uses.All(use => IsInside(use, branch));

    private static bool IsInside(IOperation operation, IOperation container)
    {
        for (var current = operation; current is not null; current = current.Parent)
        {
            if (current == container) return true;
        }

        return false;
    }

    /// <summary><c>row == null</c>, <c>row is null</c>, <c>row is not null</c>: a test of the row, not a use of it.</summary>
    private static bool IsNullTested(ILocalReferenceOperation use)
        => OperationShapes.Outermost(use).Parent switch
        {
            IBinaryOperation test => OperationShapes.Unconverted(test.LeftOperand == OperationShapes.Outermost(use) ? test.RightOperand : test.LeftOperand).ConstantValue is { HasValue: true, Value: null },
            IIsPatternOperation { Pattern: IConstantPatternOperation or INegatedPatternOperation } => true,
            _ => false,
        };

    /// <summary>
    /// The tests of <c>a || b || c</c>, each of which alone takes the exit: <c>if (me == null || row.OwnerId != me.Id) return
    /// Forbid();</c> refuses the row unless it is the user's as surely as the bare test does.
    /// </summary>
    private static IEnumerable<IOperation> Alternatives(IOperation condition, BinaryOperatorKind joiner = BinaryOperatorKind.ConditionalOr)
    {
        var pending = new Stack<IOperation>();
        pending.Push(condition);
        while (pending.Count > 0)
        {
            var current = OperationShapes.Unconverted(pending.Pop());
            if (current is IBinaryOperation either && either.OperatorKind == joiner)
            {
                pending.Push(either.RightOperand);
                pending.Push(either.LeftOperand);
            }
            else
            {
                yield return current;
            }
        }
    }

    private static bool IsColumnOf(IOperation operand, ILocalSymbol row)
        => OperationShapes.Unconverted(operand) is IMemberReferenceOperation { Instance: ILocalReferenceOperation reference } && SymbolEqualityComparer.Default.Equals(reference.Local, row);

    private static bool Exits(IOperation branch)
        => branch.DescendantsAndSelf().Any(o => o is IReturnOperation or IThrowOperation);

    /// <summary>No branch or loop encloses the statement: every run of the method passes through it.</summary>
    private static bool IsUnconditional(IOperation statement)
    {
        for (var current = statement.Parent; current is not null; current = current.Parent)
        {
            if (current is IConditionalOperation or ILoopOperation or ISwitchOperation or IAnonymousFunctionOperation or ILocalFunctionOperation) return false;
        }

        return true;
    }

    /// <summary>True when <paramref name="value"/> is taken from the request's principal.</summary>
    private bool IsIdentity(IOperation value, IReadOnlyList<IOperation> scope, IMethodSymbol? method, int steps)
    {
        value = OperationShapes.Unconverted(value);
        if (steps > MaxSteps) return false;
        if (value.Type is { } type && IsPrincipal(type)) return true;

        return value switch
        {
            IPropertyReferenceOperation { Instance: { } instance } property => IsIdentity(instance, scope, method, steps + 1)
                                                                                 || property.Property.GetMethod is { } getter && ReturnsIdentity(getter, steps + 1),
            IInvocationOperation call => call.Instance is { } target && IsIdentity(target, scope, method, steps + 1)
                                         || call.Arguments.Any(a => a.Parameter?.RefKind != RefKind.Out && IsIdentity(a.Value, scope, method, steps + 1))
                                         || OwnRowKey(call, scope, method, steps + 1)
                                         || ReturnsIdentity(call.TargetMethod, steps + 1),
            // A key object built from the principal's value (`new UserByIdSpecification(_currentUser.UserId)`, round 22's
            // bank): it selects by that value, as a call handed it does.
            IObjectCreationOperation creation => creation.Arguments.Any(a => IsIdentity(a.Value, scope, method, steps + 1)),
            IAwaitOperation awaited => IsIdentity(awaited.Operation, scope, method, steps + 1),
            ICoalesceOperation coalesce => IsIdentity(coalesce.Value, scope, method, steps + 1),
            // `User.FindFirst("sub")?.Value` and `_accessor.HttpContext?.User?.FindFirst("sub")?.Value`: the principal before
            // the `?.` or after it (null when the request has no user, which selects nobody's row).
            IConditionalAccessOperation access => IsIdentity(access.Operation, scope, method, steps + 1) || IsIdentity(access.WhenNotNull, scope, method, steps + 1),
            IConditionalOperation { WhenFalse: { } otherwise } choice => OrConstant(choice.WhenTrue, otherwise, scope, method, steps + 1),
            ILocalReferenceOperation local => LocalIsIdentity(local.Local, scope, method, steps + 1),
            IParameterReferenceOperation parameter => ParameterIsIdentity(parameter.Parameter, method, steps + 1),
            IFieldReferenceOperation { Field: { IsStatic: false, IsConst: false } field } => FieldIsIdentity(field, steps + 1),
            _ => false,
        };
    }

    /// <summary>
    /// <c>var me = await _db.Students.FirstAsync(s =&gt; s.UserId == userId); … me.StudentId</c>: a row a query selects by the
    /// principal's value is the signed-in user's own, and so are the keys read from it.
    /// </summary>
    private bool OwnRowKey(IInvocationOperation call, IReadOnlyList<IOperation> scope, IMethodSymbol? method, int steps)
        => call.TargetMethod.IsExtensionMethod && QueryKeys(call, scope).Any(key => key is not IDelegateCreationOperation && IsIdentity(key, scope, method, steps));

    /// <summary>
    /// A helper of the program (a method or a property's getter) whose every return is taken from the principal: a controller's
    /// <c>int GetUserId() => int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier));</c> (round 8's own-row reads).
    /// </summary>
    private bool ReturnsIdentity(IMethodSymbol helper, int steps)
    {
        if (steps > MaxSteps) return false;
        if (_bodies.Body(helper.OriginalDefinition) is not { } body) return ImplementationsReturnIdentity(helper, steps);

        var scope = body.DescendantsAndSelf().ToList();
        // The helper's own returns, not those of lambdas inside it (`claims.First(c => { return c.Type == "sub"; })`); a
        // constant fallback (`return "";` when the claim is missing) selects nobody's row in particular.
        var returns = OperationShapes.OwnReturns(body)
            .Select(r => r.ReturnedValue is { } value ? OperationShapes.Unconverted(value) : null)
            .Where(value => value is not null && !IsNoOne(value))
            .ToList();
        return returns.Count > 0 && returns.All(value => IsIdentity(value!, scope, helper.OriginalDefinition, steps));
    }

    /// <summary>
    /// The program's own current-user service behind its interface: <c>_currentUser.UserId</c> where the one class implementing
    /// <c>ICurrentUser</c> reads <c>_accessor.HttpContext.User</c> (round 21's hotel). Every implementation in source must
    /// return the principal's value; a member with none, or with many, names nobody in particular.
    /// </summary>
    private bool ImplementationsReturnIdentity(IMethodSymbol member, int steps)
    {
        if (member.ContainingType is not { TypeKind: TypeKind.Interface } && !member.IsAbstract) return false;
        var implementations = _implementations(member);
        return implementations.Count is > 0 and <= MaxImplementations
               && implementations.All(implementation => _bodies.Body(implementation.OriginalDefinition) is not null && ReturnsIdentity(implementation, steps + 1));
    }

    /// <summary>
    /// <c>claim != null ? int.Parse(claim.Value) : 0</c>: the principal's value, or a constant that selects nobody's row in
    /// particular when the claim is missing (as a helper's constant fallback return, <see cref="ReturnsIdentity"/>).
    /// </summary>
    private bool OrConstant(IOperation whenTrue, IOperation whenFalse, IReadOnlyList<IOperation> scope, IMethodSymbol? method, int steps)
    {
        var chosen = new[] { OperationShapes.Unconverted(whenTrue), OperationShapes.Unconverted(whenFalse) }
            .Where(value => !IsNoOne(value)).ToList();
        return chosen.Count > 0 && chosen.All(value => IsIdentity(value, scope, method, steps));
    }

    /// <summary>
    /// A value that names no user: a constant, a default, or a framework type's empty value (<c>string.Empty</c>,
    /// <c>Guid.Empty</c> — a static field, not a constant, so round 22's <c>if (IsNullOrEmpty(id)) return string.Empty;</c>
    /// had made a current-user service's getter name somebody else).
    /// </summary>
    private static bool IsNoOne(IOperation value)
        => value.ConstantValue.HasValue || value is IDefaultValueOperation
           || value is IFieldReferenceOperation { Field: { Name: "Empty", IsStatic: true, IsReadOnly: true } field } && field.ContainingType.SpecialType == SpecialType.System_String
           || value is IFieldReferenceOperation { Field: { Name: "Empty", IsStatic: true, IsReadOnly: true, ContainingType: { Name: "Guid" } guid } } && guid.ContainingNamespace?.ToDisplayString() == "System";

    /// <summary>
    /// A local every assignment of which (its initializer included) is taken from the principal; a local written as the
    /// <c>out</c> argument of a call is written by that call (<c>int.TryParse(User.FindFirstValue(…), out var userId)</c>).
    /// </summary>
    private bool LocalIsIdentity(ILocalSymbol local, IReadOnlyList<IOperation> scope, IMethodSymbol? method, int steps)
    {
        var values = scope.OfType<IVariableDeclaratorOperation>().Where(d => SymbolEqualityComparer.Default.Equals(d.Symbol, local) && d.Initializer is not null)
            .Select(d => d.Initializer!.Value)
            .Concat(scope.OfType<ISimpleAssignmentOperation>()
                .Where(a => a.Target is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local))
                .Select(a => a.Value))
            .Concat(scope.OfType<IArgumentOperation>().Where(a => WritesOut(a, local)).Select(a => a.Parent!))
            .ToList();
        return values.Count > 0 && values.All(v => IsIdentity(v, scope, method, steps));
    }

    /// <summary>
    /// <c>if (_currentUserId == null) { …TryParse(User.FindFirst(…)?.Value, out var id)…; _currentUserId = id; } return _currentUserId.Value;</c>
    /// (round 34's recruitment controllers, cached once per request): a field of the program's own class every value of which —
    /// each assignment in the class's methods — is taken from the principal; a reset to null or a constant names no one, and a
    /// field given another value where it is declared is not one.
    /// </summary>
    private bool FieldIsIdentity(IFieldSymbol field, int steps)
    {
        if (steps > MaxSteps || field.DeclaringSyntaxReferences.Length == 0 || HasStartingValue(field)) return false;
        var values = new List<(IOperation Value, IReadOnlyList<IOperation> Scope, IMethodSymbol Method)>();
        foreach (var member in field.ContainingType.GetMembers().OfType<IMethodSymbol>())
        {
            if (_bodies.Body(member) is not { } body) continue;
            var scope = body.DescendantsAndSelf().ToList();
            values.AddRange(scope.OfType<IAssignmentOperation>()
                .Where(a => a.Target is IFieldReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Field, field) && !IsNoOne(OperationShapes.Unconverted(a.Value)))
                .Select(a => (a.Value, (IReadOnlyList<IOperation>)scope, member)));
        }

        return values.Count > 0 && values.All(v => IsIdentity(v.Value, v.Scope, v.Method, steps));
    }

    /// <summary>A field declared with a value other than <c>null</c> or <c>default</c>.</summary>
    private static bool HasStartingValue(IFieldSymbol field)
        => field.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer.Value: { } value }
                                                            && !value.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.NullLiteralExpression) && !value.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.DefaultLiteralExpression));

    /// <summary><c>out userId</c> or <c>out var userId</c>: the argument the call writes <paramref name="local"/> through.</summary>
    private static bool WritesOut(IArgumentOperation argument, ILocalSymbol local)
        => argument.Parameter?.RefKind == RefKind.Out && argument.Parent is IInvocationOperation
           && OperationShapes.VariableOf(argument.Value is IDeclarationExpressionOperation declaration ? declaration.Expression : argument.Value) is { } written
           && SymbolEqualityComparer.Default.Equals(written, local);

    /// <summary>A parameter of the method that every call in source fills from the caller's principal.</summary>
    private bool ParameterIsIdentity(IParameterSymbol parameter, IMethodSymbol? method, int steps)
    {
        if (method is null || !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol.OriginalDefinition, method.OriginalDefinition)) return false;

        using var walk = BoundedWalk.Enter(WalkKind.Callers, method.OriginalDefinition);
        if (!walk.Entered || _sites.Of(method) is not { Count: > 0 } sites) return false;

        return sites.All(site => _bodies.Body(site.Caller) is { } body
            && site.Call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == parameter.Ordinal) is { } argument
            && IsIdentity(argument.Value, body.DescendantsAndSelf().ToList(), site.Caller, steps));
    }

    private static bool IsPrincipal(ITypeSymbol type)
        => type is INamedTypeSymbol named
           && (PrincipalTypes.Contains(PersonalAttributes.MetadataName(named)) || PersonalAttributes.InheritsFrom(named, "System.Security.Claims.ClaimsPrincipal")
               || named.AllInterfaces.Any(i => PrincipalTypes.Contains(PersonalAttributes.MetadataName(i))));

}
