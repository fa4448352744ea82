using System;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using DataGuard.Analyzers.Literals;
using DataGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace DataGuard.Analyzers.CodeFixes;

/// <summary>DG1009: replaces the number with a checksum-invalid placeholder of the same shape.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplacePersonalNumberCodeFixProvider)), Shared]
public sealed class ReplacePersonalNumberCodeFixProvider : CodeFixProvider
{
    private const string Title = "Replace with a checksum-invalid placeholder";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.PersonalNumberInSource);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(PersonalNumberInSourceAnalyzer.Properties.Kind, out var name)
                || !Enum.TryParse<PersonalNumberKind>(name, out var kind))
            {
                continue;
            }

            var span = diagnostic.Location.SourceSpan;
            context.RegisterCodeFix(
                CodeAction.Create(Title, token => ReplaceAsync(context.Document, span, kind, token), equivalenceKey: Title),
                diagnostic);
        }
        return Task.CompletedTask;
    }

    private static async Task<Document> ReplaceAsync(Document document, TextSpan span, PersonalNumberKind kind, CancellationToken token)
    {
        var text = await document.GetTextAsync(token).ConfigureAwait(false);
        var placeholder = PersonalNumberPlaceholder.For(text.ToString(span), kind);
        return document.WithText(text.WithChanges(new TextChange(span, placeholder)));
    }
}
