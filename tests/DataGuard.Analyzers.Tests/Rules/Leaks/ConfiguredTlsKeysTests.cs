using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// TLS switched by a configuration key read in the sender itself (round 22's hospital mailer: <c>smtp.GetValue&lt;bool&gt;("UseSsl")</c>
/// on <c>config.GetSection("Smtp")</c>, handed to MailKit's <c>ConnectAsync(host, port, useSsl)</c>): the program runs with what
/// its configuration files set under the key, or else with the read's default — <c>false</c>, no TLS at all.
/// </summary>
public class ConfiguredTlsKeysTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Microsoft.Extensions.Configuration;
        using MimeKit;
        using MailKit.Security;

        """;

    /// <summary>A mailer reading its TLS switch as <paramref name="read"/> from <c>_config</c> (a local <c>smtp</c> is its Smtp section).</summary>
    private static string Mailer(string read, string send = "{|DG1003:client.SendAsync(message)|}") => """
        public sealed class ReminderMailer
        {
            private readonly IConfiguration _config;
            public ReminderMailer(IConfiguration config) => _config = config;

            public async Task RemindAsync(Buyer buyer)
            {
                var smtp = _config.GetSection("Smtp");
                var useTls = READ;
                var message = new MimeMessage { Body = new TextPart("plain") { Text = "Appointment for " + buyer.FullName } };
                message.To.Add(MailboxAddress.Parse(buyer.Email));
                using var client = new MailKit.Net.Smtp.SmtpClient();
                await client.ConnectAsync("smtp.example.org", 587, useTls);
                await SEND;
            }
        }
        """.Replace("READ", read).Replace("SEND", send) + LibraryLeakTest.Buyer;

    private static Task Run(string source, params (string, string)[] files) => LibraryLeakTest.RunWithFiles(Usings + source, files);

    private static Task RunLibrary(string source) => LibraryLeakTest.Run(Usings + source);

    [Fact]
    public Task Key_read_from_a_section_with_no_default_and_no_configuration_is_reported()
        => RunLibrary(Mailer("""smtp.GetValue<bool>("UseSsl")"""));

    [Fact]
    public Task Key_read_from_a_section_and_configured_false_is_reported()
        => Run(Mailer("""smtp.GetValue<bool>("UseSsl")"""), ("appsettings.json", """{ "Smtp": { "Host": "smtp.example.org", "UseSsl": false } }"""));

    [Fact]
    public Task Key_absent_from_the_base_file_runs_with_its_false_default_and_is_reported()
        => Run(Mailer("""smtp.GetValue<bool>("UseSsl")"""), ("appsettings.json", """{ "Logging": { "LogLevel": { "Default": "Information" } } }"""));

    [Fact]
    public Task Key_configured_true_in_the_base_file_is_not_reported()
        => Run(Mailer("""smtp.GetValue<bool>("UseSsl")""", "client.SendAsync(message)"), ("appsettings.json", """{ "Smtp": { "UseSsl": true } }"""));

    [Fact]
    public Task Key_configured_true_but_false_in_an_environment_file_is_reported()
        => Run(Mailer("""_config.GetValue<bool>("Smtp:UseSsl")"""), ("appsettings.json", """{ "Smtp": { "UseSsl": true } }"""),
            ("appsettings.Development.json", """{ "Smtp": { "UseSsl": false } }"""));

    [Fact]
    public Task Key_read_with_a_true_fallback_and_no_configuration_is_not_reported()
        => RunLibrary(Mailer("""smtp.GetValue("UseSsl", true)""", "client.SendAsync(message)"));

    [Fact]
    public Task Parsed_key_configured_false_is_reported()
        => Run(Mailer("""bool.Parse(_config["Smtp:UseSsl"]!)"""), ("appsettings.json", """{ "Smtp": { "UseSsl": "false" } }"""));

    [Fact]
    public Task Socket_options_bound_from_a_section_left_unconfigured_run_with_none_and_are_reported()
        => RunLibrary(Mailer("""_config.GetSection("Smtp:Security").Get<SecureSocketOptions>()"""));

    [Fact]
    public Task Key_choosing_between_ssl_on_connect_and_start_tls_is_not_reported()
        => RunLibrary(Mailer("""smtp.GetValue<bool>("UseSsl") ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls""", "client.SendAsync(message)"));
}
