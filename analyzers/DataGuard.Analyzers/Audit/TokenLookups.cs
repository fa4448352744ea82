using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// A row found by the secret token mailed to its owner (<c>FirstOrDefaultAsync(a =&gt; a.ConfirmationToken == token)</c>: a
/// booking's confirmation link, a candidate's or invitee's invitation): whoever holds the token was sent it, so the row is
/// theirs, as the signed-in user's own row is (DG1008; rounds 14–29: BookIt's confirmation and invitation pages). A guessable
/// key (an id, an e-mail) is no token and stays a look-up.
/// </summary>
internal static class TokenLookups
{
    /// <summary>True when a filter of the query <paramref name="materializer"/> runs compares a text member named …<c>Token</c> for equality.</summary>
    public static bool FindsByToken(IInvocationOperation materializer)
        => OperationShapes.QueryFilterParts(materializer).OfType<IBinaryOperation>().Any(ComparesToken);

    private static bool ComparesToken(IBinaryOperation comparison)
        => comparison.OperatorKind == BinaryOperatorKind.Equals && (IsToken(comparison.LeftOperand) || IsToken(comparison.RightOperand));

    private static bool IsToken(IOperation operand)
        => OperationShapes.Unconverted(operand) is IPropertyReferenceOperation { Property: { Type.SpecialType: SpecialType.System_String } property }
           && Sources.IdentifierWords.LastWord(property.Name) == "token";
}
