using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// DG1003 where a MailKit client's connection is configured apart from the send: a connection-configuration class handed
/// the client connects it without TLS by its settings' default, or gives it a certificate callback that accepts everything.
/// Every mail the client then sends carries its recipients' addresses over that channel.
/// </summary>
public class MailConnectionConfigurationTests
{
    private const string Usings = """
        using System.Net.Security;
        using System.Security.Cryptography.X509Certificates;
        using System.Threading.Tasks;
        using MailKit.Net.Smtp;
        using MailKit.Security;

        """;

    /// <summary>A settings class and a helper that configures the client it is given, with <paramref name="body"/> as its method.</summary>
    private static string Configurer(string settings, string body) => Usings + """
        public class RelaySettings
        {
            public string Host { get; set; } = "localhost";
            public int Port { get; set; } = 25;
        SETTINGS
        }

        public class RelayConnection
        {
            private readonly RelaySettings _settings;
            public RelayConnection(RelaySettings settings) => _settings = settings;

        BODY

            private static bool AcceptAll(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) => true;

            private static bool ValidOnly(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
            {
                return errors == SslPolicyErrors.None;
            }
        }
        """.Replace("SETTINGS", settings).Replace("BODY", body);

    private const string TlsFlag = "    public bool UseTls { get; set; }";

    private static Task Run(string source) => LibraryLeakTest.Run(source);

    [Fact]
    public Task Accept_all_lambda_set_on_a_client_handed_in_is_reported() => Run(Configurer(TlsFlag, """
            public void Initialize(SmtpClient client)
            {
                {|DG1003:client.ServerCertificateValidationCallback = (s, c, h, e) => true|};
            }
        """));

    [Fact]
    public Task Accept_all_method_group_set_under_a_settings_switch_is_reported() => Run(Configurer(TlsFlag + "\n    public bool TrustAll { get; set; }", """
            public void Initialize(SmtpClient client)
            {
                if (_settings.TrustAll)
                {
                    {|DG1003:client.ServerCertificateValidationCallback = AcceptAll|};
                }
                else
                {
                    client.ServerCertificateValidationCallback = ValidOnly;
                }
            }
        """));

    [Fact]
    public Task Callback_that_checks_the_policy_errors_is_not_reported() => Run(Configurer(TlsFlag, """
            public void Initialize(SmtpClient client)
            {
                client.ServerCertificateValidationCallback = ValidOnly;
                client.ServerCertificateValidationCallback = (s, c, h, e) => e == SslPolicyErrors.None;
            }
        """));

    [Fact]
    public Task Connect_with_a_tls_flag_left_at_its_false_default_is_reported() => Run(Configurer(TlsFlag, """
            public async Task ConnectAsync(SmtpClient client)
            {
                if (client.IsConnected) return;
                await {|DG1003:client.ConnectAsync(_settings.Host, _settings.Port, _settings.UseTls)|};
                client.Authenticate("relay", "secret");
            }
        """));

    [Fact]
    public Task Connect_with_a_tls_flag_started_true_is_not_reported() => Run(Configurer("    public bool UseTls { get; set; } = true;", """
            public void Connect(SmtpClient client)
            {
                client.Connect(_settings.Host, _settings.Port, _settings.UseTls);
            }
        """));

    [Fact]
    public Task Socket_options_left_at_their_zero_member_none_is_reported() => Run(Configurer("    public SecureSocketOptions Security { get; set; }", """
            public void Connect(SmtpClient client)
            {
                {|DG1003:client.Connect(_settings.Host, _settings.Port, _settings.Security)|};
            }
        """));

    [Fact]
    public Task Socket_options_started_at_ssl_on_connect_is_not_reported() => Run(Configurer("    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.SslOnConnect;", """
            public void Connect(SmtpClient client)
            {
                client.Connect(_settings.Host, 465, _settings.Security);
            }
        """));

    [Fact]
    public Task Constant_plain_connect_in_a_helper_is_reported() => Run(Configurer(TlsFlag, """
            public void Connect(SmtpClient client)
            {
                {|DG1003:client.Connect("smtp.example.org", 25, false)|};
            }
        """));

    [Fact]
    public Task Tls_connect_in_a_helper_is_not_reported() => Run(Configurer(TlsFlag, """
            public void Connect(SmtpClient client)
            {
                client.Connect("smtp.example.org", 465, true);
                client.Connect("smtp.example.org", 587, SecureSocketOptions.StartTls);
            }
        """));
}
