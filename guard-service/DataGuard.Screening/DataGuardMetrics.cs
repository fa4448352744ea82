using System.Diagnostics.Metrics;

namespace DataGuard.Screening;

/// <summary>
/// The metrics the guard service and the in-process clients both publish (meter <see cref="MeterName"/>), so one dashboard
/// covers both. Instrument names are a contract.
/// </summary>
public sealed class DataGuardMetrics : IDisposable
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "DataGuard";

    /// <summary>Counter of screened requests, tag <c>verdict</c> (allow, block, redact).</summary>
    public const string RequestsName = "dataguard.requests";

    /// <summary>Counter of findings, tag <c>type</c> (entity type).</summary>
    public const string FindingsName = "dataguard.findings";

    /// <summary>Histogram of screening time in milliseconds.</summary>
    public const string ScanDurationName = "dataguard.scan.duration";

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _requests;
    private readonly Counter<long> _findings;
    private readonly Histogram<double> _scanDuration;

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/> (dependency injection), or on an own meter when null.</summary>
    public DataGuardMetrics(IMeterFactory? meterFactory = null)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _requests = _meter.CreateCounter<long>(RequestsName, "{request}", "Requests screened, by verdict.");
        _findings = _meter.CreateCounter<long>(FindingsName, "{finding}", "Personal data found in requests, by type.");
        _scanDuration = _meter.CreateHistogram<double>(ScanDurationName, "ms", "Time spent screening a request.");
    }

    /// <summary>Records one screened request.</summary>
    public void Record(ScreeningDecision decision, TimeSpan scanTime)
    {
        ArgumentNullException.ThrowIfNull(decision);
        _requests.Add(1, new KeyValuePair<string, object?>("verdict", VerdictTag(decision.Verdict)));
        foreach (var count in decision.Counts) _findings.Add(count.Count, new KeyValuePair<string, object?>("type", count.Type));
        if (decision.Unreadable.Count > 0)
            _findings.Add(decision.Unreadable.Count, new KeyValuePair<string, object?>("type", ScreeningPolicy.UnreadableContentType));
        _scanDuration.Record(scanTime.TotalMilliseconds);
    }

    /// <summary>Records a request that could not be screened (scanner error or time-out); tag verdict <c>error</c>.</summary>
    public void RecordError() => _requests.Add(1, new KeyValuePair<string, object?>("verdict", "error"));

    /// <summary>The lower-case verdict name used in tags, responses and audit rows.</summary>
    public static string VerdictTag(ScreeningVerdict verdict) => verdict switch
    {
        ScreeningVerdict.Block => "block",
        ScreeningVerdict.Redact => "redact",
        _ => "allow",
    };

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsMeter) _meter.Dispose();
    }
}
