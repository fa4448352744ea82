using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>Mail as a transmit sink: System.Net.Mail, MailKit/MimeKit, SendGrid (real assemblies) and FluentEmail (look-alike).</summary>
public class MailSinkTests
{
    private const string Usings = """
        using System;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Configuration;
        using MimeKit;
        using MailKit.Security;

        """;

    private static Task Run(string body, string? editorConfig = null) => LibraryLeakTest.Run(Usings + body + LibraryLeakTest.Buyer, editorConfig);

    [Fact]
    public Task MailKit_without_tls_is_an_unencrypted_channel() => Run("""
        class Notifier
        {
            void Send(Buyer buyer)
            {
                var message = new MimeMessage();
                message.From.Add(new MailboxAddress("Shop", "shop@example.org"));
                message.To.Add(new MailboxAddress(buyer.FullName, buyer.Email));
                message.Body = new TextPart("plain") { Text = "Order for " + buyer.Phone };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.Connect("smtp.example.org", 25, useSsl: false);
                {|DG1003:client.Send(message)|};
            }
        }
        """);

    [Fact]
    public Task MailKit_with_SecureSocketOptions_None_is_an_unencrypted_channel() => Run("""
        class Notifier
        {
            async Task SendAsync(Buyer buyer)
            {
                var builder = new BodyBuilder { TextBody = $"Buyer {buyer.FullName} {buyer.Phone}" };
                var message = new MimeMessage { Subject = "New order", Body = builder.ToMessageBody() };
                message.To.Add(MailboxAddress.Parse(buyer.Email));
                using var client = new MailKit.Net.Smtp.SmtpClient();
                await client.ConnectAsync("smtp.example.org", 25, SecureSocketOptions.None);
                await {|DG1003:client.SendAsync(message)|};
            }
        }
        """);

    [Fact]
    public Task MailKit_with_opportunistic_StartTlsWhenAvailable_is_an_unencrypted_channel() => Run("""
        class Notifier
        {
            void Send(Buyer buyer)
            {
                var message = new MimeMessage { Body = new TextPart("plain") { Text = "Order for " + buyer.Phone } };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.Connect("smtp.example.org", 587, SecureSocketOptions.StartTlsWhenAvailable);
                {|DG1003:client.Send(message)|};
            }
        }
        """);

    [Fact]
    public Task MailKit_Auto_is_opportunistic_tls_and_an_unencrypted_channel() => Run("""
        class Notifier
        {
            void Send(Buyer buyer)
            {
                var message = new MimeMessage { Body = new TextPart("plain") { Text = "Order for " + buyer.Phone } };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.Connect("smtp.example.org", 587, SecureSocketOptions.Auto);
                {|DG1003:client.Send(message)|};
            }
        }
        """);

    [Fact]
    public Task MailKit_Auto_as_the_default_of_an_options_class_is_an_unencrypted_channel() => Run("""
        public class EmailSinkOptions
        {
            public string Host { get; set; } = "";
            public int Port { get; set; } = 25;
            public SecureSocketOptions ConnectionSecurity { get; set; } = SecureSocketOptions.Auto;
        }

        class Notifier
        {
            private readonly EmailSinkOptions _options = new();

            async Task SendAsync(Buyer buyer)
            {
                var message = new MimeMessage { Body = new TextPart("plain") { Text = "Order for " + buyer.Phone } };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                await client.ConnectAsync(_options.Host, _options.Port, _options.ConnectionSecurity);
                await {|DG1003:client.SendAsync(message)|};
            }
        }
        """);

    [Fact]
    public Task MailKit_Auto_on_an_implicit_tls_port_is_not_reported() => Run("""
        class Notifier
        {
            void Send(Buyer buyer, bool imap)
            {
                var message = new MimeMessage { Body = new TextPart("plain") { Text = "Order for " + buyer.Phone } };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.Connect("smtp.example.org", 465, SecureSocketOptions.Auto);
                client.Send(message);

                using var other = new MailKit.Net.Smtp.SmtpClient();
                other.Connect("smtp.example.org", imap ? 993 : 465, SecureSocketOptions.Auto);
                other.Send(message);
            }
        }
        """);

    private const string Adapter = """
        public interface ISmtpClientAdapter : IDisposable
        {
            Task ConnectAsync(string host, int port, SecureSocketOptions secure);
            Task SendAsync(MimeMessage message);
        }

        """;

