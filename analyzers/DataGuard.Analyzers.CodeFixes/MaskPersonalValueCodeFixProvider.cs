using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DataGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace DataGuard.Analyzers.CodeFixes;

/// <summary>
/// Wraps the personal value that reaches a sink in <c>Masking.Mask(…)</c> and adds <c>using DataGuard;</c>.
/// Offered for DG1001–DG1006 when the analyzer found a string expression inside the sink call to wrap.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MaskPersonalValueCodeFixProvider)), Shared]
public sealed class MaskPersonalValueCodeFixProvider : CodeFixProvider
{
    private const string Title = "Mask the personal value with Masking.Mask";
    private const string MaskingNamespace = "DataGuard";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.PersonalDataLogged,
        DiagnosticIds.PersonalDataInUrl,
        DiagnosticIds.PersonalDataOverUnencryptedChannel,
        DiagnosticIds.PersonalDataSentToGenerativeAi,
        DiagnosticIds.PersonalDataSentToExternalHost,
        DiagnosticIds.PersonalDataInExceptionMessage);

    /// <summary>
    /// Fix-all wraps every value in the document and adds the using once. The batch fixer cannot do this in one pass:
    /// it treats the identical <c>using DataGuard;</c> insertions of the individual fixes as conflicts and drops all but one.
    /// </summary>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit)
        {
            return document;
        }

        var values = diagnostics.Select(MaskSpan).Where(s => s is not null).Select(s => FindValue(unit, s!.Value)).OfType<ExpressionSyntax>()
            .Distinct().ToList();
        if (values.Count == 0)
        {
            return document;
        }

        // Outermost first is not needed: masked spans never nest, each is a leaf value.
        var updated = unit.ReplaceNodes(values, (original, _) => Masked(original));
        return document.WithSyntaxRoot(WithMaskingUsing(updated));
    }

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (MaskSpan(diagnostic) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => MaskAsync(context.Document, diagnostic, ct), equivalenceKey: Title),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static TextSpan? MaskSpan(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(DiagnosticCollector.MaskStart, out var start)
           && diagnostic.Properties.TryGetValue(DiagnosticCollector.MaskLength, out var length)
           && int.TryParse(start, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)
           && int.TryParse(length, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)
            ? new TextSpan(s, l)
            : null;

    private static async Task<Document> MaskAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit || MaskSpan(diagnostic) is not { } span || FindValue(unit, span) is not { } value)
        {
            return document;
        }

        return document.WithSyntaxRoot(WithMaskingUsing(unit.ReplaceNode(value, Masked(value))));
    }

    private static ExpressionSyntax? FindValue(CompilationUnitSyntax unit, TextSpan span)
    {
        if (unit.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax value)
        {
            return null;
        }

        while (value.Parent is ExpressionSyntax parent && parent.Span == span)
        {
            value = parent;
        }

        return value;
    }

    private static ExpressionSyntax Masked(ExpressionSyntax value)
        => InvocationExpression(
                MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName("Masking"), IdentifierName("Mask")),
                ArgumentList(SingletonSeparatedList(Argument(value.WithoutTrivia()))))
            .WithTriviaFrom(value);

    private static CompilationUnitSyntax WithMaskingUsing(CompilationUnitSyntax unit)
    {
        var declared = unit.Usings.Concat(unit.Members.OfType<BaseNamespaceDeclarationSyntax>().SelectMany(n => n.Usings))
            .Any(u => u.Alias is null && u.Name?.ToString() == MaskingNamespace);
        if (declared)
        {
            return unit;
        }

        // Keep the file's own line endings.
        var endOfLine = unit.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var newLine = endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine : LineFeed;
        var directive = UsingDirective(ParseName(MaskingNamespace)).WithAdditionalAnnotations(Formatter.Annotation);
        return unit.AddUsings(directive.WithTrailingTrivia(newLine));
    }
}
