using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A value a method uses as a mail recipient is a person's e-mail address unless it is a constant or configuration (an
/// organisation's address), whatever the parameter is called: logging it logs a personal value, even when every caller is
/// in another project behind the program's mail interface (<c>IMailer.SendAsync(to, …)</c>, the callers' <c>user.Email</c>
/// unseen). Also: a whole mail handed through such an interface to a sender that connects without TLS.
/// </summary>
public class MailRecipientLoggedTests
{
    private const string Usings = """
        using System.Net.Mail;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Logging;
        using MimeKit;

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    /// <summary>
    /// The program's mailer behind its interface: <paramref name="addRecipient"/> makes <c>to</c> the mail's recipient (or
    /// not), and the log line after sending names <c>to</c> (<paramref name="log"/>).
    /// </summary>
    private static string Mailer(string addRecipient, string log) => """
        public interface IMailer { Task<bool> SendAsync(string to, string subject, string html); }

        public sealed class SmtpMailer : IMailer
        {
            private readonly ILogger<SmtpMailer> _logger;
            private readonly IConfiguration _configuration;

            public SmtpMailer(ILogger<SmtpMailer> logger, IConfiguration configuration)
            {
                _logger = logger;
                _configuration = configuration;
            }

            public async Task<bool> SendAsync(string to, string subject, string html)
            {
                using var message = new MailMessage { From = new MailAddress(_configuration["Mail:From"]!), Subject = subject, Body = html, IsBodyHtml = true };
                ADD_RECIPIENT;
                using var client = new SmtpClient(_configuration["Mail:Host"], 587) { EnableSsl = true };
                try
                {
                    await client.SendMailAsync(message);
                    LOG;
                    return true;
                }
                catch (SmtpException ex)
                {
                    _logger.LogError(ex, "Mail not delivered");
                    return false;
                }
            }
        }
        """.Replace("ADD_RECIPIENT", addRecipient).Replace("LOG", log);

    [Theory]
    [InlineData("message.To.Add(new MailAddress(to))")]
    [InlineData("message.To.Add(to)")]
    [InlineData("message.CC.Add(to)")]
    [InlineData("message.Bcc.Add(new MailAddress(to, \"Customer\"))")]
    public Task A_recipient_parameter_logged_after_sending_is_reported(string addRecipient)
        => Run(Mailer(addRecipient, """{|DG1001:_logger.LogInformation("Mail sent to {To}", to)|}"""));

    [Fact]
    public Task A_parameter_that_is_not_a_recipient_is_not_reported()
        => Run(Mailer("message.To.Add(new MailAddress(_configuration[\"Mail:Desk\"]!))", """_logger.LogInformation("Mail sent to {To}", to)"""));

    [Fact]
    public Task A_recipient_parameter_not_logged_is_not_reported()
        => Run(Mailer("message.To.Add(new MailAddress(to))", """_logger.LogInformation("Mail sent: {Subject}", subject)"""));

    /// <summary>MimeKit, SendGrid and FluentEmail recipients: <paramref name="build"/> makes <c>whom</c> one.</summary>
    [Theory]
    [InlineData("var mail = new MimeMessage(); mail.To.Add(MailboxAddress.Parse(whom));")]
    [InlineData("var mail = new MimeMessage(); mail.To.Add(new MailboxAddress(\"Customer\", whom));")]
    [InlineData("var mail = new MimeMessage(); mail.Cc.Add(MailboxAddress.Parse(whom));")]
    [InlineData("var mail = new MimeMessage(); mail.Bcc.Add(new MailboxAddress(\"Customer\", whom));")]
    [InlineData("var mail = SendGrid.Helpers.Mail.MailHelper.CreateSingleEmail(new SendGrid.Helpers.Mail.EmailAddress(\"desk@example.org\"), new SendGrid.Helpers.Mail.EmailAddress(whom), \"Receipt\", \"\", \"<p>Thanks</p>\");")]
    [InlineData("var mail = FluentEmail.Core.Email.From(\"desk@example.org\").To(whom).Subject(\"Receipt\");")]
    public Task A_recipient_of_any_mail_library_logged_is_reported(string build) => Run($$"""
        public sealed class Receipts
        {
            private readonly ILogger<Receipts> _logger;