    [Fact]
    public Task MailKit_options_given_to_the_programs_own_adapter_make_its_channel_unencrypted() => Run(Adapter + """
        class Notifier
        {
            async Task SendAsync(Buyer buyer, Func<ISmtpClientAdapter> create, bool enableSsl)
            {
                var message = new MimeMessage { Body = new TextPart("plain") { Text = "Invoice for " + buyer.FullName } };
                using var smtp = create();
                await smtp.ConnectAsync("smtp.example.org", 25, enableSsl ? SecureSocketOptions.StartTls : SecureSocketOptions.None);
                await {|DG1003:smtp.SendAsync(message)|};
            }
        }
        """);

    [Fact]
    public Task Programs_own_adapter_connected_with_tls_is_not_reported() => Run(Adapter + """
        class Notifier
        {
            async Task SendAsync(Buyer buyer, Func<ISmtpClientAdapter> create)
            {
                var message = new MimeMessage { Body = new TextPart("plain") { Text = "Invoice for " + buyer.FullName } };
                using var smtp = create();
                await smtp.ConnectAsync("smtp.example.org", 465, SecureSocketOptions.SslOnConnect);
                await smtp.SendAsync(message);
                using var other = create();
                await other.ConnectAsync("smtp.example.org", 587, SecureSocketOptions.StartTls);
                await other.SendAsync(message);
            }
        }
        """);

    [Fact]
    public Task Unencrypted_mail_names_the_recipient_not_the_senders_configured_address() => LibraryLeakTest.RunExpecting(Usings + """
        class Mailer
        {
            private readonly string _fromEmail;
            public Mailer(IConfiguration config) { _fromEmail = config["Mail:From"] ?? ""; }
            async Task SendAsync(string {|#1:toEmail|}, string subject)
            {
                var message = new MimeMessage { Subject = subject };
                message.From.Add(new MailboxAddress("Clinic", _fromEmail));
                message.To.Add(new MailboxAddress("", toEmail));
                using var client = new MailKit.Net.Smtp.SmtpClient();
                await client.ConnectAsync("smtp.example.org", 25, SecureSocketOptions.None);
                await {|#0:client.SendAsync(message)|};
            }
        }
        """ + LibraryLeakTest.Buyer,
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult(DataGuard.Analyzers.Descriptors.PersonalDataOverUnencryptedChannel).WithLocation(0).WithLocation(1)
            .WithArguments("toEmail", "SMTP without SSL", "MailTransport.SendAsync"));

    /// <summary>Round 29's CRM: the template's sender address and the contacts' addresses in one mail; the report names the contacts'.</summary>
    [Fact]
    public Task Unencrypted_mail_names_the_recipients_not_the_templates_sender_address() => LibraryLeakTest.RunExpecting(Usings + """
        public class EmailService
        {
            public async Task SendAsync(string subject, string fromEmail, string fromName, string[] {|#1:recipients|}, string body)
            {
                var message = new MimeMessage { Subject = subject };
                message.From.Add(new MailboxAddress(fromName, fromEmail));
                foreach (var recipient in recipients)
                {
                    message.To.Add(MailboxAddress.Parse(recipient));
                }

                message.Body = new TextPart("html") { Text = body };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                await client.ConnectAsync("smtp.example.org", 25, false);
                await {|#0:client.SendAsync(message)|};
            }
        }
        """,
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult(DataGuard.Analyzers.Descriptors.PersonalDataOverUnencryptedChannel).WithLocation(0).WithLocation(1)
            .WithArguments("recipients", "SMTP without SSL", "MailTransport.SendAsync"));

    [Fact]
    public Task Unencrypted_mail_with_only_a_sender_address_still_names_it() => LibraryLeakTest.RunExpecting(Usings + """
        public class EmailService
        {
            public async Task SendAsync(string {|#1:fromEmail|}, string subject)
            {
                var message = new MimeMessage { Subject = subject };
                message.From.Add(new MailboxAddress("", fromEmail));
                message.To.Add(new MailboxAddress("Office", "office@example.org"));
                using var client = new MailKit.Net.Smtp.SmtpClient();
                await client.ConnectAsync("smtp.example.org", 25, false);
                await {|#0:client.SendAsync(message)|};
            }
        }
        """,
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult(DataGuard.Analyzers.Descriptors.PersonalDataOverUnencryptedChannel).WithLocation(0).WithLocation(1)
            .WithArguments("fromEmail", "SMTP without SSL", "MailTransport.SendAsync"));

