using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Log events where each logging framework hands them to its extension point — a log4net appender, a Serilog sink, an
/// <c>ILogger</c> of a logger provider — compiled against the real log4net, Serilog and Microsoft.Extensions.Logging
/// assemblies. What the events hold is the application's log: mailed without TLS or posted to a vendor it leaves the log,
/// written to another log it stays one. (NLog targets: <see cref="LogEventsTransmittedTests"/>.)
/// </summary>
public class LogFrameworkTargetsTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Net.Mail;
        using System.Threading.Tasks;

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    /// <summary>
    /// A buffering log4net appender that renders every buffered event into a writer and mails the text from a helper;
    /// <paramref name="clientSetup"/> configures the <c>SmtpClient</c>, <paramref name="deliver"/> is the call of the helper.
    /// </summary>
    private static string MailingAppender(string clientSetup, string deliver) => """
        public class MailingAppender : log4net.Appender.BufferingAppenderSkeleton
        {
            public string Recipient { get; set; } = "";
            public string Sender { get; set; } = "";
            public string Relay { get; set; } = "";

            protected override bool RequiresLayout => true;

            protected override void SendBuffer(log4net.Core.LoggingEvent[] buffered)
            {
                var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
                foreach (var entry in buffered)
                {
                    RenderLoggingEvent(text, entry);
                }

                DELIVER;
            }

            private void Deliver(string content)
            {
                var relay = new SmtpClient(Relay);
                CLIENT_SETUP
                using var mail = new MailMessage();
                mail.From = new MailAddress(Sender);
                mail.To.Add(Recipient);
                mail.Subject = "Application errors";
                mail.Body = content;
                relay.Send(mail);
            }
        }
        """.Replace("DELIVER", deliver).Replace("CLIENT_SETUP", clientSetup);

    [Fact]
    public Task Log4net_events_rendered_into_a_writer_and_mailed_by_a_client_that_never_enables_tls_are_reported()
        => Run(MailingAppender("relay.Port = 25;", "{|DG1003:Deliver(text.ToString())|}"));

    [Fact]
    public Task Log4net_events_mailed_by_a_client_that_enables_tls_are_not_reported()
        => Run(MailingAppender("relay.EnableSsl = true;", "Deliver(text.ToString())"));

    [Fact]
    public Task Log4net_event_message_and_exception_objects_mailed_without_tls_are_reported() => Run("""
        public class AlertAppender : log4net.Appender.AppenderSkeleton
        {
            protected override void Append(log4net.Core.LoggingEvent loggingEvent)
            {
                var body = loggingEvent.MessageObject + Environment.NewLine + loggingEvent.ExceptionObject;
                using var relay = new SmtpClient("smtp.example.org", 25) { EnableSsl = false };
                {|DG1003:relay.Send("alerts@example.org", "oncall@example.org", "Alert", body)|};
            }
        }
        """);

    [Fact]
    public Task Log4net_event_rendered_message_posted_to_a_vendor_is_reported() => Run("""
        public class VendorAppender : log4net.Appender.AppenderSkeleton
        {
            private static readonly System.Net.Http.HttpClient Http = new();

            protected override void Append(log4net.Core.LoggingEvent loggingEvent)
                => {|DG1005:Http.PostAsync("https://intake.crashes.example.com/api/events", new System.Net.Http.StringContent(loggingEvent.RenderedMessage))|};
        }
        """);

    [Fact]
    public Task Log4net_events_written_to_the_console_stay_a_log() => Run("""
        public class EchoAppender : log4net.Appender.AppenderSkeleton
        {
            protected override void Append(log4net.Core.LoggingEvent loggingEvent)
            {
                Console.WriteLine(RenderLoggingEvent(loggingEvent));
                Console.WriteLine(loggingEvent.MessageObject);
            }
        }
        """);

    [Fact]
    public Task Only_the_level_and_time_of_a_log4net_event_mailed_without_tls_are_not_reported() => Run("""
        public class PingAppender : log4net.Appender.AppenderSkeleton
        {
            protected override void Append(log4net.Core.LoggingEvent loggingEvent)
            {
                using var relay = new SmtpClient("smtp.example.org", 25);
                relay.Send("alerts@example.org", "oncall@example.org", "Alert", loggingEvent.Level + " at " + loggingEvent.TimeStamp.ToString("O"));
            }
        }
        """);

    [Fact]
    public Task Serilog_events_formatted_into_a_writer_and_mailed_without_tls_are_reported() => Run("""
        public class MailBatchSink : Serilog.Core.IBatchedLogEventSink
        {
            private readonly Serilog.Formatting.ITextFormatter _formatter;

            public MailBatchSink(Serilog.Formatting.ITextFormatter formatter) => _formatter = formatter;

            public async Task EmitBatchAsync(IReadOnlyCollection<Serilog.Events.LogEvent> batch)
            {
                var output = new StringWriter();
                foreach (var logEvent in batch)
                {
                    _formatter.Format(logEvent, output);
                }

                var message = new MimeKit.MimeMessage { Subject = "Log", Body = new MimeKit.TextPart("plain") { Text = output.ToString() } };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                await client.ConnectAsync("smtp.example.org", 25, MailKit.Security.SecureSocketOptions.None);
                await {|DG1003:client.SendAsync(message)|};
            }

            public Task OnEmptyBatchAsync() => Task.CompletedTask;
        }
        """);

    [Fact]
    public Task Serilog_event_posted_to_a_vendor_is_reported() => Run("""
        public class VendorSink : Serilog.Core.ILogEventSink
        {
            private static readonly System.Net.Http.HttpClient Http = new();

            public void Emit(Serilog.Events.LogEvent logEvent)
                => {|DG1005:Http.PostAsync("https://intake.crashes.example.com/api/events", new System.Net.Http.StringContent(logEvent.RenderMessage()))|};
        }
        """);

    [Fact]
    public Task Serilog_event_posted_to_a_collector_on_this_machine_is_not_reported() => Run("""
        public class CollectorSink : Serilog.Core.ILogEventSink
        {
            private static readonly System.Net.Http.HttpClient Http = new();

            public void Emit(Serilog.Events.LogEvent logEvent)
                => Http.PostAsync("http://localhost:5341/api/events", new System.Net.Http.StringContent(logEvent.RenderMessage()));
        }
        """);

    /// <summary>An <c>ILogger</c> of a logger provider whose every entry goes through <paramref name="write"/> (the text is <c>entry</c>).</summary>
    private static string ProviderLogger(string write) => """
        public sealed class ForwardingLoggerProvider : Microsoft.Extensions.Logging.ILoggerProvider
        {
            public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => new ForwardingLogger();
            public void Dispose() { }
        }

        public sealed class ForwardingLogger : Microsoft.Extensions.Logging.ILogger
        {
            private static readonly System.Net.Http.HttpClient Http = new();

            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => logLevel >= Microsoft.Extensions.Logging.LogLevel.Error;

            public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state,
                Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var entry = formatter(state, exception) + Environment.NewLine + exception?.Message;
                WRITE;
            }
        }
        """.Replace("WRITE", write);

    [Fact]
    public Task A_logger_providers_entries_posted_to_a_vendor_are_reported()
        => Run(ProviderLogger("""{|DG1005:Http.PostAsync("https://intake.crashes.example.com/api/events", new System.Net.Http.StringContent(entry))|}"""));

    [Fact]
    public Task A_logger_providers_entries_written_to_the_console_stay_a_log()
        => Run(ProviderLogger("Console.Error.WriteLine(entry)"));

    [Fact]
    public Task A_logger_that_forwards_entries_to_another_logger_stays_a_log() => Run("""
        public sealed class PrefixingLogger : Microsoft.Extensions.Logging.ILogger
        {
            private readonly Microsoft.Extensions.Logging.ILogger _inner;

            public PrefixingLogger(Microsoft.Extensions.Logging.ILogger inner) => _inner = inner;

            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => _inner.BeginScope(state);

            public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => _inner.IsEnabled(logLevel);

            public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state,
                Exception? exception, Func<TState, Exception?, string> formatter)
                => _inner.Log(logLevel, eventId, state, exception, (s, e) => "[app] " + formatter(s, e));
        }
        """);

    [Fact]
    public Task Only_the_level_and_event_id_of_a_logger_providers_entry_posted_to_a_vendor_are_not_reported()
        => Run(ProviderLogger("""Http.PostAsync("https://intake.crashes.example.com/api/events", new System.Net.Http.StringContent(logLevel + " " + eventId.Id))"""));
}
