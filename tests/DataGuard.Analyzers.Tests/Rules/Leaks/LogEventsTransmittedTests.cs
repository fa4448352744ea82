using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Log events as a logging target receives them (the real NLog assembly): what the application logged, personal unless shown
/// otherwise. Mailed or posted they leave the log (the NLog.MailKit / Serilog.Sinks.Email shape); written to another log they
/// stay one.
/// </summary>
public class LogEventsTransmittedTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;
        using MimeKit;
        using MailKit.Security;
        using NLog;
        using NLog.Common;
        using NLog.Targets;

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    /// <summary>NLog.MailKit's shape: a batch rendered into a mail body and sent over opportunistic TLS by a private helper.</summary>
    [Fact]
    public Task Log_events_mailed_over_opportunistic_tls_are_reported() => Run("""
        class MailTarget : TargetWithLayout
        {
            private const SecureSocketOptions DefaultSecurity = SecureSocketOptions.StartTlsWhenAvailable;

            public bool EnableSsl { get; set; }

            protected override void Write(IList<AsyncLogEventInfo> logEvents)
            {
                var lastEvent = logEvents.Last().LogEvent;
                var body = new StringBuilder();
                foreach (var e in logEvents)
                {
                    body.AppendLine(RenderLogEvent(Layout, e.LogEvent));
                }

                var message = new MimeMessage { Subject = "Errors", Body = new TextPart("plain") { Text = body.ToString() } };
                {|DG1003:SendMailMessage(message, lastEvent)|};
            }

            private void SendMailMessage(MimeMessage message, LogEventInfo lastEvent)
            {
                using var client = new MailKit.Net.Smtp.SmtpClient();
                var security = EnableSsl ? SecureSocketOptions.SslOnConnect : DefaultSecurity;
                client.Connect("smtp.example.org", 587, security);
                client.Send(message);
            }
        }
        """);

    /// <summary>A crash reporter's logger provider (Honeybadger's shape): every event at the level posted to the vendor.</summary>
    /// <summary>The same with the mail built by a helper and the option read through NLog's layout with a fallback.</summary>
    [Fact]
    public Task Log_events_mailed_by_helpers_over_a_fallback_option_are_reported() => Run("""
        class MailTarget : TargetWithLayout
        {
            private const SecureSocketOptions DefaultSecurity = SecureSocketOptions.StartTlsWhenAvailable;

            public NLog.Layouts.Layout<bool> EnableSsl { get; set; } = false;
            public NLog.Layouts.Layout<SecureSocketOptions> SecureSocketOption { get; set; } = DefaultSecurity;
            public NLog.Layouts.Layout<int> Timeout { get; set; } = 10000;
            public NLog.Layouts.Layout Subject { get; set; } = "Errors";

            protected override void Write(IList<AsyncLogEventInfo> logEvents)
            {
                try
                {
                    var lastEvent = logEvents.LastOrDefault().LogEvent;
                    var body = new StringBuilder();
                    foreach (var e in logEvents)
                    {
                        body.AppendLine(RenderLogEvent(Layout, e.LogEvent));
                    }

                    var message = CreateMailMessage(lastEvent, body.ToString());
                    {|DG1003:SendMailMessage(message, lastEvent)|};
                }
                catch (System.Exception exception)
                {
                    NLog.Common.InternalLogger.Error(exception, "{0}: Error sending mail.", this);
                }
            }

            private MimeMessage CreateMailMessage(LogEventInfo lastEvent, string body)
            {
                var msg = new MimeMessage();
                msg.Subject = (RenderLogEvent(Subject, lastEvent) ?? string.Empty).Trim();
                msg.Body = new TextPart("plain") { Text = body };
                return msg;
            }

            private void SendMailMessage(MimeMessage message, LogEventInfo lastEvent)
            {
                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.Timeout = RenderLogEvent(Timeout, lastEvent);
                var enableSsl = RenderLogEvent(EnableSsl, lastEvent);
                var security = enableSsl ? SecureSocketOptions.SslOnConnect : RenderLogEvent(SecureSocketOption, lastEvent, DefaultSecurity);
                client.Connect("smtp.example.org", 587, security);
                client.Send(message);
                client.Disconnect(true);
            }
        }
        """);

    /// <summary>The library being built lives in the logging framework's namespace: its own helpers are still this compilation's wrappers.</summary>
    [Fact]
    public Task A_logging_librarys_own_sending_helper_is_followed() => Run("""
        namespace NLog.Targets.MailLike
        {
            class MailTarget : TargetWithLayout
            {
                protected override void Write(LogEventInfo logEvent)
                {
                    var message = new MimeMessage { Subject = "Error", Body = new TextPart("plain") { Text = RenderLogEvent(Layout, logEvent) } };
                    {|DG1003:SendMailMessage(message)|};
                }

                private void SendMailMessage(MimeMessage message)
                {
                    using (var client = new MailKit.Net.Smtp.SmtpClient())
                    {
                        client.Connect("smtp.example.org", 25, SecureSocketOptions.None);
                        client.Send(message);
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Log_event_posted_to_a_vendor_is_reported() => Run("""
        class VendorTarget : TargetWithLayout
        {
            private readonly System.Net.Http.HttpClient _http = new();

            protected override void Write(LogEventInfo logEvent)
                => {|DG1005:_http.PostAsync("https://api.crashes.example.com/v1/notices", new System.Net.Http.StringContent(RenderLogEvent(Layout, logEvent)))|};
        }
        """);

    /// <summary>
    /// A chat client whose address a constructor builds from a parameter's constant default (the Serilog Telegram sink's
    /// shape): <paramref name="defaultUrl"/> is that default, <paramref name="call"/> the target's call of the client.
    /// </summary>
    private static string ChatTarget(string defaultUrl, string call) => ChatTargetTemplate.Replace("DEFAULT_URL", defaultUrl).Replace("/*CALL*/", call);

    private const string ChatTargetTemplate = """
        public class ChatClient
        {
            private const string DefaultApiUrl = "DEFAULT_URL";
            private readonly System.Uri _apiUrl;
            private readonly System.Net.Http.HttpClient _http;

            public ChatClient(System.Net.Http.HttpClient http, string token, string? apiUrl = DefaultApiUrl)
            {
                if (string.IsNullOrWhiteSpace(apiUrl))
                {
                    apiUrl = DefaultApiUrl;
                }

                _http = http;
                _apiUrl = new System.Uri($"{apiUrl}{token}/sendMessage");
            }

            public System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> PostMessage(string message, string chatId)
            {
                var json = Newtonsoft.Json.JsonConvert.SerializeObject(new { chat_id = chatId, text = message });
                return _http.PostAsync(_apiUrl, new System.Net.Http.StringContent(json));
            }
        }

        class ChatTarget : TargetWithLayout
        {
            private readonly ChatClient _client = new(new System.Net.Http.HttpClient(), "bot-token");

            protected override void Write(IList<AsyncLogEventInfo> logEvents)
            {
                foreach (var e in logEvents)
                {
                    /*CALL*/
                }
            }
        }
        """;

    [Fact]
    public Task Log_events_posted_by_a_client_whose_default_address_is_a_chat_api_are_reported() => Run(ChatTarget("https://api.telegram.org/bot",
        """{|DG1005:_client.PostMessage(RenderLogEvent(Layout, e.LogEvent), "42")|};"""));

    [Fact]
    public Task Log_events_posted_by_a_client_whose_default_address_is_on_this_machine_are_not_reported() => Run(ChatTarget("https://localhost:8443/bot",
        """_client.PostMessage(RenderLogEvent(Layout, e.LogEvent), "42");"""));

    [Fact]
    public Task Log_event_posted_to_a_collector_on_this_machine_is_not_reported() => Run("""
        class CollectorTarget : TargetWithLayout
        {
            private readonly System.Net.Http.HttpClient _http = new();

            protected override void Write(LogEventInfo logEvent)
                => _http.PostAsync("https://localhost:5341/api/events", new System.Net.Http.StringContent(RenderLogEvent(Layout, logEvent)));
        }
        """);

    [Fact]
    public Task Log_events_mailed_over_required_tls_are_not_reported() => Run("""
        class MailTarget : TargetWithLayout
        {
            protected override void Write(LogEventInfo logEvent)
            {
                var message = new MimeMessage { Subject = "Error", Body = new TextPart("plain") { Text = RenderLogEvent(Layout, logEvent) } };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.Connect("smtp.example.org", 587, SecureSocketOptions.StartTls);
                client.Send(message);
            }
        }
        """);

    [Fact]
    public Task Log_events_written_to_another_log_are_not_reported() => Run("""
        class ConsoleEchoTarget : TargetWithLayout
        {
            protected override void Write(LogEventInfo logEvent)
            {
                System.Console.WriteLine(RenderLogEvent(Layout, logEvent));
                System.Console.WriteLine(logEvent.FormattedMessage);
                System.IO.File.AppendAllText("logs/echo.log", logEvent.FormattedMessage);
            }
        }
        """);

    [Fact]
    public Task Only_the_level_and_time_of_a_mailed_event_are_not_reported() => Run("""
        class MailTarget : TargetWithLayout
        {
            protected override void Write(LogEventInfo logEvent)
            {
                var message = new MimeMessage { Subject = "Alert", Body = new TextPart("plain") { Text = logEvent.Level + " at " + logEvent.TimeStamp.ToString("O") } };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.Connect("smtp.example.org", 25, SecureSocketOptions.None);
                client.Send(message);
            }
        }
        """);
}
