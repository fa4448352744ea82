using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Telemetry as a log: Application Insights' <c>TelemetryClient</c> (event properties, traces, exceptions) and
/// <c>System.Diagnostics.Activity</c> tags and baggage are kept by a monitoring backend like any log line, compiled against
/// the real Application Insights assembly and the BCL.
/// </summary>
public class TelemetrySinkTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using Microsoft.ApplicationInsights;

        public class Insured
        {
            public string PersonalNumber { get; set; } = "";
            public string Email { get; set; } = "";
            public string PolicyNo { get; set; } = "";
        }

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    [Fact]
    public Task Event_properties_holding_a_personal_value_are_reported() => Run("""
        public class Lookups
        {
            private readonly TelemetryClient _telemetry = null!;

            public void Found(Insured insured)
                => {|DG1001:_telemetry.TrackEvent("InsuranceLookup", new Dictionary<string, string> { ["personalNumber"] = insured.PersonalNumber, ["policy"] = insured.PolicyNo })|};
        }
        """);

    [Fact]
    public Task Event_properties_handed_to_the_programs_telemetry_wrapper_are_reported() => Run("""
        public class Monitoring
        {
            private readonly TelemetryClient _telemetry = null!;

            public void TrackBusinessEvent(string name, IDictionary<string, string> properties) => _telemetry.TrackEvent(name, properties);
        }

        public class Lookups
        {
            private readonly Monitoring _monitoring = null!;

            public void Found(Insured insured)
                => {|DG1001:_monitoring.TrackBusinessEvent("InsuranceLookup", new Dictionary<string, string> { ["personalNumber"] = insured.PersonalNumber })|};
        }
        """);

    [Fact]
    public Task Trace_and_exception_with_a_personal_value_are_reported() => Run("""
        public class Notices
        {
            private readonly TelemetryClient _telemetry = null!;

            public void Failed(Insured insured, Exception error)
            {
                {|DG1001:_telemetry.TrackTrace($"Notice to {insured.Email} failed")|};
                {|DG1001:_telemetry.TrackException(error, new Dictionary<string, string> { ["to"] = insured.Email })|};
            }
        }
        """);

    [Fact]
    public Task Span_tag_with_a_personal_value_is_reported() => Run("""
        public class Tracing
        {
            public void Tag(Insured insured)
                => Activity.Current?{|DG1001:.SetTag("insured.email", insured.Email)|};
        }
        """);

    [Fact]
    public Task Telemetry_of_non_personal_values_is_not_reported() => Run("""
        public class Orders
        {
            private readonly TelemetryClient _telemetry = null!;

            public void Placed(Insured insured, TimeSpan took)
            {
                _telemetry.TrackEvent("PolicyIssued", new Dictionary<string, string> { ["policy"] = insured.PolicyNo });
                _telemetry.TrackMetric("IssueSeconds", took.TotalSeconds);
                Activity.Current?.SetTag("policy.no", insured.PolicyNo);
            }
        }
        """);
}
