using DataGuard.Analyzers.Tests.Rules;

namespace DataGuard.Analyzers.Tests.Robustness;

/// <summary>
/// A method's summary (what it returns, which parameters reach a sink) and a masking helper's verdict are facts about the
/// method, not about the caller that asked first. Round 31's ShiftDrop: built three times with the same package, the second
/// build alone reported the five calls of <c>RedactPhone</c> (a helper that keeps a phone's last four digits) — its verdict
/// had first been asked three summaries down a call chain, where the summaries' bound cut its body's walk, and the "no"
/// was kept. The same class: a summary worked out under a cut (the bound, or a cycle of mutually recursive methods) was kept
/// and given to every later caller.
/// </summary>
public class SummaryOrderTests
{
    /// <summary>
    /// A masking helper called directly and from the end of a chain of wrappers; a wrapper that logs only four helpers down
    /// the chain and three down from a direct caller; two mutually recursive methods of which one logs — each in its own file.
    /// </summary>
    private static readonly (string Path, string Text)[] Sources =
    {
        ("Models.cs", """
            namespace Shifts;
            public class Casual { public int Id { get; set; } public string PhoneNumber { get; set; } = ""; }
            """),
        ("ConsoleSms.cs", """
            namespace Shifts;
            public class ConsoleSms
            {
                public void Broadcast(Casual casual, string text) => System.Console.WriteLine($"[SMS to {RedactPhone(casual.PhoneNumber)}] {text}");
                public void Invite(string to, string text) => System.Console.WriteLine($"[SMS to {RedactPhone(to)}] {text}");
                private static string RedactPhone(string phone) => phone.Length > 4 ? $"***{phone[^4..]}" : "****";
            }
            """),
        ("Outbox.cs", """
            namespace Shifts;
            public class Outbox
            {
                readonly ConsoleSms _sms = new();
                public void Dispatch(Casual casual) => Route(casual.PhoneNumber, "hi");
                private void Route(string to, string text) => Deliver(to, text);
                private void Deliver(string to, string text) => Send(to, text);
                private void Send(string to, string text) => _sms.Invite(to, text);
            }
            """),
        ("Chain.cs", """
            using Microsoft.Extensions.Logging;
            namespace Shifts;
            public class Chain
            {
                readonly ILogger<Chain> _logger;
                public Chain(ILogger<Chain> logger) { _logger = logger; }
                public void FromTop(Casual casual) => First(casual.PhoneNumber);
                public void FromMiddle(Casual casual) => Second(casual.PhoneNumber);
                private void First(string value) => Second(value);
                private void Second(string value) => Third(value);
                private void Third(string value) => Write(value);
                private void Write(string value) => _logger.LogInformation("Value {Value}", value);
            }
            """),
        ("Recursion.cs", """
            using Microsoft.Extensions.Logging;
            namespace Shifts;
            public class Recursion
            {
                readonly ILogger<Recursion> _logger;
                public Recursion(ILogger<Recursion> logger) { _logger = logger; }
                public void CallsPing(Casual casual) => Ping(casual.PhoneNumber, 3);
                public void CallsPong(Casual casual) => Pong(casual.PhoneNumber, 3);
                private void Ping(string value, int left) { _logger.LogInformation("Ping {Value}", value); if (left > 0) Pong(value, left - 1); }
                private void Pong(string value, int left) { if (left > 0) Ping(value, left - 1); }
            }
            """),
    };

    [Fact]
    public async Task Reports_do_not_depend_on_which_method_is_analysed_first()
    {
        var analyzers = ShapeAnalysis.AllAnalyzers();
        var expected = await DeterminismTests.Analyze(DeterminismTests.Compile(Sources), analyzers, concurrent: false);

        // The masking helper is silent; the wrapper three helpers down is followed from its nearer caller; the logging
        // method of the cycle is reached from both of its callers.
        Assert.DoesNotContain(expected, d => d.Contains("RedactPhone", StringComparison.Ordinal));
        Assert.Contains(expected, d => d.StartsWith("DG1001 Chain.cs: (7,", StringComparison.Ordinal));
        Assert.DoesNotContain(expected, d => d.StartsWith("DG1001 Chain.cs: (6,", StringComparison.Ordinal));
        Assert.Contains(expected, d => d.StartsWith("DG1001 Recursion.cs: (6,", StringComparison.Ordinal));
        Assert.Contains(expected, d => d.StartsWith("DG1001 Recursion.cs: (7,", StringComparison.Ordinal));

        foreach (var order in new[] { new[] { 0, 1, 2, 3, 4 }, new[] { 2, 3, 4, 1, 0 }, new[] { 4, 3, 2, 1, 0 }, new[] { 0, 2, 1, 4, 3 } })
        {
            var files = order.Select(i => Sources[i]).ToArray();
            for (var round = 0; round < 3; round++)
            {
                var sequential = await DeterminismTests.Analyze(DeterminismTests.Compile(files), analyzers, concurrent: false);
                var concurrent = await DeterminismTests.Analyze(DeterminismTests.Compile(files), analyzers, concurrent: true);
                Assert.True(expected.SequenceEqual(sequential), $"order {string.Join(",", order)}: {DeterminismTests.Difference(expected, sequential)}");
                Assert.True(expected.SequenceEqual(concurrent), $"order {string.Join(",", order)}, concurrent: {DeterminismTests.Difference(expected, concurrent)}");
            }
        }
    }
}
