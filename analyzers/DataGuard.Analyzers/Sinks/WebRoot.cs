using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sinks;

/// <summary>
/// The folder ASP.NET Core serves to anyone as static files: <c>IWebHostEnvironment.WebRootPath</c> (and the older
/// <c>IHostingEnvironment</c>'s), or a path with a <c>wwwroot</c> segment (<c>Path.Combine(Directory.GetCurrentDirectory(),
/// "wwwroot", …)</c>, the relative <c>"wwwroot/uploads"</c>). A file written there is published at a guessable URL.
/// </summary>
internal static class WebRoot
{
    /// <summary>The default web root's folder name; also the fragment <see cref="EndpointResolver.PathFragments"/> gives for <c>WebRootPath</c>.</summary>
    public const string Folder = "wwwroot";

    /// <summary>The fragment that puts a path under the web root, or null.</summary>
    public static string? Fragment(ImmutableArray<string> fragments)
    {
        foreach (var fragment in fragments)
        {
            foreach (var segment in fragment.Split('/', '\\'))
            {
                if (string.Equals(segment, Folder, StringComparison.OrdinalIgnoreCase))
                {
                    return fragment;
                }
            }
        }

        return null;
    }

    /// <summary>True for the host environment's <c>WebRootPath</c> (<c>Microsoft.AspNetCore.Hosting.IWebHostEnvironment</c>, <c>IHostingEnvironment</c>).</summary>
    public static bool IsWebRootPath(IPropertySymbol property)
        => property.Name == "WebRootPath"
           && property.ContainingType is { } owner
           && owner.ContainingNamespace?.ToDisplayString() is "Microsoft.AspNetCore.Hosting";
}
