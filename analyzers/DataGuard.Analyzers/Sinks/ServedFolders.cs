using System;
using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sinks;

/// <summary>
/// Folders the program serves to anyone besides its web root: a <c>PhysicalFileProvider</c> given to ASP.NET Core's static-file
/// middleware (<c>UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(uploadsPath), RequestPath = "/uploads" })</c>,
/// <c>UseFileServer</c>, <c>UseDirectoryBrowser</c>, directly or through a local). The provider's root is read by data flow — constants,
/// locals, <c>Path.Combine</c> of the content root (<see cref="EndpointResolver.PathFragments"/>, bounded) — and its last folder is
/// served like <c>wwwroot</c> (round 35: client documents under <c>Uploads</c>). A root that cannot be read serves nothing.
/// </summary>
internal static class ServedFolders
{
    private const string ProviderType = "PhysicalFileProvider";

    private const string ProviderNamespace = "Microsoft.Extensions.FileProviders";

    /// <summary>The options member the static-file middleware serves from (<c>SharedOptionsBase.FileProvider</c>).</summary>
    private const string ProviderMember = "FileProvider";

    private const string MiddlewareNamespace = "Microsoft.AspNetCore";

    /// <summary>The last folder of every provider root the program serves, read once per compilation.</summary>
    public static ImmutableArray<string> Of(Compilation compilation, EndpointResolver endpoints)
    {
        var folders = ImmutableArray.CreateBuilder<string>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetText().ToString().IndexOf(ProviderType, StringComparison.Ordinal) < 0)
            {
                continue;
            }

            foreach (var node in tree.GetRoot().DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>())
            {
                if (node is ObjectCreationExpressionSyntax { Type: var named } && !named.ToString().EndsWith(ProviderType, StringComparison.Ordinal))
                {
                    continue;
                }

                if (endpoints.Bodies.Model(tree).GetOperation(node) is IObjectCreationOperation { Arguments.Length: > 0 } creation
                    && IsProvider(creation.Type) && IsServed(creation)
                    && endpoints.PathFragments(creation.Arguments[0].Value) is { Length: > 0 } fragments && WebRoot.LastFolder(fragments[fragments.Length - 1]) is { } folder)
                {
                    folders.Add(folder);
                }
            }
        }

        return folders.ToImmutable();
    }

    private static bool IsProvider(ITypeSymbol? type)
        => type is { Name: ProviderType } && type.ContainingNamespace?.ToDisplayString() == ProviderNamespace;

    /// <summary>The provider is handed to the middleware: assigned to its options' <c>FileProvider</c>, or kept in a local that is.</summary>
    private static bool IsServed(IOperation creation)
    {
        var parent = Assigned(creation);
        if (IsMiddlewareProvider(parent))
        {
            return true;
        }

        if (parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var local } })
        {
            return false;
        }

        return StoredValues.Root(creation).Descendants()
            .Any(o => o is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local) && IsMiddlewareProvider(Assigned(reference)));
    }

    /// <summary>Where a value goes: the operation above it and its conversions.</summary>
    private static IOperation? Assigned(IOperation value)
    {
        var parent = value.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent;
    }

    private static bool IsMiddlewareProvider(IOperation? assignment)
        => assignment is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { Name: ProviderMember } property } }
           && property.ContainingType?.ContainingNamespace?.ToDisplayString().StartsWith(MiddlewareNamespace, StringComparison.Ordinal) == true;
}