    [Fact]
    public Task MailKit_options_chosen_by_a_switch_statement_that_can_be_None_is_an_unencrypted_channel() => Run("""
        class Notifier
        {
            async Task SendAsync(Buyer buyer, string setting)
            {
                var message = new MimeMessage { Body = new TextPart("plain") { Text = buyer.Phone } };
                message.To.Add(MailboxAddress.Parse(buyer.Email));
                SecureSocketOptions options;
                switch (setting)
                {
                    case "SSL":
                        options = SecureSocketOptions.SslOnConnect;
                        break;
                    case "None":
                        options = SecureSocketOptions.None;
                        break;
                    default:
                        options = SecureSocketOptions.StartTlsWhenAvailable;
                        break;
                }

                using var client = new MailKit.Net.Smtp.SmtpClient();
                await client.ConnectAsync("smtp.example.org", 25, options);
                await {|DG1003:client.SendAsync(message)|};
            }
        }
        """);

    [Fact]
    public Task MailKit_options_or_useSsl_chosen_by_an_expression_that_can_be_unsafe_is_an_unencrypted_channel() => Run("""
        class Notifier
        {
            void Send(Buyer buyer, string setting, bool secure)
            {
                var message = new MimeMessage { Body = new TextPart("plain") { Text = buyer.Phone } };
                var options = setting switch
                {
                    "SSL" => SecureSocketOptions.SslOnConnect,
                    "TLS" => SecureSocketOptions.StartTls,
                    _ => SecureSocketOptions.None,
                };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.Connect("smtp.example.org", 25, options);
                {|DG1003:client.Send(message)|};

                using var other = new MailKit.Net.Smtp.SmtpClient();
                other.Connect("smtp.example.org", 25, useSsl: secure ? true : false);
                {|DG1003:other.Send(message)|};
            }
        }
        """);

    [Fact]
    public Task MailKit_options_chosen_at_run_time_among_tls_options_only_is_not_reported() => Run("""
        class Notifier
        {
            void Send(Buyer buyer, string setting, bool implicitTls)
            {
                var message = new MimeMessage { Body = new TextPart("plain") { Text = buyer.Phone } };
                SecureSocketOptions options;
                switch (setting)
                {
                    case "SSL":
                        options = SecureSocketOptions.SslOnConnect;
                        break;
                    default:
                        options = SecureSocketOptions.StartTls;
                        break;
                }

                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.Connect("smtp.example.org", 465, options);
                client.Send(message);

                using var other = new MailKit.Net.Smtp.SmtpClient();
                other.Connect("smtp.example.org", 465, implicitTls ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls);
                other.Send(message);
            }
        }
        """);

    [Fact]
    public Task Certificate_callback_that_accepts_everything_is_an_unencrypted_channel() => Run("""
        class Notifier
        {
            void Send(Buyer buyer)
            {
                var message = new MimeMessage();
                message.To.Add(MailboxAddress.Parse(buyer.Email));
                message.Body = new TextPart("plain") { Text = buyer.Phone };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.ServerCertificateValidationCallback = (s, c, h, e) => true;
                client.Connect("smtp.example.org", 587, SecureSocketOptions.StartTls);
                {|DG1003:client.Send(message)|};
            }
        }
        """);

    [Fact]
    public Task Certificate_callback_method_that_returns_true_is_an_unencrypted_channel() => Run("""
        class Notifier
        {
            static bool AcceptAll(object sender, System.Security.Cryptography.X509Certificates.X509Certificate? certificate,
                System.Security.Cryptography.X509Certificates.X509Chain? chain, System.Net.Security.SslPolicyErrors errors) => true;

            void Send(Buyer buyer)
            {
                var message = new MimeMessage { Body = new TextPart("plain") { Text = buyer.Phone } };
                using var client = new MailKit.Net.Smtp.SmtpClient { ServerCertificateValidationCallback = AcceptAll };
                client.Connect("smtp.example.org", 465, true);
                {|DG1003:client.Send(message)|};
            }
        }
        """);

