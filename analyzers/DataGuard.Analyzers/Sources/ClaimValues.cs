using System;
using System.Collections.Generic;
using System.Linq;
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

    /// <summary>
    /// The constant type of the claim <paramref name="value"/> reads (<c>user.FindFirst("uid")?.Value</c>,
    /// <c>User.FindFirstValue("uid")</c>), or null for anything else.
    /// </summary>
    public static string? ReadClaimType(IOperation value)
    {
        var read = ClaimOrFinalRead(value);
        return read is IInvocationOperation invocation && Readers.Contains(invocation.TargetMethod.Name) && ReadsClaimsOf(invocation.TargetMethod)
            ? invocation.Arguments.FirstOrDefault(a => a.Parameter is { Name: "type" or "claimType" })?.Value.ConstantValue.Value as string
            : null;
    }

    /// <summary>
    /// True for a claim type that names no person's datum and is not the subject identifier (<c>"uid"</c>, <c>"UserId"</c>,
    /// <c>"ClinicId"</c>, a role): a key the program puts in its own token.
    /// </summary>
    public static bool IsImpersonalType(string claimType, PersonalNames names)
        => !SubjectClaims.Contains(LastSegment(claimType)) && !IsPersonalType(claimType, names);

    /// <summary>
    /// The principal whose name or claim <paramref name="value"/> reads (<c>user</c> in <c>user?.Identity?.Name</c>,
    /// <c>HttpContext.User</c> in <c>HttpContext.User.FindFirstValue("uid")</c>), or null when it reads neither.
    /// </summary>
    public static IOperation? PrincipalRead(IOperation value, PersonalNames names)
    {
        var read = ClaimOrFinalRead(value);
        if (PersonalRead(read, names) is null && ReadClaimType(read) is null)
        {
            return null;
        }

        // Down the receivers while they are claims types: the last one is the principal (or the identity) read.
        IOperation? principal = null;
        var current = Receiver(read);
        for (var steps = 0; current is not null && steps < MaxReceiverSteps; steps++)
        {
            current = Resolved(current);
            if (!IsClaimsType(current.Type) && !IsIdentity(current.Type as INamedTypeSymbol) && !IsPrincipalInterface(current.Type))
            {
                break;
            }

            principal = current;
            current = Receiver(current);
        }

        return principal;
    }

    /// <summary>Receivers walked from a claim's value to its principal (<c>HttpContext?.User?.Identity?.Name</c> takes four).</summary>
    private const int MaxReceiverSteps = 8;

    /// <summary>The claim reader behind a claim's <c>Value</c>, else the member or call the value ends with.</summary>
    private static IOperation ClaimOrFinalRead(IOperation value)
    {
        var read = FinalRead(value);
        return read is IPropertyReferenceOperation { Property.Name: "Value", Instance: { } claim } && IsClaim(claim.Type as INamedTypeSymbol)
            ? FinalRead(claim)
            : read;
    }

    /// <summary>The member or call a value ends with, through conversions and <c>?.</c>.</summary>
    private static IOperation FinalRead(IOperation value)
    {
        for (var steps = 0; steps < MaxReceiverSteps; steps++)
        {
            value = Resolved(value);
            if (value is not IConditionalAccessOperation access)
            {
                break;
            }

            value = access.WhenNotNull;
        }

        return value;
    }

    /// <summary>Through conversions, and from a <c>?.</c>'s instance to the receiver it stands for.</summary>
    private static IOperation Resolved(IOperation value)
    {
        value = Flow.OperationShapes.Unconverted(value);
        return value is IConditionalAccessInstanceOperation instance && Flow.OperationShapes.ConditionalAccessOwner(instance) is { } owner
            ? Flow.OperationShapes.Unconverted(owner.Operation)
            : value;
    }

    private static IOperation? Receiver(IOperation operation)
        => operation switch
        {
            IPropertyReferenceOperation property => property.Instance,
            IInvocationOperation { Instance: { } instance } => instance,
            IInvocationOperation { TargetMethod.IsExtensionMethod: true, Arguments: { Length: > 0 } arguments } => arguments[0].Value,
            _ => null,
        };

    private static bool IsPrincipalInterface(ITypeSymbol? type)
        => type is { Name: "IPrincipal" } && type.ContainingNamespace?.ToDisplayString() == "System.Security.Principal";

    /// <summary>LINQ calls that pick claims out of a principal's <c>Claims</c> by a predicate on each claim.</summary>
    private static readonly HashSet<string> Selectors = new(StringComparer.Ordinal)
    {
        "First", "FirstOrDefault", "Single", "SingleOrDefault", "Last", "LastOrDefault", "Where",
    };

    /// <summary>
    /// Claim types that identify the signed-in person besides <see cref="PersonClaims"/>: the subject identifier is the
    /// person's own account key, and a claim picked from <c>Claims</c> by it stays personal as the whole list was.
    /// </summary>
    private static readonly HashSet<string> SubjectClaims = new(StringComparer.Ordinal) { "nameidentifier", "sub", "sid", "oid" };

    /// <summary>
    /// True for a claim picked out of the signed-in principal's <c>Claims</c> by a constant type that names no person's datum
    /// (<c>User.Claims.FirstOrDefault(c =&gt; c.Type == "ClinicId")</c>, a role): an organisation's id or an internal key the
    /// program put in its own token. The whole list stays personal; so does a claim picked by a person's type (e-mail, name,
    /// phone, the subject identifier) or by anything but a constant.
    /// </summary>
    public static bool SelectsImpersonalClaim(IInvocationOperation invocation, PersonalNames names)
    {
        if (!Selectors.Contains(invocation.TargetMethod.Name) || invocation.Arguments.Length != 2
            || !IsClaimsList(invocation.Arguments[0].Value) || PickedType(invocation.Arguments[1].Value) is not { } type)
        {
            return false;
        }

        var name = LastSegment(type);
        return !SubjectClaims.Contains(name) && !IsPersonalType(type, names);
    }

    /// <summary><c>User.Claims</c> or <c>identity.Claims</c> (through conversions).</summary>
    private static bool IsClaimsList(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        // `user?.Claims?.FirstOrDefault(…)`: the list is the receiver the `?.` stands for.
        value = Resolved(value);
        return value is IPropertyReferenceOperation { Property: { Name: "Claims" } property } && IsClaimsType(property.ContainingType);
    }

    /// <summary>The constant claim type a predicate <c>c =&gt; c.Type == "…"</c> (either side, or <c>c.Type.Equals("…")</c>) compares with.</summary>
    private static string? PickedType(IOperation predicate)
    {
        if (predicate is IDelegateCreationOperation creation)
        {
            predicate = creation.Target;
        }

        if (predicate is not IAnonymousFunctionOperation { Body.Operations: { Length: 1 } body } || body[0] is not IReturnOperation { ReturnedValue: { } test })
        {
            return null;
        }

        return test switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals
                => TypeCompared(equals.LeftOperand, equals.RightOperand) ?? TypeCompared(equals.RightOperand, equals.LeftOperand),
            IInvocationOperation { TargetMethod.Name: "Equals", Instance: { } instance, Arguments: { Length: >= 1 } arguments }
                => TypeCompared(instance, arguments[0].Value),
            _ => null,
        };
    }

    private static string? TypeCompared(IOperation read, IOperation constant)
        => read is IPropertyReferenceOperation { Property.Name: "Type" } property && IsClaim(property.Property.ContainingType)
           && constant.ConstantValue is { HasValue: true, Value: string type }
            ? type
            : null;

    private static bool IsClaim(INamedTypeSymbol? type)
        => type is { Name: "Claim" } && type.ContainingNamespace?.ToDisplayString() == "System.Security.Claims";

    private static string LastSegment(string claimType) => claimType.Substring(claimType.LastIndexOf('/') + 1).ToLowerInvariant();

    private static bool IsPersonalType(string claimType, PersonalNames names)
    {
        // The names are asked of the segment as written too: lower-cased, "FullName" is one word and names nothing.
        var segment = claimType.Substring(claimType.LastIndexOf('/') + 1);
        return PersonClaims.Contains(LastSegment(claimType)) || names.IsPersonal(segment.ToLowerInvariant()) || names.IsPersonal(segment);
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
