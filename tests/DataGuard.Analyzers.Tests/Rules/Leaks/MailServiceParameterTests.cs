using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A mail service's own parameters as what they are (round 23 training's hotel mailer): a list of addresses whose items the
/// service makes recipients (<c>foreach (var r in to) message.To.Add(MailboxAddress.Parse(r))</c>, <c>to.Select(MailboxAddress.Parse)</c>),
/// or that it hands to its own sender, holds people's addresses whatever it is called — logging it logs them, and a mail sent
/// to them over a client that accepts any certificate carries them over a channel anyone on the path can read.
/// </summary>
public class MailServiceParameterTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Logging;
        using MimeKit;
        using MailKit.Security;

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    /// <summary>
    /// The program's mailer behind its interface: <paramref name="recipients"/> turns the list <c>to</c> into the mail's
    /// recipients (or not), <paramref name="callback"/> sets up the client, and the send and log lines are marked as given.
    /// </summary>
    private static string Mailer(string recipients, string log, string callback = "", string send = "smtp.SendAsync(message)") => """
        public interface IEmailService
        {
            Task SendEmailAsync(IEnumerable<string> to, string subject, string body);
            Task SendTemplateEmailAsync(IEnumerable<string> to, string code);
        }

        public sealed class EmailService : IEmailService
        {
            private readonly ILogger<EmailService> _logger;
            private readonly IConfiguration _configuration;

            public EmailService(ILogger<EmailService> logger, IConfiguration configuration)
            {
                _logger = logger;
                _configuration = configuration;
            }

            public async Task SendEmailAsync(IEnumerable<string> to, string subject, string body)
            {
                var message = new MimeMessage();
                message.From.Add(new MailboxAddress("Hotel", _configuration["Mail:From"]!));
                RECIPIENTS;
                message.Subject = subject;
                message.Body = new TextPart("html") { Text = body };
                using var smtp = new MailKit.Net.Smtp.SmtpClient();
                CALLBACK
                await smtp.ConnectAsync(_configuration["Mail:Host"], 587, SecureSocketOptions.StartTls);
                await SEND;
                LOG;
            }

            public Task SendTemplateEmailAsync(IEnumerable<string> to, string code) => SendEmailAsync(to, code, "<p>" + code + "</p>");
        }
        """.Replace("RECIPIENTS", recipients).Replace("LOG", log).Replace("CALLBACK", callback).Replace("SEND", send);

    [Theory]
    [InlineData("foreach (var recipient in to) { message.To.Add(MailboxAddress.Parse(recipient)); }")]
    [InlineData("foreach (var recipient in to) { message.To.Add(new MailboxAddress(\"Guest\", recipient)); }")]
    [InlineData("message.To.AddRange(to.Select(MailboxAddress.Parse))")]
    [InlineData("message.To.AddRange(to.Select(a => new MailboxAddress(\"Guest\", a)))")]
    public Task A_recipient_list_logged_by_the_mailer_is_reported(string recipients)
        => Run(Mailer(recipients, """{|DG1001:_logger.LogInformation("Email sent to {Recipients}", string.Join(", ", to))|}"""));

    [Fact]
    public Task A_list_that_is_not_made_recipients_is_not_reported()
        => Run(Mailer("message.To.Add(MailboxAddress.Parse(_configuration[\"Mail:Desk\"]!))",
            """_logger.LogInformation("Email sent, tags {Tags}", string.Join(", ", to))"""));

    [Fact]
    public Task A_template_sender_that_hands_its_list_to_the_mailer_logs_recipients() => Run(Mailer(
        "foreach (var recipient in to) { message.To.Add(MailboxAddress.Parse(recipient)); }", "_logger.LogInformation(\"Sent\")").Replace(
        "public Task SendTemplateEmailAsync(IEnumerable<string> to, string code) => SendEmailAsync(to, code, \"<p>\" + code + \"</p>\");",
        """
        public async Task SendTemplateEmailAsync(IEnumerable<string> to, string code)
        {
            try
            {
                await SendEmailAsync(to, code, "<p>" + code + "</p>");
            }
            catch (Exception ex)
            {
                {|DG1001:_logger.LogError(ex, "Template {Code} not sent to {Recipients}", code, string.Join(", ", to))|};
                throw;
            }
        }
        """));

    [Fact]
    public Task An_accept_all_certificate_callback_on_the_mailers_client_is_reported() => Run(Mailer(
        "foreach (var recipient in to) { message.To.Add(MailboxAddress.Parse(recipient)); }", "_logger.LogInformation(\"Sent\")",
        callback: "smtp.ServerCertificateValidationCallback = (s, c, h, e) => true;",
        send: "{|DG1003:smtp.SendAsync(message)|}"));

    [Fact]
    public Task A_validating_certificate_callback_on_the_mailers_client_is_not_reported() => Run(Mailer(
        "foreach (var recipient in to) { message.To.Add(MailboxAddress.Parse(recipient)); }", "_logger.LogInformation(\"Sent\")",
        callback: "smtp.ServerCertificateValidationCallback = (s, c, h, e) => e == System.Net.Security.SslPolicyErrors.None;"));

    [Fact]
    public Task A_to_parameter_of_a_method_that_sends_no_mail_is_not_reported() => Run("""
        public sealed class Units
        {
            private readonly ILogger<Units> _logger;

            public Units(ILogger<Units> logger) => _logger = logger;

            public double Convert(double amount, string from, string to)
            {
                _logger.LogInformation("Converting {Amount} from {From} to {To}", amount, from, to);
                return Forward(amount, new[] { to });
            }

            private double Forward(double amount, IEnumerable<string> to)
            {
                _logger.LogInformation("Units {Units}", string.Join(", ", to));
                return amount;
            }
        }
        """);

    [Fact]
    public Task A_recipient_list_every_caller_fills_with_a_constant_is_not_reported() => Run("""
        public sealed class OpsAlerts
        {
            private readonly ILogger<OpsAlerts> _logger;

            public OpsAlerts(ILogger<OpsAlerts> logger) => _logger = logger;

            public void NightlyDone() => Notify("ops@example.org");

            private void Notify(string target)
            {
                _logger.LogInformation("Alert for {Target}", target);
                Queue(new[] { target });
            }

            private void Queue(IEnumerable<string> targets)
            {
                var mail = new MimeMessage();
                foreach (var target in targets) { mail.To.Add(MailboxAddress.Parse(target)); }
                _logger.LogInformation("Alert queued");
            }
        }
        """);

    [Fact]
    public Task A_single_address_overload_that_hands_its_address_to_the_list_sender_logs_a_recipient() => Run("""
        public sealed class Receipts
        {
            private readonly ILogger<Receipts> _logger;

            public Receipts(ILogger<Receipts> logger) => _logger = logger;

            public void Send(string guest)
            {
                {|DG1001:_logger.LogInformation("Receipt for {Guest}", guest)|};
                Send(new[] { guest });
            }

            public void Send(IEnumerable<string> guests)
            {
                var mail = new MimeMessage();
                foreach (var address in guests) { mail.To.Add(MailboxAddress.Parse(address)); }
            }
        }
        """);
}
