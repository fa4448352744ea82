using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DataGuard.Analyzers.Flow;
using Xunit;

namespace DataGuard.Analyzers.Tests.Flow;

/// <summary>
/// Answers kept per key are computed by one thread while the others that ask the same key wait: a racing
/// <c>GetOrAdd</c> factory walked the same types once per compiler thread (round 31's DG1007 cost).
/// </summary>
public class OncePerKeyTests
{
    [Fact]
    public async Task Threads_asking_one_key_at_once_compute_it_once()
    {
        var computed = 0;
        using var started = new ManualResetEventSlim();
        var answers = new OncePerKey<string, int>(key =>
        {
            Interlocked.Increment(ref computed);
            started.Set();
            Thread.Sleep(200);
            return key.Length;
        }, StringComparer.Ordinal);

        var first = Task.Run(() => answers.Get("studentid"));
        started.Wait();
        var others = Enumerable.Range(0, 4).Select(_ => Task.Run(() => answers.Get("studentid"))).ToArray();
        var results = await Task.WhenAll(others.Append(first));

        Assert.Equal(1, computed);
        Assert.All(results, length => Assert.Equal(9, length));
    }

    [Fact]
    public void Each_key_has_its_own_answer()
    {
        var asked = new List<string>();
        var answers = new OncePerKey<string, string>(key => { lock (asked) asked.Add(key); return key.ToUpperInvariant(); }, StringComparer.Ordinal);

        Assert.Equal("HDID", answers.Get("hdid"));
        Assert.Equal("STUDENTNO", answers.Get("studentno"));
        Assert.Equal("HDID", answers.Get("hdid"));
        Assert.Equal(new[] { "hdid", "studentno" }, asked);
    }
}
