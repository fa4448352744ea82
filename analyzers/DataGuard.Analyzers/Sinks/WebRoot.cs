using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataGuard.Analyzers.Sinks;

/// <summary>
/// The folder ASP.NET Core serves to anyone as static files: <c>IWebHostEnvironment.WebRootPath</c> (and the older
/// <c>IHostingEnvironment</c>'s), or a path with a <c>wwwroot</c> segment (<c>Path.Combine(Directory.GetCurrentDirectory(),
/// "wwwroot", …)</c>, the relative <c>"wwwroot/uploads"</c>), or under the folder the program names as its web root instead
/// (<c>builder.WebHost.UseWebRoot("public")</c>, <c>new WebApplicationOptions { WebRootPath = "static" }</c>), or a folder it
/// serves beside it (<see cref="ServedFolders"/>), or a web server's absolute tree (<c>C:\inetpub\…</c>). A file written there is
/// published at a guessable URL.
/// </summary>
internal static class WebRoot
{
    /// <summary>The default web root's folder name; also the fragment <see cref="EndpointResolver.PathFragments"/> gives for <c>WebRootPath</c>.</summary>
    public const string Folder = "wwwroot";

    /// <summary>The names a program gives its web root (<c>UseWebRoot</c>, <c>WebRootPath =</c>): the member and the method.</summary>
    private const string RenamingMethod = "UseWebRoot";

    private const string RenamingOption = "WebRootPath";

    /// <summary>What both names share: a tree without it sets no web root.</summary>
    private const string Mention = "WebRoot";

    private static readonly ConditionalWeakTable<Compilation, string[]> CustomFolders = new();

    /// <summary>The fragment that puts a path under the web root, the default one or one the compilation names, or null.</summary>
    public static string? Fragment(ImmutableArray<string> fragments, Compilation? compilation, EndpointResolver endpoints)
        => Fragment(fragments, compilation is null ? Array.Empty<string>() : CustomFolders.GetValue(compilation, c => NamedWebRoots(c).Concat(ServedFolders.Of(c, endpoints)).ToArray()));

    private static string? Fragment(ImmutableArray<string> fragments, string[] customFolders)
    {
        foreach (var fragment in fragments)
        {
            var segments = fragment.Split('/', '\\');
            for (var i = 0; i < segments.Length; i++)
            {
                if (string.Equals(segments[i], Folder, StringComparison.OrdinalIgnoreCase)
                    || customFolders.Contains(segments[i], StringComparer.OrdinalIgnoreCase)
                    || IsFrontEndAssets(segments, i)
                    || IsWebServerTree(segments, i))
                {
                    return fragment;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A front-end project's static folder, <c>src/assets</c> (Angular's, and the bundlers' that copy it as is): whatever is written
    /// there is published with the site (round 34: doctors' national-ID pictures written to
    /// <c>../../Frontend/App/src/assets/nid/…</c>). Only the pair counts — a server's own <c>Assets</c> folder is not served.
    /// </summary>
    private static bool IsFrontEndAssets(string[] segments, int index)
        => index > 0
           && string.Equals(segments[index], FrontEndAssets, StringComparison.OrdinalIgnoreCase)
           && string.Equals(segments[index - 1], FrontEndSources, StringComparison.OrdinalIgnoreCase);

    private const string FrontEndAssets = "assets";

    /// <summary>
    /// A web server's own tree on an absolute path, IIS's <c>C:\inetpub\…</c> (round 35: patients' X-rays written to
    /// <c>C:\inetpub\UploadedFiles</c> and linked from the views): the server publishes it. A relative <c>inetpub</c> folder is the app's own.
    /// </summary>
    private static bool IsWebServerTree(string[] segments, int index)
        => index == 1
           && string.Equals(segments[index], WebServerRoot, StringComparison.OrdinalIgnoreCase)
           && (segments[0].Length == 0 || segments[0].Length == 2 && segments[0][1] == ':' && char.IsLetter(segments[0][0]));

    private const string WebServerRoot = "inetpub";

    private const string FrontEndSources = "src";

    /// <summary>
    /// The last folder of every constant web root the program sets (<c>UseWebRoot("public")</c>, <c>WebRootPath = "static/site"</c>),
    /// read once per compilation from the syntax of the trees that mention it.
    /// </summary>
    private static string[] NamedWebRoots(Compilation compilation)
    {
        var folders = ImmutableHashSet.CreateBuilder<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetText().ToString().IndexOf(Mention, StringComparison.Ordinal) < 0)
            {
                continue;
            }

            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                var folder = node switch
                {
                    InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: RenamingMethod }, ArgumentList.Arguments: { Count: > 0 } arguments }
                        => arguments[arguments.Count - 1].Expression,
                    AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: RenamingOption } or MemberAccessExpressionSyntax { Name.Identifier.ValueText: RenamingOption } } assignment
                        => assignment.Right,
                    _ => null,
                };
                if (folder is LiteralExpressionSyntax { Token.Value: string path } && LastFolder(path) is { } last && !string.Equals(last, Folder, StringComparison.OrdinalIgnoreCase))
                {
                    folders.Add(last);
                }
            }
        }

        return folders.ToArray();
    }

    /// <summary>The last named folder of a path, or null.</summary>
    public static string? LastFolder(string path)
        => path.Split('/', '\\').LastOrDefault(segment => segment.Length > 0 && segment != "." && segment != "..");

    /// <summary>True for the host environment's <c>WebRootPath</c> (<c>Microsoft.AspNetCore.Hosting.IWebHostEnvironment</c>, <c>IHostingEnvironment</c>).</summary>
    public static bool IsWebRootPath(IPropertySymbol property)
        => property.Name == "WebRootPath"
           && property.ContainingType is { } owner
           && owner.ContainingNamespace?.ToDisplayString() is "Microsoft.AspNetCore.Hosting";
}
