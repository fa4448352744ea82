using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A value stored in an object's member by an object initializer or an assignment (<c>new ContactRecord { Content =
/// $"{model.Email} …" }</c>) is what that member holds afterwards: the member read later carries it, though its name says
/// nothing, and the object itself carries it when sent. A member given a constant or nothing personal stays silent.
/// </summary>
public class InitializedMembersTests
{
    private const string Types = """
        using System;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;

        public sealed class ContactInput { public string Name { get; set; } = ""; public string Email { get; set; } = ""; public string Topic { get; set; } = ""; }
        public sealed class ContactRecord { public string Title { get; set; } = ""; public string Content { get; set; } = ""; }

        """;

    private static Task Logged(string body) => LibraryLeakTest.Run(Types + """
        public sealed class ContactService
        {
            private readonly ILogger<ContactService> _logger = null!;

            public void Handle(ContactInput model)
            {
                BODY
            }
        }
        """.Replace("BODY", body));

    [Fact]
    public Task Member_set_in_the_initializer_and_read_later_is_reported() => Logged("""
        var record = new ContactRecord { Title = model.Topic, Content = $"{model.Email} ({model.Name}) wrote" };
                {|DG1001:_logger.LogInformation("Contact {Content}", record.Content)|};
        """);

    [Fact]
    public Task Member_assigned_after_creation_and_read_later_is_reported() => Logged("""
        var record = new ContactRecord();
                record.Content = model.Name + " asked";
                {|DG1001:_logger.LogInformation(record.Content)|};
        """);

    [Fact]
    public Task Member_stored_on_one_branch_is_reported_after_the_join() => Logged("""
        var record = new ContactRecord { Content = "none" };
                if (model.Topic.Length > 0) { record.Content = model.Email; }
                {|DG1001:_logger.LogInformation(record.Content)|};
        """);

    [Fact]
    public Task Member_given_nothing_personal_is_not_reported() => Logged("""
        var record = new ContactRecord { Title = model.Topic, Content = $"{model.Email} wrote" };
                _logger.LogInformation("Contact about {Title}", record.Title);
        """);

    [Fact]
    public Task Member_replaced_by_a_constant_is_not_reported() => Logged("""
        var record = new ContactRecord { Content = $"{model.Email} wrote" };
                record.Content = "Thank you for your message";
                _logger.LogInformation(record.Content);
        """);

    [Fact]
    public Task A_new_object_in_the_variable_forgets_what_the_old_one_held() => Logged("""
        var record = new ContactRecord { Content = model.Email };
                record = new ContactRecord { Content = "none" };
                _logger.LogInformation(record.Content);
        """);

    [Fact]
    public Task Mail_body_given_in_the_initializer_is_sent_with_the_message() => LibraryLeakTest.Run(Types + """
        class Notifier
        {
            void Send(ContactInput model)
            {
                using var message = new System.Net.Mail.MailMessage("shop@police.gov.tw", "orders@partner.example.com") { Subject = "Contact", Body = $"{model.Name} <{model.Email}>" };
                using var smtp = new System.Net.Mail.SmtpClient("mail.police.gov.tw") { EnableSsl = true };
                {|DG1005:smtp.Send(message)|};
            }
        }
        """, "dataguard.allowed_hosts = *.police.gov.tw, police.gov.tw");

    [Fact]
    public Task Mail_with_a_constant_body_in_the_initializer_is_not_reported() => LibraryLeakTest.Run(Types + """
        class Notifier
        {
            void Send(ContactInput model)
            {
                using var message = new System.Net.Mail.MailMessage("shop@police.gov.tw", "orders@partner.example.com") { Subject = "Contact", Body = "A new contact request" };
                using var smtp = new System.Net.Mail.SmtpClient("mail.police.gov.tw") { EnableSsl = true };
                smtp.Send(message);
            }
        }
        """, "dataguard.allowed_hosts = *.police.gov.tw, police.gov.tw");

    /// <summary>A mail service of another project taking strings: its body is not in the compilation.</summary>
    private const string ForeignService = """
        using System.Threading.Tasks;
        namespace Contoso.Messaging
        {
            public interface IEmailSender
            {
                Task SendEmailAsync(string from, string fromName, string to, string subject, string htmlContent);
            }
        }
        """;

    private static Task Mailed(string send) => LibraryLeakTest.RunWithLibrary("using Contoso.Messaging;\n" + Types + """
        public class ContactController
        {
            private const string Sender = "no-reply@shop.example";
            private const string Inbox = "desk@partner-mail.example";
            private readonly IEmailSender _mail = null!;

            public async Task Index(ContactInput model)
            {
                var record = new ContactRecord { Title = model.Topic, Content = $"{model.Email} ({model.Name}) wrote about {model.Topic}" };
                SEND;
            }
        }
        """.Replace("SEND", send), ForeignService, "dataguard.allowed_hosts = shop.example");

    [Fact]
    public Task Contact_record_member_mailed_to_a_constant_partner_address_is_reported() => Mailed(
        "await {|DG1005:_mail.SendEmailAsync(Sender, \"Contact form\", Inbox, record.Title, record.Content)|}");

    [Fact]
    public Task Contact_record_title_mailed_to_a_constant_partner_address_is_not_reported() => Mailed(
        "await _mail.SendEmailAsync(Sender, \"Contact form\", Inbox, record.Title, \"A new contact request\")");
}
