using System.Diagnostics.Metrics;
using static DataGuard.Screening.Tests.Screening;

namespace DataGuard.Screening.Tests;

public class MetricsTests
{
    [Fact]
    public void Requests_findings_and_scan_time_are_published_under_the_shared_names()
    {
        var measurements = new List<(string Instrument, double Value, string Tag)>();
        using var metrics = new DataGuardMetrics();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == DataGuardMetrics.MeterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Add((i.Name, v, tags.Length > 0 ? $"{tags[0].Key}={tags[0].Value}" : "")));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Add((i.Name, v, "")));
        listener.Start();

        metrics.Record(Screen("""{"input":"A123456789 B120863130"}"""), TimeSpan.FromMilliseconds(2));

        Assert.True(measurements.Count > 0, string.Join("; ", measurements));
        Assert.Contains(("dataguard.requests", 1d, "verdict=block"), measurements);
        Assert.Contains(("dataguard.findings", 2d, "type=TW_NATIONAL_ID"), measurements);
        Assert.Contains(("dataguard.scan.duration", 2d, ""), measurements);
    }
}
