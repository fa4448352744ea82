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
        return type is not null && NamesRequestContent(member.Name) && !PersonalDataClassifier.IsFramework(member.ContainingType)
               && IsNameValueCollection(type);
    }

    private static bool NamesRequestContent(string name)
    {
        if (!NameEndings.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var words = IdentifierWords.Split(name);
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
