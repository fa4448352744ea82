using Microsoft.Extensions.FileSystemGlobbing;
using System.Globalization;
using DataGuard.Cli.Resources;

namespace DataGuard.Cli.Sources;

/// <summary>
/// Expands path arguments into files: a file is taken as is (even if a glob would exclude it, because it was named),
/// a directory is walked recursively through the include and exclude globs, in a stable (ordinal) order.
/// </summary>
internal static class SourceSweep
{
    /// <summary>Resolves <paramref name="paths"/> against <paramref name="workingDirectory"/>; no paths means standard input.</summary>
    public static SourceSelection Expand(IReadOnlyList<string> paths, IReadOnlyList<string> includes, IReadOnlyList<string> excludes, string workingDirectory)
    {
        if (paths.Count == 0) return new SourceSelection(new[] { InputSource.StandardInput }, Array.Empty<string>());

        var inputs = new List<InputSource>();
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, workingDirectory);
            if (File.Exists(full))
            {
                if (seen.Add(full)) inputs.Add(new InputSource(DisplayPath(full, workingDirectory), full, Path.GetFileName(full)));
            }
            else if (Directory.Exists(full))
            {
                foreach (var relative in Walk(full, includes, excludes, problems, workingDirectory))
                {
                    var file = Path.GetFullPath(Path.Combine(full, relative));
                    if (seen.Add(file)) inputs.Add(new InputSource(DisplayPath(file, workingDirectory), file, relative));
                }
            }
            else
            {
                problems.Add(string.Format(CultureInfo.CurrentCulture, Messages.ErrorPathNotFound, path));
            }
        }
        return new SourceSelection(inputs, problems);
    }

    private static IEnumerable<string> Walk(string directory, IReadOnlyList<string> includes, IReadOnlyList<string> excludes, List<string> problems, string workingDirectory)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        if (includes.Count == 0) matcher.AddInclude("**/*");
        foreach (var pattern in includes) matcher.AddInclude(Anywhere(pattern));
        foreach (var pattern in excludes)
        {
            matcher.AddExclude(Anywhere(pattern));
            matcher.AddExclude(Anywhere(pattern).TrimEnd('/') + "/**"); // a folder name excludes everything under it
        }
        var files = new List<string>();
        Collect(directory, files, problems, workingDirectory);
        return matcher.Match(directory, files).Files.Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal);
    }

    // Symbolic links to folders are not followed (a link to a parent would loop); links to files are read like files.
    private static void Collect(string directory, List<string> files, List<string> problems, string workingDirectory)
    {
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(string.Format(CultureInfo.CurrentCulture, Messages.ErrorUnreadable, DisplayPath(directory, workingDirectory), ex.Message));
            return;
        }
        foreach (var entry in entries)
        {
            var info = new FileInfo(entry);
            if (info.Attributes.HasFlag(FileAttributes.Directory))
            {
                if (info.LinkTarget is null) Collect(entry, files, problems, workingDirectory);
            }
            else
            {
                files.Add(entry);
            }
        }
    }

    // Like .gitignore: a pattern without a slash matches at any depth ("*.log" finds logs in every subfolder).
    private static string Anywhere(string pattern)
    {
        var normalised = pattern.Replace('\\', '/');
        return normalised.Contains('/', StringComparison.Ordinal) ? normalised.TrimStart('/') : "**/" + normalised;
    }

    /// <summary>The path relative to the working directory with '/' separators (stable across platforms).</summary>
    public static string DisplayPath(string fullPath, string workingDirectory) =>
        Path.GetRelativePath(workingDirectory, fullPath).Replace('\\', '/');
}
