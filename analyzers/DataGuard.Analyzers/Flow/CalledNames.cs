using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// The name a call's syntax invokes (<c>Seed</c> for <c>Seed(…)</c>, <c>this.Seed(…)</c> and <c>x?.Seed(…)</c>): lets a walk
/// over a type's syntax skip the calls that cannot be of the method it looks for before it binds any of them.
/// </summary>
internal static class CalledNames
{
    public static string? Of(InvocationExpressionSyntax call) => Of(call.Expression);

    /// <summary>The member an expression names: <c>_from</c>, <c>this._from</c>, <c>x?.From</c>.</summary>
    public static string? Of(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };
}
