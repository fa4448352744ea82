using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace DataGuard.AnalyzerReplay;

/// <summary>
/// Counts the methods the runtime compiles whose type names a namespace (its own, or a type argument: a dictionary of our
/// structs is compiled for us too), and the time from each
/// MethodJittingStarted to its MethodLoad on the same thread: the JIT share of an IL-only analyzer's fixed cost. With
/// <c>--cold</c> every round loads the analyzers afresh, so the totals divide by the number of rounds.
/// </summary>
internal sealed class JitMeter(string prefix) : EventListener
{
    private const int MethodLoadVerbose = 143;
    private const int MethodJittingStarted = 145;
    private const long JitKeyword = 0x10;
    private readonly ConcurrentDictionary<long, (string Method, DateTime Start)> _started = new();
    private readonly ConcurrentDictionary<string, long> _ticksPerMethod = new(StringComparer.Ordinal);
    private long _methods;
    private long _ticks;

    public long Methods => Interlocked.Read(ref _methods);

    public TimeSpan Time => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    /// <summary>The methods (all compilations of each summed) that took the JIT longest.</summary>
    public IEnumerable<(string Method, TimeSpan Time)> Slowest(int count)
        => _ticksPerMethod.OrderByDescending(m => m.Value).Take(count).Select(m => (m.Key, TimeSpan.FromTicks(m.Value)));

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)JitKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventId is not (MethodJittingStarted or MethodLoadVerbose) || e.Payload is null || e.PayloadNames is null)
        {
            return;
        }

        var type = e.Payload[e.PayloadNames.IndexOf("MethodNamespace")] as string;
        if (type is null || !type.Contains(prefix, StringComparison.Ordinal))
        {
            return;
        }

        if (e.EventId == MethodJittingStarted)
        {
            _started[e.OSThreadId] = (type + "::" + e.Payload[e.PayloadNames.IndexOf("MethodName")], e.TimeStamp);
        }
        else if (_started.TryRemove(e.OSThreadId, out var started))
        {
            var ticks = (e.TimeStamp - started.Start).Ticks;
            Interlocked.Increment(ref _methods);
            Interlocked.Add(ref _ticks, ticks);
            _ticksPerMethod.AddOrUpdate(started.Method, ticks, (_, sum) => sum + ticks);
        }
    }
}
