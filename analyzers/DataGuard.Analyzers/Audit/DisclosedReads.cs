using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
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
    /// <summary>Hops from a value to the locals, loop variables and members it flows into (<c>rows → row → row.Groups</c>).</summary>
    private const int MaxHops = 4;

    /// <summary>First words of the calls that delete or overwrite the row they are given: <c>Remove</c>, <c>RemoveRange</c>, <c>UpdateGuest</c>.</summary>
    private static readonly HashSet<string> OverwritingVerbs = new(StringComparer.Ordinal) { "remove", "delete", "update" };

    /// <summary>First words of the calls that change a collection of the row itself: <c>teacher.Subjects.Clear()</c>.</summary>
    private static readonly HashSet<string> ChangingVerbs = new(StringComparer.Ordinal) { "clear", "add", "remove" };

    /// <summary>LINQ operators whose answer is a number or a yes/no, never a row.</summary>
    private static readonly HashSet<string> Aggregates = new(StringComparer.Ordinal) { "Count", "LongCount", "Any", "All", "Contains" };

    /// <summary>LINQ operators that hand on the same rows: what they return is judged by its own uses.</summary>
    private static readonly HashSet<string> PassThrough = new(StringComparer.Ordinal)
    {
        "ToList", "ToArray", "AsEnumerable", "ToHashSet", "Where", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Skip", "Take", "Distinct",
    };

    private readonly PersonalDataClassifier _classifier;
    private readonly SourceBodies _bodies;
    private readonly CallSites _sites;

    public DisclosedReads(PersonalDataClassifier classifier, SourceBodies bodies, CallSites sites)
    {
        _classifier = classifier;
        _bodies = bodies;
        _sites = sites;
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
        var reach = read is IForEachLoopOperation loop ? LoopReach(loop, path, 0) : ValueReach(read, path, 0);
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

        return sites.All(site => _bodies.Body(site.Caller) is { } body
            && ValueReach(site.Call, body.DescendantsAndSelf().ToList(), 0) switch
            {
                Reach.Hidden => true,
                Reach.Returned => CallersHide(site.Caller),
                _ => false,
            });
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
        var words = IdentifierWords.Split(method.Name);
        if (words.Count == 0) return false;
        if (words.Contains("duplicate") || words.Contains("exists")) return true;
        return CheckingVerbs.Contains(words[0]) && !(words.Count > 1 && words[1] is "in" or "out");
    }

    private Reach ValueReach(IOperation value, IReadOnlyList<IOperation> scope, int hops)
    {
        value = OperationShapes.Outermost(value);
        if (hops > MaxHops || value.Parent is not { } parent) return Reach.Disclosed;
        if (IsNullTest(parent)) return Reach.Hidden;

        return parent switch
        {
            IReturnOperation @return => ReturnsFromMethod(@return) ? Reach.Returned : Reach.Disclosed,
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => LocalReach(declarator.Symbol, scope, hops + 1),
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == value => LocalReach(target.Local, scope, hops + 1),
            IForEachLoopOperation loop when loop.Collection == value => LoopReach(loop, scope, hops + 1),
            IMemberReferenceOperation member when member.Instance == value => MemberReach(member, scope, hops),
            IConditionalAccessOperation access when access.Operation == value => ConditionalReach(access, scope, hops),
            IArgumentOperation { Parent: IInvocationOperation call } argument => ArgumentReach(call, argument, scope, hops),
            IInvocationOperation call when call.Instance == value => FirstWordIn(call.TargetMethod, ChangingVerbs) || Aggregates.Contains(call.TargetMethod.Name) ? Reach.Hidden : Reach.Disclosed,
            _ => Reach.Disclosed,
        };
    }

    /// <summary>What the uses of a local do with the rows it holds; each use is judged on its own, the widest reach wins.</summary>
    private Reach LocalReach(ILocalSymbol local, IReadOnlyList<IOperation> scope, int hops)
    {
        var reach = Reach.Hidden;
        foreach (var use in scope.OfType<ILocalReferenceOperation>())
        {
            if (!SymbolEqualityComparer.Default.Equals(use.Local, local) || IsAssignedTo(use)) continue;
            var next = ValueReach(use, scope, hops);
            if (next > reach) reach = next;
            if (reach == Reach.Disclosed) break;
        }

        return reach;
    }

    private Reach LoopReach(IForEachLoopOperation loop, IReadOnlyList<IOperation> scope, int hops)
        => loop.LoopControlVariable is IVariableDeclaratorOperation row ? LocalReach(row.Symbol, scope, hops + 1) : Reach.Disclosed;

    /// <summary>
    /// A column written is overwritten, not read; a column that is a plain value reaches someone only when it is personal;
    /// a navigation to rows with no personal member (a student's subjects) holds nobody's data; any other navigation is
    /// followed (<c>department.Employees.Count</c>, <c>teacher.Subjects.Clear()</c>).
    /// </summary>
    private Reach MemberReach(IMemberReferenceOperation member, IReadOnlyList<IOperation> scope, int hops)
    {
        if (member.Parent is IAssignmentOperation assignment && assignment.Target == member) return Reach.Hidden;
        if (member.Member is not (IPropertySymbol or IFieldSymbol) || member.Type is not { } type) return Reach.Disclosed;
        if (PersonalDataClassifier.IsPlainValue(type))
        {
            return !_classifier.IsPersonal(member.Member) && (IsKeyOrState(member.Member, type) || IsComparedWithConstant(member)) ? Reach.Hidden : Reach.Disclosed;
        }

        return HoldsNoPerson(type) ? Reach.Hidden : ValueReach(member, scope, hops + 1);
    }

    /// <summary>
    /// A key, a flag, a state or a number (<c>UserId</c>, <c>IsActive</c>, <c>Status</c>, <c>Employees.Count</c>) steers the
    /// code without showing the row; any other text or date (<c>Reason</c>, <c>Notes</c>, a doctor's <c>Name</c>) may be
    /// what the screen shows of the person, named personal or not.
    /// </summary>
    private static bool IsKeyOrState(ISymbol member, ITypeSymbol type)
    {
        var value = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;
        if (value.TypeKind == TypeKind.Enum) return true;
        if (value.SpecialType is SpecialType.System_Boolean or >= SpecialType.System_SByte and <= SpecialType.System_Double) return true;
        return value.Name == "Guid" || member.Name.EndsWith("Id", StringComparison.Ordinal) || member.Name.EndsWith("ID", StringComparison.Ordinal)
               || IdentifierWords.Split(member.Name) is { Count: > 0 } words && StateWords.Contains(words[words.Count - 1]);
    }

    /// <summary>
    /// <c>creator?.Role?.RoleName != "Admin"</c>, <c>row.Kind is "a" or "b"</c>: a column compared with constants answers yes
    /// or no and hands nothing of the row on — the permission check that reads the acting user's own row before an action.
    /// </summary>
    private static bool IsComparedWithConstant(IOperation column)
    {
        var value = column;
        while (value.Parent is IConditionalAccessOperation access && access.WhenNotNull == value) value = access;
        value = OperationShapes.Outermost(value);
        return value.Parent switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } test
                => OperationShapes.Unconverted(test.LeftOperand == value ? test.RightOperand : test.LeftOperand).ConstantValue.HasValue,
            IIsPatternOperation test => !test.Pattern.DescendantsAndSelf().Any(p => p is IDeclarationPatternOperation or IRecursivePatternOperation),
            _ => false,
        };
    }

    /// <summary>Last words of text columns that hold a state, not a description: <c>Status</c>, <c>RequestState</c>, <c>Role</c>.</summary>
    private static readonly HashSet<string> StateWords = new(StringComparer.Ordinal) { "status", "state", "role", "kind" };

    /// <summary><c>row?.Column</c>: the member read on the row once it is known not to be null.</summary>
    private Reach ConditionalReach(IConditionalAccessOperation access, IReadOnlyList<IOperation> scope, int hops)
        => access.WhenNotNull.DescendantsAndSelf().OfType<IMemberReferenceOperation>().FirstOrDefault(m => m.Instance is IConditionalAccessInstanceOperation) is { } member
            ? MemberReach(member, scope, hops)
            : Reach.Disclosed;

    private Reach ArgumentReach(IInvocationOperation call, IArgumentOperation argument, IReadOnlyList<IOperation> scope, int hops)
    {
        var method = call.TargetMethod.ReducedFrom ?? call.TargetMethod;
        if (FirstWordIn(method, OverwritingVerbs)) return Reach.Hidden;

        var isLinq = method.IsExtensionMethod && call.Arguments.Length > 0 && call.Arguments[0] == argument
            && method.ContainingType is { } type && PersonalAttributes.MetadataName(type) is "System.Linq.Enumerable" or "System.Linq.Queryable";
        if (!isLinq) return Reach.Disclosed;
        if (Aggregates.Contains(method.Name) || call.Type is { } result && !PersonalDataClassifier.IsPlainValue(result) && HoldsNoPerson(result)) return Reach.Hidden;
        return PassThrough.Contains(method.Name) ? ValueReach(call, scope, hops + 1) : Reach.Disclosed;
    }

    private bool HoldsNoPerson(ITypeSymbol type)
        => type.SpecialType != SpecialType.System_Object
           && (type.TypeKind != TypeKind.Interface || PersonalDataClassifier.ElementType(type) is not null)
           && _classifier.PersonalMembers(type).IsEmpty;

    private static bool FirstWordIn(IMethodSymbol method, HashSet<string> verbs)
        => IdentifierWords.Split(method.Name) is { Count: > 0 } words && verbs.Contains(words[0]);

    /// <summary>A return from the method itself, not from a lambda or local function inside it (those hand the rows elsewhere).</summary>
    private static bool ReturnsFromMethod(IReturnOperation @return)
    {
        for (var current = @return.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation) return false;
        }

        return true;
    }

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
}
