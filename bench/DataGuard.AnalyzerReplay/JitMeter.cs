using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace DataGuard.AnalyzerReplay;

/// <summary>
/// Counts the methods the runtime compiles whose type is in a namespace starting with a prefix, and the time from each
/// MethodJittingStarted to its MethodLoad on the same thread: the JIT share of an IL-only analyzer's fixed cost. With
/// <c>--cold</c> every round loads the analyzers afresh, so the totals divide by the number of rounds.
/// </summary>
internal sealed class JitMeter(string prefix) : EventListener
{
    private const int MethodLoadVerbose = 143;
    private const int MethodJittingStarted = 145;
    private const long JitKeyword = 0x10;
    private readonly ConcurrentDictionary<long, DateTime> _started = new();
    private long _methods;
    private long _ticks;

    public long Methods => Interlocked.Read(ref _methods);

    public TimeSpan Time => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

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
        if (type is null || !type.StartsWith(prefix, StringComparison.Ordinal))
        {
            return;
        }

        if (e.EventId == MethodJittingStarted)
        {
            _started[e.OSThreadId] = e.TimeStamp;
        }
        else if (_started.TryRemove(e.OSThreadId, out var start))
        {
            Interlocked.Increment(ref _methods);
            Interlocked.Add(ref _ticks, (e.TimeStamp - start).Ticks);
        }
    }
}
