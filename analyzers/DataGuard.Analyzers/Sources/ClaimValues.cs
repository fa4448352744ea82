using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// One claim of the signed-in person read by its type (<c>User.FindFirst(ClaimTypes.Name)?.Value</c>,
/// <c>User.FindFirstValue(ClaimTypes.Email)</c>) and the identity's name (<c>User.Identity.Name</c>): what the identity
/// provider says about that person. The claim type constant is an identifier of data (issue 10 §2); the claim's value is the
/// person's name, e-mail, phone or birth date. Roles, the subject identifier and the authentication type are not personal.
/// </summary>
internal static class ClaimValues
{
    /// <summary>Readers of one claim by its type on <c>ClaimsPrincipal</c> / <c>ClaimsIdentity</c> (and Identity's extensions).</summary>
    private static readonly HashSet<string> Readers = new(StringComparer.Ordinal) { "FindFirst", "FindFirstValue", "FindAll" };

    /// <summary>
    /// Claim types that name the person by definition, as the last segment of the WS-Federation URI or the JWT name
    /// (<c>.../claims/name</c>, <c>upn</c>, <c>preferred_username</c>); the others are judged as identifiers are (<c>phone_number</c>).
    /// </summary>
    private static readonly HashSet<string> PersonClaims = new(StringComparer.Ordinal)
    {
        "name", "givenname", "surname", "emailaddress", "mobilephone", "homephone", "otherphone", "streetaddress", "dateofbirth", "upn",
        "unique_name", "preferred_username", "nickname",
    };

    /// <summary>The claim type a personal claim read names (<c>…/claims/name</c>, <c>email</c>), <c>Name</c> for the identity's name, or null.</summary>
    public static string? PersonalRead(IOperation operation, PersonalNames names)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation { Property: { Name: "Name" } property } when IsIdentity(property.ContainingType):
                return "Name";
            case IInvocationOperation invocation when Readers.Contains(invocation.TargetMethod.Name) && ReadsClaimsOf(invocation.TargetMethod):
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter is { Name: "type" or "claimType" } && argument.Value.ConstantValue is { HasValue: true, Value: string type }
                        && IsPersonalType(type, names))
                    {
                        return type;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool IsPersonalType(string claimType, PersonalNames names)
    {
        var name = claimType.Substring(claimType.LastIndexOf('/') + 1).ToLowerInvariant();
        return PersonClaims.Contains(name) || names.IsPersonal(name);
    }

    /// <summary>A reader declared on the claims types, or an extension whose first parameter is one (Identity's <c>FindFirstValue</c>).</summary>
    private static bool ReadsClaimsOf(IMethodSymbol method)
        => IsClaimsType(method.ContainingType)
           || (method.ReducedFrom ?? method) is { IsExtensionMethod: true, Parameters: { Length: > 0 } parameters } && IsClaimsType(parameters[0].Type);

    private static bool IsClaimsType(ITypeSymbol? type)
        => type is INamedTypeSymbol { Name: "ClaimsPrincipal" or "ClaimsIdentity" } named
           && named.ContainingNamespace?.ToDisplayString() == "System.Security.Claims";

    /// <summary><c>IIdentity</c> and its implementations (<c>ClaimsIdentity</c>, <c>GenericIdentity</c>, <c>WindowsIdentity</c>).</summary>
    private static bool IsIdentity(INamedTypeSymbol? type)
    {
        // Asked of every Name read (Product.Name): the interfaces are looked at only for a type named as an identity.
        if (type is null || !type.Name.EndsWith("Identity", StringComparison.Ordinal))
        {
            return false;
        }

        if (IsIIdentity(type))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (IsIIdentity(implemented))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIIdentity(INamedTypeSymbol type)
        => type.Name == "IIdentity" && type.ContainingNamespace?.ToDisplayString() == "System.Security.Principal";
}
