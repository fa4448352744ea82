using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace DataGuard.Analyzers.CodeFixes;

/// <summary>
/// DG1007: gives a record a <c>PrintMembers</c> that prints its public members except the personal ones, so the synthesized
/// ToString no longer exposes them.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ExcludePersonalMembersFromToStringCodeFixProvider)), Shared]
public sealed class ExcludePersonalMembersFromToStringCodeFixProvider : CodeFixProvider
{
    private const string Title = "Exclude personal members from ToString";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.PersonalDataExposedByToString);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var record = root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<RecordDeclarationSyntax>().FirstOrDefault();
            if (record is null || record.Identifier.Span != diagnostic.Location.SourceSpan
                || record.Members.OfType<MethodDeclarationSyntax>().Any(m => m.Identifier.Text is "ToString" or "PrintMembers")
                || !await DeclaresPersonalMembersAsync(context.Document, record, context.CancellationToken).ConfigureAwait(false))
            {
                // A record that only inherits personal members is fixed by fixing its base.
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => AddPrintMembersAsync(context.Document, record, ct), equivalenceKey: Title),
                diagnostic);
        }
    }

    private static async Task<bool> DeclaresPersonalMembersAsync(Document document, RecordDeclarationSyntax record, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model?.GetDeclaredSymbol(record, cancellationToken) is not INamedTypeSymbol type)
        {
            return false;
        }

        var profile = DataGuardProfile.For(model.Compilation, document.Project.AnalyzerOptions, record.SyntaxTree);
        var inSource = type.BaseType is { IsRecord: true } baseType && baseType.Locations.Any(l => l.IsInSource);
        return PrintedMembers(type).Any(m => profile.Classifier.IsPersonal(m) && (!inSource || SymbolEqualityComparer.Default.Equals(m.ContainingType, type)));
    }

    private static async Task<Document> AddPrintMembersAsync(Document document, RecordDeclarationSyntax record, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model?.GetDeclaredSymbol(record, cancellationToken) is not INamedTypeSymbol type)
        {
            return document;
        }

        var profile = DataGuardProfile.For(model.Compilation, document.Project.AnalyzerOptions, record.SyntaxTree);
        var printed = PrintedMembers(type).Where(m => !profile.Classifier.IsPersonal(m)).ToList();
        var method = (MethodDeclarationSyntax)ParseMemberDeclaration(PrintMembersText(type, printed))!;
        method = method.WithAdditionalAnnotations(Formatter.Annotation);
        if (record.Members.Count > 0)
        {
            method = method.WithLeadingTrivia(method.GetLeadingTrivia().Insert(0, ElasticCarriageReturnLineFeed));
        }

        var updated = record.SemicolonToken.IsKind(SyntaxKind.SemicolonToken)
            ? record.WithSemicolonToken(default)
                .WithOpenBraceToken(Token(SyntaxKind.OpenBraceToken))
                .WithCloseBraceToken(Token(SyntaxKind.CloseBraceToken).WithTrailingTrivia(record.SemicolonToken.TrailingTrivia))
                .AddMembers(method)
            : record.AddMembers(method);
        updated = updated.WithAdditionalAnnotations(Formatter.Annotation);

        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return document.WithSyntaxRoot(root!.ReplaceNode(record, updated));
    }

    /// <summary>Public instance members in the order the synthesized PrintMembers prints them: base records first.</summary>
    private static IEnumerable<ISymbol> PrintedMembers(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is { IsRecord: true } && !PersonalDataClassifier.IsFramework(current); current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        foreach (var level in chain)
        {
            foreach (var member in level.GetMembers())
            {
                if (member is IPropertySymbol { IsIndexer: false, IsStatic: false, DeclaredAccessibility: Accessibility.Public, Name: not "EqualityContract" }
                    or IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false, DeclaredAccessibility: Accessibility.Public })
                {
                    yield return member;
                }
            }
        }
    }

    private static string PrintMembersText(INamedTypeSymbol type, IReadOnlyList<ISymbol> members)
    {
        var baseIsRecord = type.BaseType is { IsRecord: true } && type.TypeKind == TypeKind.Class;
        var modifiers = type.TypeKind == TypeKind.Struct || type.IsSealed && !baseIsRecord
            ? "private"
            : baseIsRecord ? "protected override" : "protected virtual";

        var text = new StringBuilder();
        text.Append(modifiers).Append(" bool PrintMembers(System.Text.StringBuilder builder)\n{\n");
        for (var i = 0; i < members.Count; i++)
        {
            text.Append("    builder.Append(\"").Append(i == 0 ? string.Empty : ", ").Append(members[i].Name).Append(" = \");\n");
            text.Append("    builder.Append(").Append(members[i].Name).Append(");\n");
        }

        text.Append("    return ").Append(members.Count > 0 ? "true" : "false").Append(";\n}\n");
        return text.ToString();
    }
}
