using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// The program's own mail service taking strings (<c>IEmailSender.SendEmailAsync(from, fromName, to, subject, html)</c>) in
/// another project: a contact form's name and e-mail mailed to a constant public mailbox is DG1005; the recipient is the
/// parameter named so, not the constant sender address, so a mail to the person's own address stays silent.
/// </summary>
public class StringMailServiceTests
{
    /// <summary>A mail service of another project: its body is not in the compilation.</summary>
    private const string ForeignService = """
        using System.Threading.Tasks;
        namespace Contoso.Messaging
        {
            public interface IEmailSender
            {
                Task SendEmailAsync(string from, string fromName, string to, string subject, string htmlContent);
            }

            public interface ISmsSender
            {
                Task SendAsync(string from, string to, string text);
            }
        }
        """;

    /// <summary>A contact form handler: SEND is the call that mails the form.</summary>
    private static Task ContactForm(string send) => LibraryLeakTest.RunWithLibrary("""
        using System.Threading.Tasks;
        using Contoso.Messaging;

        public static class Addresses
        {
            public const string Sender = "no-reply.shop@gmail.com";
            public const string Inbox = "shop.inbox@gmail.com";
        }

        public class ContactController
        {
            private readonly IEmailSender _mail = null!;
            private readonly ISmsSender _sms = null!;

            public Task SendAsync(Buyer buyer) => SEND;
        }
        """.Replace("SEND", send) + LibraryLeakTest.Buyer, ForeignService);

    [Fact]
    public Task Contact_form_mailed_to_a_constant_public_mailbox_is_an_external_host() => ContactForm(
        "{|DG1005:_mail.SendEmailAsync(Addresses.Sender, \"Contact form\", Addresses.Inbox, \"Contact\", buyer.Email + \" (\" + buyer.FullName + \") wrote\")|}");

    [Fact]
    public Task Recipient_named_to_is_read_whatever_the_argument_order() => ContactForm(
        "{|DG1005:_mail.SendEmailAsync(htmlContent: buyer.FullName, subject: \"Contact\", to: \"orders.desk@outlook.com\", fromName: \"Shop\", from: Addresses.Sender)|}");

    [Fact]
    public Task A_mail_to_the_person_themselves_from_a_constant_sender_is_not_reported() => ContactForm(
        "_mail.SendEmailAsync(Addresses.Sender, \"Shop\", buyer.Email, \"Thank you\", \"<p>Dear \" + buyer.FullName + \",</p>\")");

    [Fact]
    public Task A_string_sender_not_named_for_mail_is_no_mail_service() => ContactForm(
        "_sms.SendAsync(Addresses.Sender, \"shop.inbox@gmail.com\", buyer.FullName)");

    /// <summary>A markup sanitizer of another package, as Ganss.Xss's: its body is not in the compilation.</summary>
    private const string MarkupPackage = """
        using System.Threading.Tasks;
        namespace Ganss.Xss
        {
            public class HtmlSanitizer { public string Sanitize(string html, string baseUrl = "") => html; }
        }

        namespace Contoso.Messaging
        {
            public interface IEmailSender
            {
                Task SendEmailAsync(string from, string fromName, string to, string subject, string htmlContent, object? attachments = null);
            }
        }
        """;

    [Fact]
    public Task Contact_form_passed_through_an_html_sanitizer_and_mailed_to_a_partner_address_is_reported() => LibraryLeakTest.RunWithLibrary("""
        using System;
        using System.Threading.Tasks;
        using Contoso.Messaging;

        public static class Addresses
        {
            public const string Sender = "no-reply@shop.example";
            public const string Inbox = "desk@partner-mail.example";
        }

        public class ContactInput
        {
            public string Name { get; set; } = "";
            public string Email { get; set; } = "";
            public string Message { get; set; } = "";
        }

        public class ContactController
        {
            private readonly IEmailSender _mail = null!;

            public async Task Index(ContactInput model)
            {
                var content = $"{Clean(model.Email)} ({Clean(model.Name)}) wrote: {Environment.NewLine} {Clean(model.Message)}";
                await {|DG1005:_mail.SendEmailAsync(Addresses.Sender, "Contact form", Addresses.Inbox, "Contact", content)|};
                await _mail.SendEmailAsync(Addresses.Sender, "Shop", Clean(model.Email), "Thank you", $"<p>Dear {Clean(model.Name)}</p>");
            }

            public string Clean(string input) => new Ganss.Xss.HtmlSanitizer().Sanitize(input);
        }
        """, MarkupPackage, "dataguard.allowed_hosts = shop.example");
}
