using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// Sanitizers of markup, not of people: Ganss.Xss <c>HtmlSanitizer.Sanitize</c>, an <c>IXssFilter</c>, a package's
/// <c>SanitizeHtml</c>. They strip tags and scripts and hand the name, e-mail or ID inside on whole, so their verb does not
/// make the result safe when no body can be read (a body in the compilation decides for itself). Decided by shape: the
/// method's name, its type's name or its namespace's last segment has one of <see cref="MarkupWords"/>.
/// </summary>
internal static class MarkupSanitizers
{
    /// <summary>Words that say the cleaning is of markup or scripts (<c>Html</c>, <c>Xss</c>, <c>Markup</c>).</summary>
    private static readonly HashSet<string> MarkupWords = new(StringComparer.Ordinal) { "html", "xss", "markup", "xhtml" };

    /// <summary>True when <paramref name="method"/> cleans markup, whatever its verb says.</summary>
    public static bool CleansMarkupOnly(IMethodSymbol method)
        => HasMarkupWord(method.Name)
           || method.ContainingType is { } type && (HasMarkupWord(type.Name) || type.ContainingNamespace is { IsGlobalNamespace: false } ns && HasMarkupWord(ns.Name));

    private static bool HasMarkupWord(string identifier) => IdentifierWords.Words(identifier).Any(MarkupWords.Contains);
}
