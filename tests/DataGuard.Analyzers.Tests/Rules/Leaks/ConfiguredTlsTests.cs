using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// TLS switched by configuration: <c>ConnectAsync(host, port, _mail.UseSsl)</c>, <c>SecureSocketOptions</c> or System.Net.Mail's
/// <c>EnableSsl</c> taken from the team's settings class. The program runs with what its appsettings*.json set, or else
/// with the property's default.
/// </summary>
public class ConfiguredTlsTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Microsoft.Extensions.Options;
        using MimeKit;
        using MailKit.Security;

        """;

    /// <summary>A MailKit sender whose TLS switch is <c>SmtpSettings.UseSsl</c>, declared as <paramref name="useSsl"/>.</summary>
    private static string MailKitSender(string useSsl) => """
        public sealed class SmtpSettings
        {
            public const string SectionName = "Smtp";
            public string Host { get; set; } = "";
            public int Port { get; set; }
        """ + useSsl + """

        }

        public sealed class BookingMailer
        {
            private readonly SmtpSettings _smtp;
            public BookingMailer(IOptions<SmtpSettings> smtp) => _smtp = smtp.Value;

            public async Task ConfirmAsync(Buyer buyer)
            {
                var message = new MimeMessage { Body = new TextPart("plain") { Text = "Booking for " + buyer.FullName } };
                message.To.Add(MailboxAddress.Parse(buyer.Email));
                using var client = new MailKit.Net.Smtp.SmtpClient();
                await client.ConnectAsync(_smtp.Host, _smtp.Port, _smtp.UseSsl);
                await {|#0:client.SendAsync(message)|};
            }
        }
        """ + LibraryLeakTest.Buyer;

    private const string UseSslFalse = """{ "Smtp": { "Host": "smtp.example.org", "Port": 587, "UseSsl": false } }""";
    private const string UseSslTrue = """{ "Smtp": { "Host": "smtp.example.org", "Port": 465, "UseSsl": true } }""";
    private const string NoSmtpSection = """{ "Logging": { "LogLevel": { "Default": "Information" } } }""";

    private static string Reported(string source) => source.Replace("{|#0:", "{|DG1003:");

    private static string Silent(string source) => source.Replace("{|#0:", string.Empty).Replace(")|};", ");");

    private static Task Run(string source, params (string, string)[] files) => LibraryLeakTest.RunWithFiles(Usings + source, files);

    [Fact]
    public Task Use_ssl_set_false_in_appsettings_is_reported()
        => Run(Reported(MailKitSender("    public bool UseSsl { get; set; } = true;")), ("appsettings.json", UseSslFalse));

    [Fact]
    public Task Use_ssl_set_false_in_an_environment_file_is_reported()
        => Run(Reported(MailKitSender("    public bool UseSsl { get; set; }")), ("appsettings.json", UseSslTrue),
            ("appsettings.Development.json", "// local mail catcher\n{ \"Smtp\": { \"UseSsl\": false, }, }"));

    [Fact]
    public Task Use_ssl_left_at_its_false_default_with_no_configuration_is_reported()
        => Run(Reported(MailKitSender("    public bool UseSsl { get; set; }")), ("appsettings.json", NoSmtpSection));

    [Fact]
    public Task Use_ssl_set_true_in_appsettings_is_not_reported()
        => Run(Silent(MailKitSender("    public bool UseSsl { get; set; }")), ("appsettings.json", UseSslTrue));

    [Fact]
    public Task Use_ssl_false_initializer_overridden_by_appsettings_is_not_reported()
        => Run(Silent(MailKitSender("    public bool UseSsl { get; set; } = false;")), ("appsettings.json", UseSslTrue));

    [Fact]
    public Task Use_ssl_defaulting_to_true_with_no_configuration_is_not_reported()
        => Run(Silent(MailKitSender("    public bool UseSsl { get; set; } = true;")), ("appsettings.json", NoSmtpSection));

    /// <summary>A nested section found by the class name without its suffix, the enum given by name in the file.</summary>
    private const string SocketOptionsSender = """
        public sealed class MailOptions
        {
            public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;
        }

        public sealed class Notifier
        {
            private readonly MailOptions _options;
            public Notifier(IOptions<MailOptions> options) => _options = options.Value;

            public void Send(Buyer buyer)
            {
                var message = new MimeMessage { Body = new TextPart("plain") { Text = "Order for " + buyer.Phone } };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.Connect("smtp.example.org", 587, _options.Security);
                {|#0:client.Send(message)|};
            }
        }
        """ + LibraryLeakTest.Buyer;

    [Fact]
    public Task Secure_socket_options_configured_none_in_a_nested_section_is_reported()
        => Run(Reported(SocketOptionsSender), ("appsettings.json", """{ "Notifications": { "Mail": { "Security": "None" } } }"""));

    [Fact]
    public Task Secure_socket_options_configured_ssl_on_connect_is_not_reported()
        => Run(Silent(SocketOptionsSender), ("appsettings.json", """{ "Notifications": { "Mail": { "Security": "SslOnConnect" } } }"""));

    /// <summary>System.Net.Mail with <c>EnableSsl</c> from the settings class.</summary>
    private const string SystemNetMailSender = """
        public sealed class MailConfig
        {
            public bool EnableSsl { get; set; }
        }

        public sealed class Notifier
        {
            private readonly MailConfig _config;
            public Notifier(MailConfig config) => _config = config;

            public void Send(Buyer buyer)
            {
                using var client = new System.Net.Mail.SmtpClient("smtp.example.org", 587) { EnableSsl = _config.EnableSsl };
                {|#0:client.Send("shop@example.org", buyer.Email, "Order", "Order for " + buyer.Phone)|};
            }
        }
        """ + LibraryLeakTest.Buyer;

    [Fact]
    public Task Enable_ssl_configured_false_is_reported()
        => Run(Reported(SystemNetMailSender), ("appsettings.json", """{ "MailConfig": { "EnableSsl": false } }"""));

    [Fact]
    public Task Enable_ssl_configured_true_is_not_reported()
        => Run(Silent(SystemNetMailSender), ("appsettings.json", """{ "MailConfig": { "EnableSsl": true } }"""));

    /// <summary>
    /// MailKit's options chosen by a flag of the settings class (<c>_mail.EnableSsl ? StartTls : None</c>): the branch the
    /// configured flag picks is the one the program runs with, not both.
    /// </summary>
    private static string SwitchedSender(string condition) => """
        public sealed class MailSettings
        {
            public bool EnableSsl { get; set; }
        }

        public sealed class Notifier
        {
            private readonly MailSettings _mail;
            public Notifier(IOptions<MailSettings> mail) => _mail = mail.Value;

            public async Task SendAsync(Buyer buyer)
            {
                var message = new MimeMessage { Body = new TextPart("plain") { Text = "Order for " + buyer.Phone } };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                var security = CONDITION;
                await client.ConnectAsync("smtp.example.org", 587, security);
                await {|#0:client.SendAsync(message)|};
            }
        }
        """.Replace("CONDITION", condition) + LibraryLeakTest.Buyer;

    private const string Switch = "_mail.EnableSsl ? SecureSocketOptions.StartTls : SecureSocketOptions.None";

    [Fact]
    public Task Switch_configured_on_runs_the_tls_branch_and_is_not_reported()
        => Run(Silent(SwitchedSender(Switch)), ("appsettings.json", """{ "Mail": { "EnableSsl": true } }"""));

    [Fact]
    public Task Switch_configured_off_runs_the_plain_branch_and_is_reported()
        => Run(Reported(SwitchedSender(Switch)), ("appsettings.json", """{ "Mail": { "EnableSsl": true } }"""),
            ("appsettings.Development.json", """{ "Mail": { "EnableSsl": false } }"""));

    [Fact]
    public Task Negated_switch_left_at_its_default_is_judged_by_the_default()
        => Run(Reported(SwitchedSender("!_mail.EnableSsl ? SecureSocketOptions.None : SecureSocketOptions.SslOnConnect")), ("appsettings.json", NoSmtpSection));

    [Fact]
    public Task Switch_compared_with_true_and_configured_on_is_not_reported()
        => Run(Silent(SwitchedSender("_mail.EnableSsl == true ? SecureSocketOptions.StartTls : SecureSocketOptions.None")), ("appsettings.json", """{ "Mail": { "EnableSsl": true } }"""));

    [Fact]
    public Task A_library_whose_settings_class_leaves_the_switch_at_false_runs_the_plain_branch_without_configuration_files()
        => Run(Reported(SwitchedSender(Switch)));

    [Fact]
    public Task A_library_whose_settings_class_starts_the_switch_true_is_not_reported_without_configuration_files()
        => Run(Silent(SwitchedSender(Switch).Replace("public bool EnableSsl { get; set; }", "public bool EnableSsl { get; set; } = true;")));

    [Fact]
    public Task A_library_whose_settings_class_leaves_use_ssl_at_false_is_reported_without_configuration_files()
        => Run(Reported(MailKitSender("    public bool UseSsl { get; set; }")));

    [Fact]
    public Task A_library_whose_settings_class_starts_use_ssl_true_is_not_reported_without_configuration_files()
        => Run(Silent(MailKitSender("    public bool UseSsl { get; set; } = true;")));

    [Fact]
    public Task A_library_that_states_a_plain_default_for_its_switch_is_reported_without_configuration_files()
        => Run(Reported(SwitchedSender(Switch).Replace("public bool EnableSsl { get; set; }", "public bool EnableSsl { get; set; } = false;")));

    [Fact]
    public Task A_constant_switch_outside_the_settings_class_is_still_reported_without_configuration_files()
        => Run(Reported(SwitchedSender("buyer.Phone.Length > 0 ? SecureSocketOptions.StartTls : SecureSocketOptions.None")));
}
