using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Claims are statements about the principal a token or a sign-in cookie is issued to: a login or refresh that reads the
/// user's own row by the credentials presented and copies its name, birth date or address into <c>new Claim(…)</c> hands them
/// back to that person (round 21's hotel: the guest's names in the guest's own token). A row's value that goes only into
/// claims is no look-up of anyone; the same row's values returned or shown anywhere else are judged as usual.
/// </summary>
internal static class IssuedClaims
{
    private const string ClaimType = "System.Security.Claims.Claim";

    /// <summary>True for <c>new Claim(…)</c> (or a type deriving from <c>Claim</c>).</summary>
    public static bool IsClaim(IObjectCreationOperation created)
        => created.Type is INamedTypeSymbol type
           && (PersonalAttributes.MetadataName(type) == ClaimType || PersonalAttributes.InheritsFrom(type, ClaimType));

    /// <summary>True when <paramref name="value"/> sits among the arguments of a <c>new Claim(…)</c> (the value the claim states).</summary>
    public static bool IsInsideClaim(IOperation value)
    {
        for (var current = value.Parent; current is not null && current is not (IBlockOperation or IExpressionStatementOperation or IAnonymousFunctionOperation); current = current.Parent)
        {
            if (current is IObjectCreationOperation created) return IsClaim(created);
        }

        return false;
    }
}
