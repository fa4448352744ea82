using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// Members that hold a request's content by design: <c>public NameValueCollection Form { get; set; }</c> on an error record
/// that one assembly fills from the request and another stores or mails. An analyzer sees one compilation at a time, so where
/// the record is stored its members' provenance is unknown; the member itself says it. Names suggest, types decide: the name
/// says form, query string, cookies, request headers or server variables, and the type is a name-value collection (what a
/// client sent, field by field). A <c>FormOptions Form</c>, an <c>int QueryStringLength</c> or a <c>Headers</c> dictionary of
/// an outgoing message are not; a member only this compilation can set is decided by what it is set to
/// (<see cref="RequestFedMembers"/>), not by its name.
/// </summary>
internal static class RequestContentMembers
{
    /// <summary>The words a member's name ends with, after an optional <c>Request</c>/<c>Http</c> prefix.</summary>
    private static readonly string[][] ContentWords =
    {
        new[] { "form" }, new[] { "form", "data" }, new[] { "form", "values" }, new[] { "form", "fields" }, new[] { "query", "string" },
        new[] { "query" }, new[] { "cookies" }, new[] { "server", "variables" },
    };

    /// <summary>Only after a request prefix: <c>RequestHeaders</c> came from the client, a message's own <c>Headers</c> need not have.</summary>
    private static readonly string[][] RequestOnlyWords = { new[] { "headers" } };

    private static readonly HashSet<string> RequestPrefixes = new(StringComparer.Ordinal) { "request", "http", "client", "posted", "incoming" };

    /// <summary>Cheap test before splitting the name: what every matching name ends with.</summary>
    private static readonly string[] NameEndings = { "Form", "FormData", "FormValues", "FormFields", "Query", "QueryString", "Cookies", "ServerVariables", "Headers" };

    /// <summary>True for a field or property that holds a request's form, query string, cookies, headers or server variables by design.</summary>
    public static bool HoldsRequestContent(ISymbol member)
    {
        var type = member switch
        {
            IPropertySymbol { IsIndexer: false, IsStatic: false } property when SettableFromOtherAssemblies(property) => property.Type,
            IFieldSymbol { IsStatic: false, IsReadOnly: false, IsConst: false, IsImplicitlyDeclared: false } field when IsVisibleOutside(field) => field.Type,
            _ => null,
        };
        return type is not null && !PersonalDataClassifier.IsFramework(member.ContainingType)
               && (NamesRequestContent(member.Name) && IsNameValueCollection(type) || IsSnapshotPart(member.Name, type) && IsRequestSnapshot(member.ContainingType)
                   || HoldsSnapshot(type));
    }

    /// <summary>
    /// A member whose type is a copy of a request (<c>Report.Request</c>): it holds the request's content even when the copy is
    /// a dictionary with named properties (Bugsnag's <c>Request : Dictionary&lt;string, object&gt;</c>), which is judged by its
    /// elements rather than by its members.
    /// </summary>
    private static bool HoldsSnapshot(ITypeSymbol type)
        => type is INamedTypeSymbol named && named.Name.IndexOf("Request", StringComparison.OrdinalIgnoreCase) >= 0
           && !PersonalDataClassifier.IsFramework(named) && IsRequestSnapshot(named);

    /// <summary>
    /// The parts a copy of a whole request keeps: its headers, cookies, query string, form, raw body and the client's address.
    /// Headers are first: a copy of a request always has them, and so does no other kind of record together with the rest.
    /// </summary>
    private static readonly string[][] SnapshotParts =
    {
        new[] { "headers" }, new[] { "cookies" }, new[] { "query", "string" }, new[] { "form" }, new[] { "form", "variables" },
        new[] { "post", "data" }, new[] { "post", "body" }, new[] { "post", "params" }, new[] { "raw", "data" }, new[] { "request", "body" },
        new[] { "client", "ip" }, new[] { "user", "ip" }, new[] { "ip", "address" },
    };

