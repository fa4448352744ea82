using System.Collections;
using System.Reflection;

namespace DataGuard.HeldOut;

/// <summary>A finding reduced to what scoring needs.</summary>
public readonly record struct ScoredFinding(string Type, int Start, int End);

/// <summary>
/// <c>PersonalDataScanner.Default</c> of the DataGuard.Detection.dll in a folder, called by reflection so that builds of
/// different commits can be scored by one tool. Its dependencies (PhoneNumbers) are resolved from the same folder.
/// </summary>
public sealed class EngineUnderTest
{
    private readonly object _scanner;
    private readonly MethodInfo _scan;

    public EngineUnderTest(string folder)
    {
        AppDomain.CurrentDomain.AssemblyResolve += (_, e) => LoadBeside(folder, e.Name);
        var assembly = Assembly.LoadFrom(Path.Combine(folder, "DataGuard.Detection.dll"));
        var scannerType = assembly.GetType("DataGuard.Detection.PersonalDataScanner", throwOnError: true)!;
        _scanner = scannerType.GetProperty("Default")!.GetValue(null)!;
        _scan = scannerType.GetMethod("Scan", new[] { typeof(string) })!;
    }

    public List<ScoredFinding> Scan(string text)
    {
        var findings = new List<ScoredFinding>();
        foreach (var finding in (IEnumerable)_scan.Invoke(_scanner, new object[] { text })!)
        {
            var type = finding.GetType();
            int start = (int)type.GetProperty("Start")!.GetValue(finding)!;
            findings.Add(new ScoredFinding((string)type.GetProperty("Type")!.GetValue(finding)!, start, (int)type.GetProperty("End")!.GetValue(finding)!));
        }
        return findings;
    }

    private static Assembly? LoadBeside(string folder, string name)
    {
        var file = Path.Combine(folder, new AssemblyName(name).Name + ".dll");
        return File.Exists(file) ? Assembly.LoadFrom(file) : null;
    }
}