    /// <summary>Coravel's mailer: the callback is kept in a field, set to accept everything when the caller gives none.</summary>
    [Fact]
    public Task Certificate_callback_stored_in_a_field_that_accepts_everything_is_an_unencrypted_channel() => Run("""
        class Mailer
        {
            private readonly System.Net.Security.RemoteCertificateValidationCallback _certCallback;

            public Mailer(System.Net.Security.RemoteCertificateValidationCallback? certificateCallback = null)
            {
                _certCallback = certificateCallback;
                if (_certCallback == null)
                {
                    _certCallback = (s, c, h, e) => true;
                }
            }

            async Task SendAsync(Buyer buyer)
            {
                var message = new MimeMessage { Body = new TextPart("plain") { Text = buyer.Phone } };
                message.To.Add(MailboxAddress.Parse(buyer.Email));
                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.ServerCertificateValidationCallback = this._certCallback;
                await client.ConnectAsync("smtp.example.org", 587);
                await {|DG1003:client.SendAsync(message)|};
            }
        }
        """);

    [Fact]
    public Task Certificate_callback_stored_in_a_field_that_validates_is_not_reported() => Run("""
        class Mailer
        {
            private readonly System.Net.Security.RemoteCertificateValidationCallback _certCallback;

            public Mailer(System.Net.Security.RemoteCertificateValidationCallback? certificateCallback = null)
            {
                _certCallback = certificateCallback ?? ((s, c, h, e) => e == System.Net.Security.SslPolicyErrors.None);
            }

            async Task SendAsync(Buyer buyer)
            {
                var message = new MimeMessage { Body = new TextPart("plain") { Text = buyer.Phone } };
                message.To.Add(MailboxAddress.Parse(buyer.Email));
                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.ServerCertificateValidationCallback = this._certCallback;
                await client.ConnectAsync("smtp.example.org", 587);
                await client.SendAsync(message);
            }
        }
        """);

    [Fact]
    public Task MailKit_with_tls_and_real_validation_is_not_reported() => Run("""
        class Notifier
        {
            static bool Validate(object sender, System.Security.Cryptography.X509Certificates.X509Certificate? certificate,
                System.Security.Cryptography.X509Certificates.X509Chain? chain, System.Net.Security.SslPolicyErrors errors)
                => errors == System.Net.Security.SslPolicyErrors.None;

            void Send(Buyer buyer)
            {
                var message = new MimeMessage();
                message.To.Add(MailboxAddress.Parse(buyer.Email));
                message.Body = new TextPart("plain") { Text = buyer.Phone };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.ServerCertificateValidationCallback = Validate;
                client.Connect("smtp.example.org", 465, useSsl: true);
                client.Send(message);
            }
        }
        """);

    [Fact]
    public Task Mail_to_a_constant_public_mailbox_is_an_external_host() => Run("""
        class Notifier
        {
            void Send(Buyer buyer)
            {
                var message = new MimeMessage();
                message.To.Add(new MailboxAddress("Owner", "shop.owner@gmail.com"));
                message.Body = new TextPart("plain") { Text = $"{buyer.FullName} {buyer.Phone}" };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.Connect("smtp.example.org", 465, true);
                {|DG1005:client.Send(message)|};
            }
        }
        """);

    [Fact]
    public Task Mail_to_a_constant_address_outside_the_allowlist_is_an_external_host() => Run("""
        class Notifier
        {
            void Send(Buyer buyer)
            {
                using var message = new System.Net.Mail.MailMessage("shop@police.gov.tw", "orders@partner.example.com");
                message.Body = "Buyer " + buyer.Phone;
                using var smtp = new System.Net.Mail.SmtpClient("mail.police.gov.tw") { EnableSsl = true };
                {|DG1005:smtp.Send(message)|};
            }
        }
        """, "dataguard.allowed_hosts = *.police.gov.tw, police.gov.tw");

    [Fact]
    public Task Mail_to_an_allowed_domain_is_not_reported() => Run("""
        class Notifier
        {
            void Send(Buyer buyer)
            {
                using var message = new System.Net.Mail.MailMessage("shop@police.gov.tw", "orders@police.gov.tw");
                message.Body = "Buyer " + buyer.Phone;
                using var smtp = new System.Net.Mail.SmtpClient("mail.police.gov.tw") { EnableSsl = true };
                smtp.Send(message);
            }
        }
        """, "dataguard.allowed_hosts = *.police.gov.tw, police.gov.tw");

