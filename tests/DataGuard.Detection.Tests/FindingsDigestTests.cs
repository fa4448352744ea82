using DataGuard.Benchmarks;
using DataGuard.Detection.Tests.Generated;
using Xunit.Abstractions;

namespace DataGuard.Detection.Tests;

/// <summary>
/// The findings of every generated case and look-alike and of every benchmark input are those of the committed
/// digest (<c>FindingsDigest.txt</c>): a change meant to keep behaviour (a faster search) proves it here. A change meant
/// to alter findings — or a merge of one — regenerates the file with one command, from the repository root:
/// <c>DATAGUARD_WRITE_FINDINGS_DIGEST=$PWD/tests/DataGuard.Detection.Tests/FindingsDigest.txt dotnet test tests/DataGuard.Detection.Tests --no-build --filter FindingsDigestTests</c>
/// </summary>
[Collection(GeneratedRunCollection.Name)]
public sealed class FindingsDigestTests(GeneratedRun run, ITestOutputHelper output)
{
    private const string WriteVariable = "DATAGUARD_WRITE_FINDINGS_DIGEST";

    [Fact]
    public void Generated_cases_give_the_committed_findings() => Check("generated", run.FindingsDigestSummary);

    [Fact]
    public void Benchmark_inputs_give_the_committed_findings()
    {
        using var digest = new FindingsDigest();
        foreach (var input in SampleInputs.All)
        {
            foreach (var prompt in SampleInputs.Prompts(input)) digest.Add(Scanning.Scan(prompt));
        }
        Check("bench", digest.Summary());
    }

    private void Check(string name, string summary)
    {
        output.WriteLine($"{name} {summary}");
        if (Environment.GetEnvironmentVariable(WriteVariable) is { Length: > 0 } path)
        {
            Write(path, name, summary);
            return;
        }
        var committed = Read(Path.Combine(AppContext.BaseDirectory, "FindingsDigest.txt"));
        Assert.True(committed.TryGetValue(name, out var expected), $"FindingsDigest.txt has no line for {name}.");
        Assert.True(expected == summary,
            $"The findings of the {name} inputs changed: {summary} (sha256 texts findings) against the committed {expected}. " +
            $"If the change is meant, regenerate the file ({WriteVariable}, see {nameof(FindingsDigestTests)}).");
    }

    private static Dictionary<string, string> Read(string path)
    {
        var lines = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return lines;
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int space = line.IndexOf(' ');
            lines[line[..space]] = line[(space + 1)..];
        }
        return lines;
    }

    private static void Write(string path, string name, string summary)
    {
        var lines = Read(path);
        lines[name] = summary;
        using var file = new StreamWriter(path);
        file.WriteLine("# sha256 texts findings of each input set (FindingsDigestTests; regenerate with DATAGUARD_WRITE_FINDINGS_DIGEST)");
        foreach (var (key, value) in lines.OrderBy(p => p.Key, StringComparer.Ordinal)) file.WriteLine($"{key} {value}");
    }
}
