using DataGuard.Detection;
using System.Text.Json.Nodes;
using DataGuard.Detection.Tests.Generated;
using DataGuard.Testing.StubUpstream;
using Xunit.Abstractions;
using static DataGuard.GuardService.Tests.Prompts;

namespace DataGuard.GuardService.Tests;

/// <summary>
/// Prompts from the detection tests' generator — every format family, in its in-scope variants and contexts — sent
/// through the real guard in the Production environment with the default policy. The guard must let through no value the
/// engine finds (its own promise: policy, redaction and forwarding lose nothing), and the values that do reach the upstream
/// must stay within the generator's family floor (the engine's recall on a cell may be as low as the cell's floor, so a
/// fixed sample can hold a case the engine misses; the Detection tests own those floors). The output names families and
/// counts only, never a generated value.
/// </summary>
public sealed class GeneratedLeakTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int CasesPerFamily = 6;

    // At most 1 % of the sample may reach the upstream, all of them engine misses — half the 2 % a family may miss (CellFloors).
    private const double MostLeakedShare = 0.01;

    private StubUpstream _stub = null!;

    public async Task InitializeAsync() => _stub = await StubUpstream.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [Fact]
    public async Task No_generated_value_of_any_family_reaches_the_upstream()
    {
        await using var guard = GuardHost.Start(_stub);
        var sample = Sample();
        var leaks = new List<string>();
        var guardLeaks = new List<string>();
        int blocked = 0;
        foreach (var item in sample)
        {
            _stub.Clear();
            using var response = await guard.PostJsonAsync(AzureChat, Chat(item.Text));
            if (response.StatusCode == System.Net.HttpStatusCode.BadRequest) blocked++;
            foreach (var request in _stub.Requests)
            {
                if (!UserText(request).Contains(item.Text[item.Start..item.End], StringComparison.Ordinal)) continue;
                leaks.Add(item.Cell);
                if (EngineFinds(item)) guardLeaks.Add(item.Cell);
            }
        }

        output.WriteLine($"{sample.Count} generated prompts from {sample.Select(c => c.Family).Distinct().Count()} families; {blocked} blocked, {leaks.Count} values reached the upstream.");
        foreach (var cell in leaks) output.WriteLine("  leaked (the engine misses it): " + cell);
        // (a round's own frames add families of their own, such as PhoneLogFrames': every family of the main cross must be in the sample)
        Assert.True(ValueFamilies.All.All(family => sample.Exists(c => c.Family == family.Name)), "Some family has no in-scope case.");
        Assert.Empty(guardLeaks);
        Assert.True(leaks.Count <= MostLeakedShare * sample.Count, $"{leaks.Count} of {sample.Count} generated values reached the upstream.");
    }

    // Whether the engine, as the guard's default options configure it, reports a core type over the planted value.
    private static bool EngineFinds(GeneratedCase item)
    {
        foreach (var finding in PersonalDataScanner.Default.Scan(item.Text))
        {
            if (EntityTypes.Core.Contains(finding.Type) && finding.Start < item.End && item.Start < finding.End) return true;
        }
        return false;
    }

    // A seeded pick of in-scope cases per family, spread over its variants and contexts; each family's pick is seeded from
    // its own name, so adding a family does not change the others' picks.
    private static List<GeneratedCase> Sample()
    {
        var byFamily = new Dictionary<string, List<GeneratedCase>>(StringComparer.Ordinal);
        foreach (var item in CaseGenerator.Positives())
        {
            if (!CellFloors.InScope(item.Cell)) continue;
            if (!byFamily.TryGetValue(item.Family, out var cases)) byFamily[item.Family] = cases = new List<GeneratedCase>();
            cases.Add(item);
        }
        var sample = new List<GeneratedCase>();
        foreach (var (family, cases) in byFamily)
        {
            var random = new Random(CaseGenerator.StableSeed(family));
            for (int k = 0; k < CasesPerFamily; k++) sample.Add(cases[random.Next(cases.Count)]);
        }
        return sample;
    }

    // The user message as the upstream received it (JSON-unescaped).
    private static string UserText(RecordedRequest request) =>
        JsonNode.Parse(request.BodyText)?["messages"]?[1]?["content"]?.GetValue<string>() ?? request.BodyText;
}
