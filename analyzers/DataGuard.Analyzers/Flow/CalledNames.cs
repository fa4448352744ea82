using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// The name a call's syntax invokes (<c>Seed</c> for <c>Seed(…)</c>, <c>this.Seed(…)</c> and <c>x?.Seed(…)</c>): lets a walk
/// over a type's syntax skip the calls that cannot be of the method it looks for before it binds any of them.
/// </summary>
internal static class CalledNames
{
    public static string? Of(InvocationExpressionSyntax call) => call.Expression switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };
}