    /// <summary>
    /// True for the program's own copy of an incoming request, as a crash reporter or an audit library builds one
    /// (<c>RaygunRequestMessage</c>, Exceptionless's <c>RequestInfo</c>, Bugsnag's and Rollbar's <c>Request</c>): a type named
    /// for a request that holds the request's headers and at least one more of its parts. One assembly fills it from the
    /// request and another posts it to the vendor; where it is posted only its shape says what it holds. An outgoing message's
    /// <c>Headers</c> and <c>Body</c> are not such parts: a body is everything, and nothing says it came from a client.
    /// </summary>
    private static bool IsRequestSnapshot(INamedTypeSymbol owner)
    {
        if (!IdentifierWords.Words(owner.Name).Contains("request"))
        {
            return false;
        }

        var parts = owner.GetMembers().Where(m => m is IPropertySymbol or IFieldSymbol && !m.IsStatic).Select(m => PartOf(m.Name)).Where(p => p >= 0).ToList();
        return parts.Contains(0) && parts.Any(p => p > 0);
    }

    /// <summary>Cheap test before splitting the name: what every part's name ends with.</summary>
    private static readonly string[] PartEndings = { "Headers", "Cookies", "String", "Form", "Variables", "Data", "Body", "Params", "Ip", "Address" };

    /// <summary>A snapshot's part that can hold text (not a length or a flag).</summary>
    private static bool IsSnapshotPart(string name, ITypeSymbol type)
        => !type.IsValueType && PartEndings.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && PartOf(name) >= 0;

    /// <summary>The index in <see cref="SnapshotParts"/> of the part a member's name says it is, or -1.</summary>
    private static int PartOf(string name)
    {
        var words = IdentifierWords.Words(name);
        for (var i = 0; i < SnapshotParts.Length; i++)
        {
            if (words.SequenceEqual(SnapshotParts[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool NamesRequestContent(string name)
    {
        if (!NameEndings.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var words = IdentifierWords.Words(name);
        var prefixed = words.Count > 1 && RequestPrefixes.Contains(words[0]);
        var rest = prefixed ? words.Skip(1).ToList() : words;
        return ContentWords.Any(w => rest.SequenceEqual(w)) || prefixed && RequestOnlyWords.Any(w => rest.SequenceEqual(w));
    }

    /// <summary>
    /// A public or protected setter (or init) on a type other assemblies see: the code that fills it may be in another
    /// compilation. A get-only or internal member is filled here, where the flow and <see cref="RequestFedMembers"/> see it.
    /// </summary>
    private static bool SettableFromOtherAssemblies(IPropertySymbol property)
        => property.SetMethod is { DeclaredAccessibility: Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal }
           && IsVisibleOutside(property);

    private static bool IsVisibleOutside(ISymbol member)
    {
        if (member.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
        {
            return false;
        }

        for (var type = member.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A collection of named text values: <c>NameValueCollection</c>, a framework request collection, a dictionary or list of
    /// pairs keyed by text with text values (<c>Dictionary&lt;string, string&gt;</c>, <c>List&lt;NameValuePair&gt;</c>).
    /// </summary>
    private static bool IsNameValueCollection(ITypeSymbol type)
    {
        if (BaseTypes.Any(type as INamedTypeSymbol, t => t.Name == "NameValueCollection" && PersonalAttributes.MetadataName(t) == "System.Collections.Specialized.NameValueCollection"))
        {
            return true;
        }

        if (RequestContent.IsWholeType(type))
        {
            return true;
        }

        return PersonalDataClassifier.ElementType(type) is INamedTypeSymbol element && IsNamedText(element);
    }

    /// <summary><c>KeyValuePair&lt;string, string&gt;</c> (or of <c>StringValues</c>, <c>string[]</c>), or a pair type with a text name and value.</summary>
    private static bool IsNamedText(INamedTypeSymbol element)
    {
        if (element.Name == "KeyValuePair" && element.TypeArguments.Length == 2)
        {
            return element.TypeArguments[0].SpecialType == SpecialType.System_String && IsText(element.TypeArguments[1]);
        }

        var texts = element.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic && p.Type.SpecialType == SpecialType.System_String)
            .Select(p => p.Name).ToList();
        return texts.Count == 2 && texts.Contains("Value") && (texts.Contains("Name") || texts.Contains("Key"));
    }

    private static bool IsText(ITypeSymbol type)
        => type.SpecialType is SpecialType.System_String or SpecialType.System_Object
           || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String }
           || type.Name == "StringValues" && PersonalDataClassifier.IsFramework(type);
}
