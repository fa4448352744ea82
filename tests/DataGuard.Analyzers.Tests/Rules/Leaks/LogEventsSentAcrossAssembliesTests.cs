using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A logging framework's sink, target, appender or logger that hands the events it receives to a sending method of another
/// assembly (a client project, a package): the method's body is not in the compilation, so what it does is read from its
/// metadata — a name that says it sends, or a task-returning member of a typed HTTP client. The client here is compiled into
/// an assembly of its own, as a project reference is seen from the sink's project.
/// </summary>
public class LogEventsSentAcrossAssembliesTests
{
    /// <summary>The other assembly: senders, a typed HTTP client, and members that send nothing.</summary>
    private const string Client = """
        namespace Contoso.Journal.Client
        {
            public class EntryDto
            {
                public string Text { get; set; } = "";
                public System.Collections.Generic.Dictionary<string, object?> Values { get; set; } = new();
                public System.DateTime At { get; set; }
                public string Level { get; set; } = "";
            }

            public static class JournalApi
            {
                public static string Endpoint { get; set; } = "";
                public static System.Threading.Tasks.Task PostAsync(System.Collections.Generic.IEnumerable<EntryDto> entries) => System.Threading.Tasks.Task.CompletedTask;
                public static System.Threading.Tasks.Task SendTextAsync(string text) => System.Threading.Tasks.Task.CompletedTask;
                public static void Publish(string text) { }
            }

            public sealed class IngestClient
            {
                private readonly System.Net.Http.HttpClient _http;
                public IngestClient(System.Net.Http.HttpClient http) => _http = http;
                public System.Threading.Tasks.Task CreateEntryAsync(EntryDto entry) => _http.PostAsync("entries", new System.Net.Http.StringContent(entry.Text));
            }

            public static class EntryText
            {
                public static string Format(EntryDto entry) => entry.Text;
                public static void Postpone(string text) { }
            }

            public static class Archive
            {
                public static void Store(string text) { }
            }

            public static class NoticeMailApi
            {
                public static System.Threading.Tasks.Task SendEmailAsync(string emailAddress, string body) => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        """;

    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Contoso.Journal.Client;

        """;

    private static Task Run(string body, string? editorConfig = null) => LibraryLeakTest.RunWithLibrary(Usings + body, Client, editorConfig);

    /// <summary>
    /// A batching Serilog sink converting each event (rendered message, scalar properties) to the client's DTO in a helper,
    /// then handing the batch to a virtual wrapper of the other assembly's sender (<paramref name="send"/>: the wrapper's body).
    /// </summary>
    private static string BatchingSink(string send) => """
        public class JournalSink : Serilog.Core.IBatchedLogEventSink
        {
            private readonly IFormatProvider? _formatProvider;

            public JournalSink(IFormatProvider? formatProvider) => _formatProvider = formatProvider;

            public async Task EmitBatchAsync(IReadOnlyCollection<Serilog.Events.LogEvent> batch)
            {
                var entries = ToEntries(batch);
                await {|DG1005:ShipAsync(entries)|};
            }

            public Task OnEmptyBatchAsync() => Task.CompletedTask;

            protected virtual Task ShipAsync(IEnumerable<EntryDto> entries) => SEND;

            private IEnumerable<EntryDto> ToEntries(IEnumerable<Serilog.Events.LogEvent> events)
            {
                var entries = new List<EntryDto>();
                foreach (var e in events)
                {
                    var entry = new EntryDto { Text = e.RenderMessage(_formatProvider), At = e.Timestamp.UtcDateTime };
                    foreach (var property in e.Properties)
                    {
                        if (property.Value is Serilog.Events.ScalarValue scalar)
                        {
                            entry.Values[property.Key] = scalar.Value;
                        }
                    }

                    entries.Add(entry);
                }

                return entries;
            }
        }
        """.Replace("SEND", send);

    /// <summary>
    /// A mail provider's client of another assembly: the log mailed in its body still leaves for an address nobody vetted; only
    /// its recipient parameter is the provider's purpose (round 27's GOV.UK Notify, see PersonalDataSentToExternalHostTests).
    /// </summary>
    [Fact]
    public Task Serilog_events_mailed_in_a_mail_providers_body_are_reported() => Run("""
        public class MailSink : Serilog.Core.ILogEventSink
        {
            public void Emit(Serilog.Events.LogEvent logEvent) => {|DG1005:NoticeMailApi.SendEmailAsync("ops@example.org", logEvent.RenderMessage())|};
        }
        """);

    [Fact]
    public Task Serilog_events_converted_to_dtos_and_posted_by_another_assemblys_api_are_reported()
        => Run(BatchingSink("JournalApi.PostAsync(entries)"));

    [Fact]
    public Task Nlog_event_handed_to_a_typed_http_client_of_another_assembly_is_reported() => Run("""
        public class JournalTarget : NLog.Targets.TargetWithLayout
        {
            private readonly IngestClient _client = new(new System.Net.Http.HttpClient());

