using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// The domain part of an e-mail address, taken apart in code: <c>email.Split('@')[1]</c> (also through a local holding the
/// split), <c>email.Substring(email.IndexOf('@') + 1)</c>. A mail domain (<c>gmail.com</c>) is shared by many people and names
/// none, so it is no one's data — logged at a failed MX check (round 30's CRM). The local part (<c>Split('@')[0]</c>,
/// <c>Substring(0, IndexOf('@'))</c>) keeps the address's data. <c>new MailAddress(x).Host</c> is an address part already
/// (<see cref="MemberTaint"/>).
/// </summary>
internal static class MailDomains
{
    private const char At = '@';

    /// <summary>True for an element after the first of an address split at '@'.</summary>
    public static bool IsDomain(IArrayElementReferenceOperation element)
        => element.Indices.Length == 1 && element.Indices[0].ConstantValue is { HasValue: true, Value: int index } && index >= 1
           && IsSplitAtSign(OperationShapes.Unconverted(element.ArrayReference));

    /// <summary>True for <c>text.Substring(text.IndexOf('@') + n)</c> with n ≥ 1 and no length: what follows the '@'.</summary>
    public static bool IsDomain(IInvocationOperation call)
        => call.TargetMethod is { Name: "Substring", ContainingType.SpecialType: SpecialType.System_String }
           && call.Arguments.Length == 1
           && OperationShapes.Unconverted(call.Arguments[0].Value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum
           && sum.RightOperand.ConstantValue is { HasValue: true, Value: int offset } && offset >= 1
           && IsAtSignSearch(OperationShapes.Unconverted(sum.LeftOperand));

    /// <summary>A <c>Split('@')</c> call, or a local every assignment of which is one (<c>var parts = email.Split('@')</c>).</summary>
    private static bool IsSplitAtSign(IOperation array)
        => array switch
        {
            IInvocationOperation call => IsSplitAtSignCall(call),
            ILocalReferenceOperation local => StoredValues.Assigned(local.Local, local).ToList() is { Count: > 0 } values
                                              && values.All(v => OperationShapes.Unconverted(v) is IInvocationOperation call && IsSplitAtSignCall(call)),
            _ => false,
        };

    private static bool IsSplitAtSignCall(IInvocationOperation call)
        => call.TargetMethod is { Name: "Split", ContainingType.SpecialType: SpecialType.System_String } && SeparatesAtSign(call);

    /// <summary>The separator '@' (a char or a one-character string), as the first argument or the only element of a params array.</summary>
    private static bool SeparatesAtSign(IInvocationOperation call)
    {
        if (call.Arguments.Length == 0)
        {
            return false;
        }

        var separator = OperationShapes.Unconverted(call.Arguments[0].Value);
        if (separator is IArrayCreationOperation { Initializer: { ElementValues: { Length: 1 } elements } })
        {
            separator = OperationShapes.Unconverted(elements[0]);
        }

        return IsAtSign(separator);
    }

    /// <summary><c>text.IndexOf('@')</c> or <c>LastIndexOf('@')</c> (a char or a one-character string).</summary>
    private static bool IsAtSignSearch(IOperation operand)
        => operand is IInvocationOperation { TargetMethod: { Name: "IndexOf" or "LastIndexOf", ContainingType.SpecialType: SpecialType.System_String } } search
           && search.Arguments.Length >= 1 && IsAtSign(OperationShapes.Unconverted(search.Arguments[0].Value));

    private static bool IsAtSign(IOperation value)
        => value.ConstantValue is { HasValue: true, Value: var constant } && (constant is char c && c == At || constant is string s && s == "@");
}
