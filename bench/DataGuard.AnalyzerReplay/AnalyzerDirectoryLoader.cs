using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace DataGuard.AnalyzerReplay;

/// <summary>
/// Loads each analyzer folder into its own load context, as the compiler does, so two builds of DataGuard.Analyzers (same
/// assembly name) can be measured in one process. Roslyn itself and the runtime come from the default context.
/// </summary>
internal sealed class AnalyzerDirectoryLoader : IAnalyzerAssemblyLoader
{
    private readonly ConcurrentDictionary<string, FolderContext> _contexts = new(StringComparer.Ordinal);

    public void AddDependencyLocation(string fullPath)
    {
    }

    public Assembly LoadFromPath(string fullPath)
        => _contexts.GetOrAdd(Path.GetDirectoryName(fullPath)!, folder => new FolderContext(folder)).LoadFromAssemblyPath(fullPath);

    private sealed class FolderContext(string folder) : AssemblyLoadContext("analyzers " + folder)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            if (Default.Assemblies.Any(a => string.Equals(a.GetName().Name, name.Name, StringComparison.Ordinal)))
            {
                return null;
            }

            var beside = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(beside) ? LoadFromAssemblyPath(beside) : null;
        }
    }
}
