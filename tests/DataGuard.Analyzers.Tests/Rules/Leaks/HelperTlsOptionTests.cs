using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// DG1003: a MailKit connection whose TLS option a helper of the program chooses (round 23 training's hotel mailer:
/// <c>DetermineSecureSocketOptions(port, useSsl)</c> returns <c>None</c> when the stored setting is off and
/// <c>StartTlsWhenAvailable</c> on port 25). The option can be anything the helper's returns give; a helper whose every
/// return requires TLS is silent, and a helper that calls itself is followed a bounded number of steps.
/// </summary>
public class HelperTlsOptionTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using MimeKit;
        using MailKit.Security;

        """;

    /// <summary>A buyer's phone mailed on a connection whose option is <c>Choose(port, useSsl)</c>, the helper being <paramref name="helper"/>.</summary>
    private static Task Run(string helper, string send) => LibraryLeakTest.Run(Usings + $$"""
        class Notifier
        {
            public int Port { get; set; } = 587;

            public bool UseSsl { get; set; } = true;

            async Task SendAsync(Buyer buyer)
            {
                var message = new MimeMessage { Body = new TextPart("plain") { Text = "Order for " + buyer.Phone } };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                var security = Choose(Port, UseSsl);
                await client.ConnectAsync("smtp.example.org", Port, security);
                await {{send}};
            }

            {{helper}}
        }
        """ + LibraryLeakTest.Buyer);

    [Fact]
    public Task A_helper_returning_none_when_the_setting_is_off_is_reported() => Run("""
        private static SecureSocketOptions Choose(int port, bool useSsl)
        {
            if (!useSsl)
            {
                return SecureSocketOptions.None;
            }

            return port switch
            {
                465 => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.StartTls,
            };
        }
        """, "{|DG1003:client.SendAsync(message)|}");

    [Fact]
    public Task A_helper_returning_opportunistic_tls_on_a_port_is_reported() => Run("""
        private static SecureSocketOptions Choose(int port, bool useSsl) => port switch
        {
            25 => SecureSocketOptions.StartTlsWhenAvailable,
            465 => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        """, "{|DG1003:client.SendAsync(message)|}");

    [Fact]
    public Task A_helper_handing_on_another_helpers_choice_is_reported() => Run("""
        private static SecureSocketOptions Choose(int port, bool useSsl) => useSsl ? SecureSocketOptions.SslOnConnect : Fallback();

        private static SecureSocketOptions Fallback() => SecureSocketOptions.None;
        """, "{|DG1003:client.SendAsync(message)|}");

    [Fact]
    public Task A_helper_returning_only_implicit_tls_is_not_reported() => Run("""
        private static SecureSocketOptions Choose(int port, bool useSsl)
        {
            if (!useSsl)
            {
                throw new System.InvalidOperationException("TLS is required");
            }

            return SecureSocketOptions.SslOnConnect;
        }
        """, "client.SendAsync(message)");

    [Fact]
    public Task A_helper_that_calls_itself_is_followed_a_bounded_way_and_not_reported() => Run("""
        private static SecureSocketOptions Choose(int port, bool useSsl)
            => port > 1000 ? Choose(port - 1000, useSsl) : port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        """, "client.SendAsync(message)");
}
