using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// A member whose name says only what it is for (<c>Target</c>, <c>Destination</c>) and whose declaration's comment says it
/// holds an e-mail or a phone number (round 30: a verification code's <c>Target { get; set; } // Email or Phone number</c>):
/// the address the code is sent to, a person's. A comment that says the value is masked keeps it out.
/// </summary>
internal static class DocumentedContacts
{
    /// <summary>Member names that say where something goes or whom it identifies, not what it is.</summary>
    private static readonly HashSet<string> SlotWords = new(StringComparer.Ordinal)
    {
        "target", "destination", "recipient", "receiver", "identifier", "contact",
    };

    /// <summary>True for a text member named as a slot whose declaration's comment names both an e-mail and a phone.</summary>
    public static bool IsEmailOrPhone(ISymbol member)
        => member is IPropertySymbol { Type.SpecialType: SpecialType.System_String } or IFieldSymbol { Type.SpecialType: SpecialType.System_String }
           && IdentifierWords.LastWord(member.Name) is { } last && SlotWords.Contains(last)
           && member.DeclaringSyntaxReferences.Length > 0
           && SaysEmailOrPhone(Comments(member.DeclaringSyntaxReferences[0].GetSyntax()));

    private static string Comments(SyntaxNode declaration)
    {
        // A field's declarator sits inside its declaration: the comments are the whole statement's.
        var node = declaration.Parent?.Parent is { } statement && declaration.IsKind(SyntaxKind.VariableDeclarator) ? statement : declaration;
        var text = string.Empty;
        foreach (var trivia in node.GetLeadingTrivia())
        {
            text += IsComment(trivia) ? trivia.ToFullString() : string.Empty;
        }

        foreach (var trivia in node.GetTrailingTrivia())
        {
            text += IsComment(trivia) ? trivia.ToFullString() : string.Empty;
        }

        return text.ToLowerInvariant();
    }

    private static bool IsComment(SyntaxTrivia trivia)
        => trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)
           || trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia);

    private static bool SaysEmailOrPhone(string comment)
        => comment.IndexOf("mail", StringComparison.Ordinal) >= 0 && comment.IndexOf("phone", StringComparison.Ordinal) >= 0
           && comment.IndexOf("mask", StringComparison.Ordinal) < 0;
}
