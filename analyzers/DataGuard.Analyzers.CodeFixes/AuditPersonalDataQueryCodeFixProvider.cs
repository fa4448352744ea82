using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DataGuard.Analyzers.Audit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace DataGuard.Analyzers.CodeFixes;

/// <summary>
/// DG1008: inserts a call of the project's <c>[AuditsPersonalDataAccess]</c> method before the statement that reads the
/// records (arguments taken from same-named locals and parameters in scope, <c>nameof</c> of the method for other
/// strings, <c>default</c> otherwise — a template to complete); or marks the method <c>[PersonalDataQuery]</c>, handing the
/// duty to audit to its callers.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AuditPersonalDataQueryCodeFixProvider)), Shared]
public sealed class AuditPersonalDataQueryCodeFixProvider : CodeFixProvider
{
    private const string MarkTitle = "Mark the method [PersonalDataQuery] (its callers audit)";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.PersonalDataQueryNotAudited);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;

        var diagnostic = context.Diagnostics[0];
        var read = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var statement = read.FirstAncestorOrSelf<StatementSyntax>();
        var method = read.FirstAncestorOrSelf<MethodDeclarationSyntax>();
        var inLambda = read.Ancestors().TakeWhile(a => a != method).Any(a => a is LambdaExpressionSyntax);

        if (statement is not null && method is not null && AuditCallTemplate(model, statement, method) is { } call)
        {
            var title = "Insert a call of " + call.Method.Name;
            context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(InsertBefore(context.Document, root, statement, call.Statement)), title), diagnostic);
        }

        if (method is not null && !inLambda)
        {
            context.RegisterCodeFix(CodeAction.Create(MarkTitle, _ => Task.FromResult(Mark(context.Document, root, method)), MarkTitle), diagnostic);
        }
    }

    private static (IMethodSymbol Method, StatementSyntax Statement)? AuditCallTemplate(SemanticModel model, StatementSyntax statement, MethodDeclarationSyntax declaration)
    {
        if (AuditRequirement.DeclaredAuditMethod(model.Compilation) is not { } audit
            || model.GetDeclaredSymbol(declaration) is not { } caller
            || Receiver(model, statement.SpanStart, audit, caller) is not { } receiver)
        {
            return null;
        }

        var arguments = audit.Parameters.Select(p => TemplateArgument(model, statement.SpanStart, p, caller.Name));
        ExpressionSyntax call = InvocationExpression(
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, IdentifierName(audit.Name)),
            ArgumentList(SeparatedList(arguments)));
        if (caller.IsAsync && audit.ReturnType.Name is "Task" or "ValueTask") call = AwaitExpression(call);
        return (audit, ExpressionStatement(call).WithAdditionalAnnotations(Formatter.Annotation));
    }

    /// <summary>The type for a static audit method; a field, property or parameter of its type for an instance one.</summary>
    private static ExpressionSyntax? Receiver(SemanticModel model, int position, IMethodSymbol audit, IMethodSymbol caller)
    {
        if (audit.IsStatic) return ParseExpression(audit.ContainingType.ToMinimalDisplayString(model, position));
        var holder = model.LookupSymbols(position).FirstOrDefault(s => TypeOf(s) is { } type
            && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, audit.ContainingType.OriginalDefinition)
            && !(caller.IsStatic && !s.IsStatic && s is IFieldSymbol or IPropertySymbol));
        return holder is null ? null : IdentifierName(holder.Name);
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        IFieldSymbol f => f.Type,
        IPropertySymbol p => p.Type,
        IParameterSymbol p => p.Type,
        ILocalSymbol l => l.Type,
        _ => null,
    };

    private static ArgumentSyntax TemplateArgument(SemanticModel model, int position, IParameterSymbol parameter, string callerName)
    {
        var inScope = model.LookupSymbols(position, name: parameter.Name).FirstOrDefault(s => s is ILocalSymbol or IParameterSymbol);
        if (inScope is not null) return Argument(IdentifierName(inScope.Name));
        if (parameter.Type.SpecialType == SpecialType.System_String)
        {
            return Argument(InvocationExpression(IdentifierName("nameof"), ArgumentList(SingletonSeparatedList(Argument(IdentifierName(callerName))))));
        }
        return Argument(LiteralExpression(SyntaxKind.DefaultLiteralExpression, Token(SyntaxKind.DefaultKeyword)));
    }

    private static Document InsertBefore(Document document, SyntaxNode root, StatementSyntax statement, StatementSyntax call)
        => document.WithSyntaxRoot(root.InsertNodesBefore(statement, new[] { call.WithLeadingTrivia(statement.GetLeadingTrivia()) }));

    private static Document Mark(Document document, SyntaxNode root, MethodDeclarationSyntax method)
    {
        var attribute = AttributeList(SingletonSeparatedList(Attribute(ParseName("DataGuard.PersonalDataQuery"))))
            .WithLeadingTrivia(method.GetLeadingTrivia())
            .WithAdditionalAnnotations(Formatter.Annotation);
        var marked = method.WithoutLeadingTrivia().WithAttributeLists(method.AttributeLists.Insert(0, attribute));
        return document.WithSyntaxRoot(root.ReplaceNode(method, marked));
    }
}
