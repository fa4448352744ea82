using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Rules;

/// <summary>
/// Turns an exception inside a rule into a DG0001 diagnostic that names the rule and the symbol. An exception that
/// escapes an analyzer becomes AD0001 at best; at worst it hides which rule and which code failed. Every rule's
/// entry point runs its work through <see cref="Guard"/>.
/// </summary>
internal static class RuleFailure
{
    /// <summary>
    /// Runs <paramref name="analyze"/>; when it throws (other than for cancellation), reports DG0001 for
    /// <paramref name="ruleId"/> on <paramref name="symbol"/> at <paramref name="location"/> and returns false.
    /// </summary>
    public static bool Guard(string ruleId, ISymbol? symbol, Location? location, Action<Diagnostic> report, Action analyze)
        => GuardFindingSymbol(ruleId, () => symbol, location, report, analyze);

    /// <summary>As <see cref="Guard"/>, with the symbol looked up only when there is a failure to report.</summary>
    public static bool GuardFindingSymbol(string ruleId, Func<ISymbol?> symbol, Location? location, Action<Diagnostic> report, Action analyze)
    {
        try
        {
            analyze();
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            report(Diagnostic(ruleId, symbol(), location, exception));
            return false;
        }
    }

    /// <summary>The DG0001 diagnostic: rule, symbol, and the exception's type, message and throwing method.</summary>
    public static Diagnostic Diagnostic(string ruleId, ISymbol? symbol, Location? location, Exception exception)
    {
        location ??= symbol?.Locations.FirstOrDefault(l => l.IsInSource) ?? Location.None;
        var where = symbol?.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) ?? "the compilation";
        var frame = exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim();
        var what = exception.GetType().Name + ": " + exception.Message + (string.IsNullOrEmpty(frame) ? string.Empty : " (" + frame + ")");
        return Microsoft.CodeAnalysis.Diagnostic.Create(Descriptors.AnalyzerInternalError, location, ruleId, where, what);
    }
}
