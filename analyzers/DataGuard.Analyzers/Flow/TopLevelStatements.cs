using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// Code among a file's top-level statements (a minimal API's <c>Program.cs</c>), outside any local function. The statements
/// are one method body to the compiler: asking the semantic model about any node of them — a symbol, an operation, even
/// speculatively or without nullable analysis — binds and null-checks all of them, every endpoint lambda included (5–20 s
/// on a 4,136-line <c>Program.cs</c>, paid inside whichever DataGuard callback asked first, round 24 training). Questions
/// asked from other methods' callbacks (who calls this method? is this literal a route template?) are answered there from
/// the syntax; the program's own operation block, which the analyzer driver binds, is walked as any other method.
/// </summary>
internal static class TopLevelStatements
{
    /// <summary>True when <paramref name="node"/> is part of a top-level statement and not of a local function declared in one.</summary>
    public static bool Contain(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case LocalFunctionStatementSyntax:
                    return false;
                case GlobalStatementSyntax:
                    return true;
                case MemberDeclarationSyntax or CompilationUnitSyntax:
                    return false;
            }
        }

        return false;
    }
}
