using System.Diagnostics;
using System.Net.Http.Headers;

namespace DataGuard.LoadBench;

/// <summary>One timed phase: a fixed number of concurrent clients posting the same body for a fixed time.</summary>
internal static class LoadRun
{
    public sealed record Result(string Target, int BodyBytes, long Requests, long Errors, double Seconds, double P50Ms, double P99Ms, long HeapStartMb, long HeapEndMb)
    {
        public double RequestsPerSecond => Requests / Seconds;
    }

    public static async Task<Result> RunAsync(string target, HttpClient client, Uri url, byte[] body, int concurrency, TimeSpan duration, string? apiKey)
    {
        var latencies = new List<double>[concurrency];
        long errors = 0;
        var startSet = GC.GetTotalMemory(forceFullCollection: true);
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = new List<double>(100_000);
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                if (apiKey is not null) request.Headers.Add("api-key", apiKey);
                var t0 = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(request);
                    await response.Content.CopyToAsync(Stream.Null);
                    if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
                mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
        }).ToArray();
        await Task.WhenAll(workers);
        var seconds = started.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        var endSet = GC.GetTotalMemory(forceFullCollection: true);
        return new Result(target, body.Length, all.Length, errors, seconds, Percentile(all, 0.50), Percentile(all, 0.99), startSet / (1024 * 1024), endSet / (1024 * 1024));
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
}
