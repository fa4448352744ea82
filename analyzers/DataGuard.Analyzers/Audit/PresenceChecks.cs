using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// A read that only tests whether a row exists — a duplicate check before an insert, a save confirmed by reading the row
/// back, a uniqueness loop — takes no personal value out of the database: its result is compared with <c>null</c>
/// (<c>… == null</c>, <c>is null</c>), or kept in a local that is only so compared or asked for members that are not
/// personal (<c>existing.UserID</c>). DG1008 does not count it as a look-up.
/// </summary>
internal static class PresenceChecks
{
    public static bool OnlyTested(IOperation read, IReadOnlyList<IOperation> path, PersonalDataClassifier classifier)
    {
        var value = Outermost(read);
        if (IsNullTest(value.Parent, value)) return true;

        var local = value.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == value => target.Local,
            _ => null,
        };
        if (local is null) return false;

        var uses = path.OfType<ILocalReferenceOperation>()
            .Where(r => SymbolEqualityComparer.Default.Equals(r.Local, local) && !IsAssignedTo(r))
            .ToList();
        return uses.All(use => IsNullTest(use.Parent, use) || ReadsNonPersonalMember(use.Parent, classifier));
    }

    /// <summary>The read with the conversions, parentheses and <c>await</c> around it.</summary>
    private static IOperation Outermost(IOperation read)
    {
        var current = read;
        while (current.Parent is IConversionOperation or IAwaitOperation or IParenthesizedOperation) current = current.Parent;
        return current;
    }

    private static bool IsNullTest(IOperation? parent, IOperation operand)
    {
        while (parent is IConversionOperation or IParenthesizedOperation) parent = parent.Parent;
        return parent switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary
                => IsNull(binary.LeftOperand) || IsNull(binary.RightOperand),
            IIsPatternOperation => true,
            _ => false,
        };
    }

    private static bool IsNull(IOperation operand)
        => (operand is IConversionOperation conversion ? conversion.Operand : operand).ConstantValue is { HasValue: true, Value: null };

    private static bool ReadsNonPersonalMember(IOperation? parent, PersonalDataClassifier classifier)
        => parent is IMemberReferenceOperation { Member: IPropertySymbol or IFieldSymbol } member
           && member.Type is { } type && PersonalDataClassifier.IsPlainValue(type) && !classifier.IsPersonal(member.Member);

    private static bool IsAssignedTo(ILocalReferenceOperation reference)
        => reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference;
}
