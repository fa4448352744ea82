using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// The program's own mail service: a method named as a send (<c>SendAsync</c>, <c>DispatchAsync</c>, <c>Enqueue</c>) that takes a
/// whole mail — a mail library's message or the program's own mail model — is where the mail leaves, whatever library sends it
/// behind it: in another project (its body unseen), behind an interface, or one to three wrappers deep in this one. It is
/// judged by the recipients the caller put in the mail: a configured log or debug address (DG1001), a constant public
/// mailbox (DG1005). A recipient address handed down a private method's parameter is what its callers pass.
/// </summary>
public class MailServiceTests
{
    private const string Usings = """
        using System;
        using System.Text;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.Configuration;

        """;

    /// <summary>A mail service of another project with its own mail model: its body is not in the compilation.</summary>
    private const string ForeignService = """
        using System.Threading.Tasks;
        namespace Contoso.Messaging
        {
            public class EmailAddress
            {
                public EmailAddress(string address, string? displayName = null) { Address = address; DisplayName = displayName; }
                public string Address { get; set; }
                public string? DisplayName { get; set; }
            }
            public class EmailMessage
            {
                public EmailAddress To { get; set; } = null!;
                public EmailAddress? From { get; set; }
                public string Subject { get; set; } = "";
                public string? TextBody { get; set; }
                public string? HtmlBody { get; set; }
            }
            public interface IEmailDispatcher
            {
                Task DispatchAsync(EmailMessage message);
                void Enqueue(EmailMessage message);
                string Render(EmailMessage message);
            }
        }
        """;

    /// <summary>An error reporter that mails the request's whole form to an address from its settings, through a private method.</summary>
    private static string FormReporter(string settingName, string send) => Usings + """
        using Contoso.Messaging;

        public class ErrorMailSettings { public string? SETTING { get; set; } }

        public class ErrorReporter
        {
            private readonly IEmailDispatcher _mail;
            private readonly ErrorMailSettings _settings;

            public ErrorReporter(IEmailDispatcher mail, ErrorMailSettings settings) { _mail = mail; _settings = settings; }

            public async Task ReportAsync(HttpContext context)
            {
                if (!string.IsNullOrEmpty(_settings.SETTING))
                {
                    await SendAsync(_settings.SETTING, context);
                }
            }

            private async Task SendAsync(string to, HttpContext context)
            {
                var body = new StringBuilder();
                foreach (var key in context.Request.Form.Keys)
                {
                    body.AppendLine(key + ": " + context.Request.Form[key]);
                }

                var message = new EmailMessage { To = new EmailAddress(to), Subject = "Error", TextBody = body.ToString() };
                SEND;
            }
        }
        """.Replace("SETTING", settingName).Replace("SEND", send);

    [Fact]
    public Task Request_form_mailed_to_a_configured_log_address_through_another_projects_service_is_logging()
        => LibraryLeakTest.RunWithLibrary(FormReporter("LogToEmailAddress", "await {|DG1001:_mail.DispatchAsync(message)|}"), ForeignService);

    [Fact]
    public Task Request_form_queued_for_a_configured_debug_address_is_logging()
        => LibraryLeakTest.RunWithLibrary(FormReporter("DebugEmailAddress", "{|DG1001:_mail.Enqueue(message)|}"), ForeignService);

    [Fact]
    public Task Request_form_mailed_to_a_configured_sales_address_is_not_logging()
        => LibraryLeakTest.RunWithLibrary(FormReporter("SalesEmailAddress", "await _mail.DispatchAsync(message)"), ForeignService);

    [Fact]
    public Task An_error_without_personal_data_mailed_to_the_configured_log_address_is_not_reported() => LibraryLeakTest.RunWithLibrary(Usings + """
        using Contoso.Messaging;

        public class ErrorMailSettings { public string? LogToEmailAddress { get; set; } }

        public class ErrorReporter
        {
            private readonly IEmailDispatcher _mail;
            private readonly ErrorMailSettings _settings;

            public ErrorReporter(IEmailDispatcher mail, ErrorMailSettings settings) { _mail = mail; _settings = settings; }

            public Task ReportAsync(Exception error)
                => _mail.DispatchAsync(new EmailMessage { To = new EmailAddress(_settings.LogToEmailAddress!, "Operations"), Subject = "Error", TextBody = error.Message + error.StackTrace });
        }
        """, ForeignService);

    [Fact]
    public Task A_method_that_takes_a_mail_but_does_not_send_it_is_no_sink()
        => LibraryLeakTest.RunWithLibrary(FormReporter("LogToEmailAddress", "_ = _mail.Render(message)"), ForeignService);

    /// <summary>An order notifier that hands the service a mail built in the call: SEND is the whole call.</summary>
    private static Task OrderNotifier(string send) => LibraryLeakTest.RunWithLibrary(Usings + """
        using Contoso.Messaging;

        public class OrderNotifier
        {
            private readonly IEmailDispatcher _mail;
            public OrderNotifier(IEmailDispatcher mail) => _mail = mail;

            public Task NotifyAsync(Buyer buyer) => SEND;
        }
        """.Replace("SEND", send) + LibraryLeakTest.Buyer, ForeignService);

    [Fact]
    public Task Personal_data_mailed_to_a_constant_public_mailbox_through_the_service_is_an_external_host() => OrderNotifier(
        "{|DG1005:_mail.DispatchAsync(new EmailMessage { To = new EmailAddress(\"orders.shop@gmail.com\"), TextBody = buyer.FullName + \" \" + buyer.Phone })|}");

