using System.Collections.Immutable;
using DataGuard.Analyzers.Literals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DataGuard.Analyzers.Rules;

/// <summary>
/// DG1009: a string, raw-string, UTF-8, interpolated-text or numeric literal holds a checksum-valid national ID,
/// resident certificate number or payment card number. Reported on the number itself; the message names the kind,
/// never the value, so build logs and SARIF files do not copy it further.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalNumberInSourceAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.PersonalNumberInSource, Descriptors.AnalyzerInternalError);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxTreeAction(Analyze);
    }

    private static void Analyze(SyntaxTreeAnalysisContext context) =>
        RuleFailure.Guard(DiagnosticIds.PersonalNumberInSource, null, Location.Create(context.Tree, default), context.ReportDiagnostic, () => ReportNumbers(context));

    private static void ReportNumbers(SyntaxTreeAnalysisContext context)
    {
        // A scan of the text is far cheaper than a walk over every token of the tree, and most files hold no long number.
        if (!PersonalNumberScanner.MayContain(context.Tree.GetText(context.CancellationToken).ToString())) return;
        var root = context.Tree.GetRoot(context.CancellationToken);
        foreach (var token in root.DescendantTokens())
        {
            if (!IsLiteral(token.Kind())) continue;
            foreach (var match in PersonalNumberScanner.Find(token.Text))
            {
                var span = new TextSpan(token.SpanStart + match.Start, match.Length);
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.PersonalNumberInSource,
                    Location.Create(context.Tree, span),
                    ImmutableDictionary<string, string?>.Empty.Add(Properties.Kind, match.Kind.ToString()),
                    match.Description));
            }
        }
    }

    private static bool IsLiteral(SyntaxKind kind) => kind is SyntaxKind.StringLiteralToken
        or SyntaxKind.InterpolatedStringTextToken
        or SyntaxKind.Utf8StringLiteralToken
        or SyntaxKind.SingleLineRawStringLiteralToken
        or SyntaxKind.MultiLineRawStringLiteralToken
        or SyntaxKind.Utf8SingleLineRawStringLiteralToken
        or SyntaxKind.Utf8MultiLineRawStringLiteralToken
        or SyntaxKind.NumericLiteralToken
        or SyntaxKind.XmlTextLiteralToken;

    /// <summary>Keys of the diagnostic's properties, read by the code fix.</summary>
    internal static class Properties
    {
        /// <summary>The <see cref="PersonalNumberKind"/> of the number.</summary>
        public const string Kind = "Kind";
    }
}
