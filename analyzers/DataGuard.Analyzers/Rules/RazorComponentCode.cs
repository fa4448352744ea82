using System;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Rules;

/// <summary>
/// The C# the Razor compiler generates from a <c>.razor</c> component or a <c>.cshtml</c> page: generated, yet the team's own
/// code — an <c>@code</c> block's methods are written in the <c>.razor</c> file, and the generator's <c>#line</c> directives map
/// every statement back to it, so a diagnostic there names the <c>.razor</c> file and line the user opens. The markup's render
/// method is not analysed (see <see cref="IsAnalysed"/>). Other generated code
/// (designers, EF models, the logging and JSON generators) stays skipped.
/// </summary>
internal static class RazorComponentCode
{
    /// <summary>
    /// True for a body of generated code to analyse: a member of a Razor-generated tree other than the render method. The
    /// markup's render method (<c>BuildRenderTree</c> of a component, <c>ExecuteAsync</c> of a view) is thousands of lines of
    /// <c>AddMarkupContent</c> calls per page and writes to the page only; analysing it doubled DataGuard's time on a Blazor app.
    /// </summary>
    public static bool IsAnalysed(ISymbol owner, SyntaxTree tree)
        => IsRazorGenerated(tree) && owner is not IMethodSymbol { IsOverride: true, Name: "BuildRenderTree" or "ExecuteAsync" };

    /// <summary>True for a tree the Razor compiler generated from a component or page (<c>Components_Pages_Booking_razor.g.cs</c>).</summary>
    private static bool IsRazorGenerated(SyntaxTree tree)
    {
        var path = tree.FilePath;
        return path.EndsWith("razor.g.cs", StringComparison.OrdinalIgnoreCase) || path.EndsWith("cshtml.g.cs", StringComparison.OrdinalIgnoreCase);
    }
}