            public Receipts(ILogger<Receipts> logger) => _logger = logger;

            public object Prepare(string whom)
            {
                {{build}}
                {|DG1001:_logger.LogInformation("Receipt prepared for {Address}", whom)|};
                return mail;
            }
        }
        """);

    [Fact]
    public Task A_recipient_parameter_every_caller_fills_with_a_constant_is_not_reported() => Run("""
        public sealed class OpsAlerts
        {
            private readonly ILogger<OpsAlerts> _logger;

            public OpsAlerts(ILogger<OpsAlerts> logger) => _logger = logger;

            public void NightlyDone() => Notify("ops@example.org");

            public void BackupFailed() => Notify("backup-team@example.org");

            private void Notify(string target)
            {
                var mail = new MimeMessage();
                mail.To.Add(MailboxAddress.Parse(target));
                _logger.LogInformation("Alert queued for {Target}", target);
            }
        }
        """);

    [Fact]
    public Task A_configured_recipient_logged_is_not_reported() => Run("""
        public sealed class Digest
        {
            private readonly ILogger<Digest> _logger;
            private readonly IConfiguration _configuration;

            public Digest(ILogger<Digest> logger, IConfiguration configuration)
            {
                _logger = logger;
                _configuration = configuration;
            }

            public void Send()
            {
                var desk = _configuration["Digest:To"]!;
                var mail = new MimeMessage();
                mail.To.Add(MailboxAddress.Parse(desk));
                _logger.LogInformation("Digest sent to {Desk}", desk);
            }
        }
        """);

    /// <summary>
    /// Round 9's bank shape: the account service builds the confirmation mail for the customer and hands it through the
    /// program's mail interface to a sender that connects with <paramref name="connect"/>.
    /// </summary>
    private static string HandedThroughInterface(string connect, string send) => """
        public sealed class Customer
        {
            public string FullName { get; set; } = "";
            public string Email { get; set; } = "";
        }

        public sealed class MailOptions
        {
            public string Host { get; set; } = "";
            public int Port { get; set; }
        }

        public interface IMimeSender { Task DeliverAsync(MimeMessage message); }

        public sealed class AccountMails
        {
            private readonly IMimeSender _sender;

            public AccountMails(IMimeSender sender) => _sender = sender;

            public Task ConfirmAsync(Customer customer, string link)
            {
                var message = new MimeMessage();
                message.From.Add(new MailboxAddress("Bank", "no-reply@bank.example"));
                message.To.Add(new MailboxAddress(customer.FullName, customer.Email));
                message.Subject = "Confirm your account";
                message.Body = new TextPart("html") { Text = "<a href=\"" + link + "\">confirm</a>" };
                return _sender.DeliverAsync(message);
            }
        }

        public sealed class MimeSender : IMimeSender
        {
            private readonly string _host;
            private readonly int _port;

            public MimeSender(Microsoft.Extensions.Options.IOptions<MailOptions> options)
            {
                _host = options.Value.Host;
                _port = options.Value.Port;
            }

            public async Task DeliverAsync(MimeMessage message)
            {
                using var client = new MailKit.Net.Smtp.SmtpClient();
                await client.ConnectAsync(_host, _port, CONNECT);
                await SEND;
                await client.DisconnectAsync(true);
            }
        }
        """.Replace("CONNECT", connect).Replace("SEND", send);

    [Fact]
    public Task A_customers_mail_handed_through_the_programs_interface_to_a_sender_without_tls_is_reported()
        => Run(HandedThroughInterface("false", "{|DG1003:client.SendAsync(message)|}"));

    [Fact]
    public Task A_customers_mail_handed_through_the_programs_interface_to_a_sender_with_tls_is_not_reported()
        => Run(HandedThroughInterface("MailKit.Security.SecureSocketOptions.StartTls", "client.SendAsync(message)"));
}