    [Fact]
    public Task Mail_to_the_person_themselves_is_not_reported() => Run("""
        class Notifier
        {
            void Send(Buyer buyer)
            {
                var message = new MimeMessage();
                message.To.Add(new MailboxAddress(buyer.FullName, buyer.Email));
                message.Body = new TextPart("plain") { Text = $"Dear {buyer.FullName}, your order {buyer.OrderNo} ships today." };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.Connect("smtp.example.org", 465, true);
                client.Send(message);
            }
        }
        """, "dataguard.allowed_hosts = example.org");

    private const string SmtpOptions = """

        public class SmtpClientOptions
        {
            public string Server { get; set; } = "smtp.example.org";
            public int Port { get; set; } = 25;
            public bool UseSsl { get; set; } = UseSslByDefault;
        }

        class Notifier
        {
            private readonly SmtpClientOptions _options;

            public Notifier(SmtpClientOptions options) => _options = options;

            async Task SendAsync(Buyer buyer)
            {
                var message = new MimeMessage { Body = new TextPart("plain") { Text = "Order for " + buyer.Phone } };
                message.To.Add(MailboxAddress.Parse(buyer.Email));
                using var client = new MailKit.Net.Smtp.SmtpClient();
                await client.ConnectAsync(_options.Server, _options.Port, _options.UseSsl);
                await SEND;
            }
        }
        """;

    [Fact]
    public Task MailKit_with_useSsl_from_an_options_property_whose_default_is_false_is_an_unencrypted_channel()
        => Run(SmtpOptions.Replace("UseSslByDefault", "false").Replace("SEND", "{|DG1003:client.SendAsync(message)|}"));

    [Fact]
    public Task MailKit_with_useSsl_from_an_options_property_whose_default_is_true_is_silent()
        => Run(SmtpOptions.Replace("UseSslByDefault", "true").Replace("SEND", "client.SendAsync(message)"));

    [Fact]
    public Task Mail_to_a_configured_error_log_address_is_logging() => Run("""
        class ErrorMailer
        {
            private readonly IConfiguration _configuration = null!;

            void Report(Buyer buyer, Exception error)
            {
                using var message = new System.Net.Mail.MailMessage();
                message.To.Add(_configuration["ErrorLog:MailTo"] ?? "");
                message.Subject = "Checkout failed";
                message.Body = error.Message + " for " + buyer.Email;
                using var smtp = new System.Net.Mail.SmtpClient("mail.example.org") { EnableSsl = true };
                {|DG1001:smtp.Send(message)|};
            }
        }
        """);

    [Fact]
    public Task Mail_to_a_configured_sales_address_is_not_logging() => Run("""
        class OrderMailer
        {
            private readonly IConfiguration _configuration = null!;

            void Notify(Buyer buyer)
            {
                using var message = new System.Net.Mail.MailMessage();
                message.To.Add(_configuration["Sales:MailTo"] ?? "");
                message.Body = "Order " + buyer.OrderNo;
                using var smtp = new System.Net.Mail.SmtpClient("mail.example.org") { EnableSsl = true };
                smtp.Send(message);
            }
        }
        """);

    [Fact]
    public Task Pickup_directory_delivery_is_logging() => Run("""
        class DebugMailer
        {
            void Send(Buyer buyer)
            {
                using var message = new System.Net.Mail.MailMessage("shop@example.org", "buyer@example.org", "Order", "Deliver to " + buyer.FullName);
                using var smtp = new System.Net.Mail.SmtpClient
                {
                    DeliveryMethod = System.Net.Mail.SmtpDeliveryMethod.SpecifiedPickupDirectory,
                    PickupDirectoryLocation = "/var/mail-drop",
                };
                {|DG1001:smtp.Send(message)|};
            }
        }
        """);

    [Fact]
    public Task SendGrid_to_a_constant_public_mailbox_is_an_external_host() => Run("""
        class Notifier
        {
            async Task SendAsync(SendGrid.ISendGridClient client, Buyer buyer)
            {
                var message = SendGrid.Helpers.Mail.MailHelper.CreateSingleEmail(
                    new SendGrid.Helpers.Mail.EmailAddress("shop@example.org"), new SendGrid.Helpers.Mail.EmailAddress("owner@yahoo.com.tw"),
                    "New order", $"{buyer.FullName} {buyer.Phone}", "");
                await {|DG1005:client.SendEmailAsync(message)|};
            }
        }
        """);

