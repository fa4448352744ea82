using System;
using System.Collections.Immutable;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sinks;

/// <summary>
/// A link back to the page being served: <c>new UriBuilder(Request.GetEncodedUrl()) { Query = new QueryBuilder(Request.Query…) }</c>
/// (a pager's next-page link). The current request's own query and path were already in the address the browser sent, and
/// the link goes back to the same site: copying them adds no exposure (DG1002; round 27's pagination tag helper). Anything
/// else in the link (a form value, a record's member) and the request's query forwarded to another host stay reported.
/// </summary>
internal static class SameSiteLinks
{
    /// <summary>Members of the current request that hold its own address (ASP.NET Core's <c>HttpRequest</c> and System.Web's).</summary>
    private static readonly ImmutableHashSet<string> AddressMembers = ImmutableHashSet.Create(StringComparer.Ordinal,
        "Microsoft.AspNetCore.Http.HttpRequest.Query", "Microsoft.AspNetCore.Http.HttpRequest.QueryString",
        "Microsoft.AspNetCore.Http.HttpRequest.Path", "Microsoft.AspNetCore.Http.HttpRequest.PathBase",
        "Microsoft.AspNetCore.Http.Extensions.UriHelper.GetEncodedUrl", "Microsoft.AspNetCore.Http.Extensions.UriHelper.GetDisplayUrl",
        "Microsoft.AspNetCore.Http.Extensions.UriHelper.GetEncodedPathAndQuery",
        "System.Web.HttpRequest.QueryString", "System.Web.HttpRequest.Url", "System.Web.HttpRequest.RawUrl",
        "System.Web.HttpRequestBase.QueryString", "System.Web.HttpRequestBase.Url", "System.Web.HttpRequestBase.RawUrl");

    /// <summary>True when <paramref name="assignment"/> sets a part of a <c>UriBuilder</c> made from the current request's own address.</summary>
    public static bool IsLinkBack(ISimpleAssignmentOperation assignment)
        => assignment.Target is IPropertyReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } }
           && assignment.Parent?.Parent is IObjectCreationOperation { Arguments: { Length: 1 } arguments }
           && IsRequestAddress(Flow.OperationShapes.Unconverted(arguments[0].Value));

    /// <summary>The taint without the current request's own address parts.</summary>
    public static Flow.Taint WithoutRequestAddress(Flow.Taint taint) => taint.Without(value => IsAddressMember(value.Symbol));

    private static bool IsRequestAddress(IOperation value) => value switch
    {
        IInvocationOperation invocation => IsAddressMember(invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod),
        IPropertyReferenceOperation property => IsAddressMember(property.Property),
        _ => false,
    };

    private static bool IsAddressMember(ISymbol? member)
        => member is IPropertySymbol or IMethodSymbol && member.ContainingType is { } owner
           && AddressMembers.Contains(PersonalAttributes.MetadataName(owner.OriginalDefinition) + "." + member.Name);
}