    [Fact]
    public Task A_mail_to_the_person_themselves_through_the_service_is_not_reported() => OrderNotifier(
        "_mail.DispatchAsync(new EmailMessage { To = new EmailAddress(buyer.Email, buyer.FullName), TextBody = \"Dear \" + buyer.FullName })");

    /// <summary>
    /// The program's mailer over a mail library, in this compilation: the caller mails a buyer's details to <c>recipient</c>
    /// through 1 (<c>SendNowAsync</c>), 2 (<c>DeliverAsync</c>) or 3 (the <c>IMailer</c> interface) methods of the mailer.
    /// </summary>
    private static string OwnMailer(string message, string build, string connect, string send, int depth, string recipient, bool reported = true)
    {
        var call = (depth switch { 1 => "_mailer.SendNowAsync(message)", 2 => "_mailer.DeliverAsync(message)", _ => "_service.SendAsync(message)" });
        return Usings + """
            public interface IMailer { Task SendAsync(MESSAGE message); }

            public sealed class Mailer : IMailer
            {
                public Task SendAsync(MESSAGE message) => DeliverAsync(message);

                public Task DeliverAsync(MESSAGE message) => SendNowAsync(message);

                public async Task SendNowAsync(MESSAGE message)
                {
                    CONNECT;
                    await SEND;
                }
            }

            public sealed class CheckoutErrors
            {
                private readonly IConfiguration _configuration;
                private readonly IMailer _service;
                private readonly Mailer _mailer;

                public CheckoutErrors(IConfiguration configuration, IMailer service, Mailer mailer)
                {
                    _configuration = configuration;
                    _service = service;
                    _mailer = mailer;
                }

                public async Task ReportAsync(Buyer buyer, Exception error)
                {
                    var to = RECIPIENT;
                    BUILD
                    await CALL;
                }
            }
            """.Replace("MESSAGE", message).Replace("BUILD", build).Replace("SEND", send).Replace("CONNECT", connect).Replace("RECIPIENT", recipient)
            .Replace("CALL", reported ? "{|DG1001:" + call + "|}" : call) + LibraryLeakTest.Buyer;
    }

    private const string SystemNetMail = """
        var message = new System.Net.Mail.MailMessage("shop@example.org", to) { Subject = "Checkout failed", Body = error.Message + " for " + buyer.Email };
        """;

    private const string SystemNetMailSend = "new System.Net.Mail.SmtpClient(\"smtp.example.org\") { EnableSsl = true }.SendMailAsync(message)";

    private const string MimeKitMail = """
        var message = new MimeKit.MimeMessage { Subject = "Checkout failed" };
                message.To.Add(MimeKit.MailboxAddress.Parse(to));
                message.Body = new MimeKit.TextPart("plain") { Text = error.Message + " for " + buyer.Phone };
        """;

    private const string MailKitConnect = "using var client = new MailKit.Net.Smtp.SmtpClient();\n        await client.ConnectAsync(\"smtp.example.org\", 465, true)";

    private const string SendGridMail = """
        var message = new SendGrid.Helpers.Mail.SendGridMessage { Subject = "Checkout failed", PlainTextContent = buyer.FullName + " " + buyer.Phone };
                message.AddTo(to);
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public Task Buyer_mailed_to_the_configured_error_address_through_the_programs_System_Net_Mail_mailer_is_logging(int depth)
        => LibraryLeakTest.Run(OwnMailer("System.Net.Mail.MailMessage", SystemNetMail, "await Task.Yield()", SystemNetMailSend, depth, "_configuration[\"ErrorLog:MailTo\"] ?? \"\""));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public Task Buyer_mailed_to_the_configured_error_address_through_the_programs_MailKit_mailer_is_logging(int depth)
        => LibraryLeakTest.Run(OwnMailer("MimeKit.MimeMessage", MimeKitMail, MailKitConnect, "client.SendAsync(message)", depth, "_configuration[\"Errors:NotifyEmail\"]"));

    [Fact]
    public Task Buyer_mailed_to_the_configured_error_address_through_the_programs_SendGrid_mailer_is_logging()
        => LibraryLeakTest.Run(OwnMailer("SendGrid.Helpers.Mail.SendGridMessage", SendGridMail, "var client = new SendGrid.SendGridClient(\"key\")",
            "client.SendEmailAsync(message)", 3, "_configuration.GetValue<string>(\"Logging:Mail:To\")!"));

    [Theory]
    [InlineData("_configuration[\"Sales:MailTo\"]")]
    [InlineData("buyer.Email")]
    public Task Buyer_mailed_to_sales_or_to_themselves_through_the_programs_mailer_is_not_logging(string recipient)
        => LibraryLeakTest.Run(OwnMailer("MimeKit.MimeMessage", MimeKitMail, MailKitConnect, "client.SendAsync(message)", 3, recipient, reported: false));

    [Fact]
    public Task A_mail_object_and_a_mail_service_are_no_e_mail_addresses() => LibraryLeakTest.Run(Usings + """
        using Microsoft.Extensions.Logging;

        public interface IMailService { Task SendAsync(MimeKit.MimeMessage mail); }

        public sealed class Outbox
        {
            private readonly ILogger<Outbox> _logger;
            private readonly IMailService _mail;

            public Outbox(ILogger<Outbox> logger, IMailService mail) { _logger = logger; _mail = mail; }

            public async Task SendAsync(MimeKit.MimeMessage mail)
            {
                _logger.LogInformation("Sending {Mail} ({Id}) through {Service}", mail.Subject, mail.MessageId, _mail);
                await _mail.SendAsync(mail);
            }
        }
        """);
}