    [Fact]
    public Task SendGrid_with_AddTo_and_configured_log_address_is_logging() => Run("""
        class Notifier
        {
            async Task SendAsync(SendGrid.ISendGridClient client, IConfiguration configuration, Buyer buyer)
            {
                var message = new SendGrid.Helpers.Mail.SendGridMessage { Subject = "Debug", PlainTextContent = buyer.Phone };
                message.AddTo(configuration.GetValue<string>("Logging:Mail:To"));
                await {|DG1001:client.SendEmailAsync(message)|};
            }
        }
        """);

    [Fact]
    public Task FluentEmail_to_a_constant_public_mailbox_is_an_external_host() => Run("""
        class Notifier
        {
            void Send(Buyer buyer)
            {
                {|DG1005:FluentEmail.Core.Email.From("shop@example.org").To("orders.shop@hotmail.com").Subject("Order").Body($"Buyer {buyer.Phone}").Send()|};
            }
        }
        """);

    [Fact]
    public Task FluentEmail_without_personal_data_is_not_reported() => Run("""
        class Notifier
        {
            void Send(Buyer buyer)
            {
                FluentEmail.Core.Email.From("shop@example.org").To("orders.shop@hotmail.com").Subject("Order").Body($"Order {buyer.OrderNo} paid").Send();
            }
        }
        """);

    [Fact]
    public Task MimeKit_mail_to_a_configured_error_address_is_logging() => Run("""
        class ErrorMailer
        {
            private readonly IConfiguration _configuration = null!;

            void Report(Buyer buyer)
            {
                var message = new MimeMessage { Subject = "Checkout error" };
                message.To.Add(MailboxAddress.Parse(_configuration["Errors:NotifyEmail"]));
                message.Body = new TextPart("plain") { Text = "Buyer " + buyer.Email + " failed" };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.Connect("smtp.example.org", 465, true);
                {|DG1001:client.Send(message)|};
            }
        }
        """);

    [Fact]
    public Task Http_handler_that_accepts_any_certificate_is_an_unencrypted_channel() => Run("""
        class Gateway
        {
            async Task SendAsync(Buyer buyer)
            {
                var handler = new System.Net.Http.HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = System.Net.Http.HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
                };
                using var http = new System.Net.Http.HttpClient(handler);
                await {|DG1003:http.PostAsync("https://pay.example.org/orders", new System.Net.Http.StringContent(buyer.Phone))|};
            }
        }
        """);

    /// <summary>The program's mail interface: the sender is handed a whole mail built elsewhere.</summary>
    private static string HandedInSender(string connect, string send) => """
        interface IMailSender { Task SendAsync(MimeMessage message); }

        sealed class MailSender : IMailSender
        {
            public async Task SendAsync(MimeMessage message)
            {
                using var client = new MailKit.Net.Smtp.SmtpClient();
                await CONNECT;
                await SEND;
            }
        }
        """.Replace("CONNECT", connect).Replace("SEND", send);

    [Fact]
    public Task A_mail_handed_in_and_sent_without_tls_is_reported_for_its_recipients()
        => Run(HandedInSender("client.ConnectAsync(\"smtp.example.org\", 587, false)", "{|DG1003:client.SendAsync(message)|}"));

    [Fact]
    public Task A_mail_handed_in_and_sent_over_tls_is_not_reported()
        => Run(HandedInSender("client.ConnectAsync(\"smtp.example.org\", 465, true)", "client.SendAsync(message)"));

    [Fact]
    public Task A_mail_built_here_with_the_organisations_constant_addresses_only_is_not_reported() => Run("""
        sealed class Heartbeat
        {
            public void Send()
            {
                var message = new MimeMessage();
                message.From.Add(new MailboxAddress("Monitor", "monitor@example.org"));
                message.To.Add(new MailboxAddress("Operations", "ops@example.org"));
                message.Body = new TextPart("plain") { Text = "The nightly job finished." };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.Connect("smtp.example.org", 25, false);
                client.Send(message);
            }
        }
        """);
}
