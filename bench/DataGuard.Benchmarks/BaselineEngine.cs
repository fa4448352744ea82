using System.Collections;
using System.Reflection;
using System.Runtime.Loader;

namespace DataGuard.Benchmarks;

/// <summary>
/// The detection engine of an earlier commit, built by <c>bench/baseline-engine.sh</c> and loaded into its own
/// <see cref="AssemblyLoadContext"/> beside the current one, so one process measures both on the same inputs.
/// Its other dependencies (libphonenumber, Recognizers.Text) are shared with the current engine.
/// </summary>
public sealed class BaselineEngine
{
    private const string Folder = "baseline-engine";
    private const string AssemblyName = "DataGuard.Detection";

    private readonly Func<string, object> _scan;

    private BaselineEngine(string directory)
    {
        Directory = directory;
        Commit = File.ReadAllText(Path.Combine(directory, "commit.txt")).Trim();
        var context = new IsolatedContext(Path.Combine(directory, AssemblyName + ".dll"));
        var assembly = context.LoadFromAssemblyName(new AssemblyName(AssemblyName));
        var scannerType = assembly.GetType("DataGuard.Detection.PersonalDataScanner", throwOnError: true)!;
        var scanner = scannerType.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var scan = scannerType.GetMethod("Scan", new[] { typeof(string) })!;
        _scan = (Func<string, object>)Delegate.CreateDelegate(typeof(Func<string, object>), scanner, scan);
    }

    public string Directory { get; }

    public string Commit { get; }

    /// <summary>
    /// Loads the baseline in the folder named by the environment variable <c>DATAGUARD_BASELINE_ENGINE</c>, or else in a
    /// <c>baseline-engine</c> folder above the running assembly; throws with the fix when there is none.
    /// </summary>
    public static BaselineEngine Load() => LoadAll()[0];

    /// <summary>
    /// Every baseline named by <c>DATAGUARD_BASELINE_ENGINE</c>, which may list several folders separated by
    /// <see cref="Path.PathSeparator"/> (the engine before issue 9 and today's main, say), or the default folder's.
    /// </summary>
    public static BaselineEngine[] LoadAll()
    {
        if (Environment.GetEnvironmentVariable("DATAGUARD_BASELINE_ENGINE") is { Length: > 0 } named)
            return named.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(folder => new BaselineEngine(folder)).ToArray();
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, Folder);
            if (File.Exists(Path.Combine(candidate, AssemblyName + ".dll"))) return new[] { new BaselineEngine(candidate) };
        }
        throw new InvalidOperationException("No baseline engine: run bench/baseline-engine.sh [commit] first.");
    }

    /// <summary>Number of findings in <paramref name="text"/>.</summary>
    public int Count(string text) => ((ICollection)_scan(text)).Count;

    /// <summary>The findings as comparable tuples (type, start, length, score, evasions, value).</summary>
    public List<(string Type, int Start, int Length, double Score, string Evasions, string Value)> Findings(string text)
    {
        var list = new List<(string, int, int, double, string, string)>();
        foreach (var finding in (IEnumerable)_scan(text))
        {
            var type = finding.GetType();
            object Get(string name) => type.GetProperty(name)!.GetValue(finding)!;
            list.Add(((string)Get("Type"), (int)Get("Start"), (int)Get("Length"), (double)Get("Score"), Get("Evasions").ToString()!, (string)Get("NormalizedValue")));
        }
        return list;
    }

    private sealed class IsolatedContext : AssemblyLoadContext
    {
        private readonly string _path;

        public IsolatedContext(string path) : base("baseline-engine") => _path = path;

        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name == AssemblyName ? LoadFromAssemblyPath(_path) : null;
    }
}
