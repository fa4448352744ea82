using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// DG1003 channels whose flaw is not an argument literal at the call: an opportunistic-TLS default handed to a configuration
/// or layout reader as its fallback, and an accept-all certificate callback added with <c>+=</c> (the log-mailing target shape).
/// </summary>
public class ChannelDefaultsTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Microsoft.Extensions.Configuration;
        using MimeKit;
        using MailKit.Security;

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body + LibraryLeakTest.Buyer);

    [Fact]
    public Task Opportunistic_tls_default_given_as_the_configuration_fallback_is_reported() => Run("""
        class Notifier
        {
            private const SecureSocketOptions DefaultSecurity = SecureSocketOptions.StartTlsWhenAvailable;
            private readonly IConfiguration _configuration;

            public Notifier(IConfiguration configuration) => _configuration = configuration;

            public bool EnableSsl { get; set; }

            void Send(Buyer buyer)
            {
                var message = new MimeMessage { Body = new TextPart("plain") { Text = "Order for " + buyer.Phone } };
                var security = EnableSsl ? SecureSocketOptions.SslOnConnect : _configuration.GetValue("Smtp:Security", DefaultSecurity);
                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.Connect("smtp.example.org", 587, security);
                {|DG1003:client.Send(message)|};
            }
        }
        """);

    [Fact]
    public Task Required_tls_as_the_configuration_fallback_is_not_reported() => Run("""
        class Notifier
        {
            private readonly IConfiguration _configuration;

            public Notifier(IConfiguration configuration) => _configuration = configuration;

            public bool EnableSsl { get; set; }

            void Send(Buyer buyer)
            {
                var message = new MimeMessage { Body = new TextPart("plain") { Text = "Order for " + buyer.Phone } };
                var security = EnableSsl ? SecureSocketOptions.SslOnConnect : _configuration.GetValue("Smtp:Security", SecureSocketOptions.StartTls);
                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.Connect("smtp.example.org", 587, security);
                client.Send(message);
            }
        }
        """);

    [Fact]
    public Task Plain_text_flag_given_as_the_configuration_fallback_is_reported() => Run("""
        class Notifier
        {
            private readonly IConfiguration _configuration;

            public Notifier(IConfiguration configuration) => _configuration = configuration;

            void Send(Buyer buyer)
            {
                var message = new MimeMessage { Body = new TextPart("plain") { Text = "Order for " + buyer.Phone } };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.Connect("smtp.example.org", 25, useSsl: _configuration.GetValue("Smtp:UseSsl", false));
                {|DG1003:client.Send(message)|};
            }
        }
        """);

    /// <summary>A buyer's phone mailed over STARTTLS by a client that <paramref name="setup"/> configures; the send marked as <paramref name="send"/>.</summary>
    private static Task RunCallback(string setup, string send = "{|DG1003:client.Send(message)|}") => Run($$"""
        class Notifier
        {
            public bool SkipCertificateValidation { get; set; }

            void Send(Buyer buyer)
            {
                var message = new MimeMessage { Body = new TextPart("plain") { Text = "Order for " + buyer.Phone } };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                {{setup}}
                client.Connect("smtp.example.org", 587, SecureSocketOptions.StartTls);
                {{send}};
            }
        }
        """);

    [Fact]
    public Task Accept_all_callback_added_with_plus_equals_is_reported()
        => RunCallback("client.ServerCertificateValidationCallback += (s, cert, chain, errors) => true;");

    [Fact]
    public Task Accept_all_callback_added_when_a_configuration_flag_is_set_is_reported()
        => RunCallback("if (SkipCertificateValidation) { client.ServerCertificateValidationCallback += (s, cert, chain, errors) => true; }");

    [Fact]
    public Task Callback_added_with_plus_equals_that_validates_is_not_reported()
        => RunCallback("client.ServerCertificateValidationCallback += (s, cert, chain, errors) => errors == System.Net.Security.SslPolicyErrors.None;",
            send: "client.Send(message)");
}