            protected override void Write(NLog.LogEventInfo logEvent)
                => {|DG1005:_client.CreateEntryAsync(new EntryDto { Text = RenderLogEvent(Layout, logEvent), At = logEvent.TimeStamp })|};
        }
        """);

    [Fact]
    public Task Log4net_event_rendered_and_sent_by_another_assembly_is_reported() => Run("""
        public class JournalAppender : log4net.Appender.AppenderSkeleton
        {
            protected override void Append(log4net.Core.LoggingEvent loggingEvent)
                => {|DG1005:JournalApi.SendTextAsync(RenderLoggingEvent(loggingEvent))|};
        }
        """);

    [Fact]
    public Task A_logger_providers_entries_published_by_another_assembly_are_reported() => Run("""
        public sealed class JournalLogger : Microsoft.Extensions.Logging.ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

            public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state,
                Exception? exception, Func<TState, Exception?, string> formatter)
                => {|DG1005:JournalApi.Publish(formatter(state, exception))|};
        }
        """);

    [Fact]
    public Task A_method_of_another_assembly_named_in_transmit_sinks_is_reported() => Run("""
        public class ArchiveSink : Serilog.Core.ILogEventSink
        {
            public void Emit(Serilog.Events.LogEvent logEvent) => {|DG1005:Archive.Store(logEvent.RenderMessage())|};
        }
        """, "dataguard.transmit_sinks = M:Contoso.Journal.Client.Archive.Store(System.String)");

    [Fact]
    public Task Events_handed_to_a_method_of_another_assembly_that_sends_nothing_are_not_reported() => Run("""
        public class ArchiveSink : Serilog.Core.ILogEventSink
        {
            public void Emit(Serilog.Events.LogEvent logEvent)
            {
                var text = EntryText.Format(new EntryDto { Text = logEvent.RenderMessage() });
                Archive.Store(text);
                EntryText.Postpone(text);
                System.IO.File.AppendAllText("logs/journal.log", text);
            }
        }
        """);

    [Fact]
    public Task Events_formatted_in_the_sinks_own_assembly_and_written_to_the_console_are_not_reported() => Run("""
        public class EchoSink : Serilog.Core.ILogEventSink
        {
            public void Emit(Serilog.Events.LogEvent logEvent) => Console.WriteLine(Describe(logEvent));

            private static string Describe(Serilog.Events.LogEvent logEvent) => logEvent.Level + " " + logEvent.RenderMessage();
        }
        """);

    [Fact]
    public Task Only_the_level_and_time_of_events_posted_by_another_assembly_are_not_reported()
        => Run(BatchingSink("JournalApi.PostAsync(entries)")
            .Replace("{|DG1005:ShipAsync(entries)|}", "ShipAsync(entries)")
            .Replace("Text = e.RenderMessage(_formatProvider), ", "Level = e.Level.ToString(), ")
            .Replace("entry.Values[property.Key] = scalar.Value;", "entry.Values[property.Key] = 0;"));

    [Fact]
    public Task A_customers_fields_posted_by_another_assemblys_sender_are_judged_by_its_address_not_as_log_events() => Run("""
        public class Customer { public string Email { get; set; } = ""; public string FullName { get; set; } = ""; }

        public class Welcome
        {
            public Task Notify(Customer customer) => JournalApi.SendTextAsync(customer.FullName + " " + customer.Email);
        }
        """);
}
