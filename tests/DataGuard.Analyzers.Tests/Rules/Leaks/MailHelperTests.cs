using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A mail built in one method and sent, or filled, in another of the program's own: the private <c>Send(MimeMessage)</c>
/// wrapper gets the whole message with its recipients and body, and a <c>SetRecipients(to, mail)</c> helper puts the
/// caller's people into the caller's mail.
/// </summary>
public class MailHelperTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using MimeKit;
        using MailKit.Security;

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body + LibraryLeakTest.Buyer);

    private const string SendWrapper = """
            private void Send(MimeMessage mm)
            {
                var smtp = new MailKit.Net.Smtp.SmtpClient();
                smtp.Connect("smtp.example.org", 587, SecureSocketOptions.StartTlsWhenAvailable);
                smtp.Send(mm);
            }
        }
        """;

    [Fact]
    public Task Mail_handed_to_a_private_send_wrapper_is_judged_with_its_recipients_and_body() => Run("""
        class EmailService
        {
            public void Registered(Buyer c)
            {
                var email = new MimeMessage();
                email.To.Add(MailboxAddress.Parse(c.Email));
                email.Subject = "Welcome";
                email.Body = new TextPart(MimeKit.Text.TextFormat.Html) { Text = string.Format("<p>{0}</p>", c.FullName) };
                {|DG1003:Send(email)|};
            }

        """ + SendWrapper);

    [Fact]
    public Task Mail_without_personal_data_handed_to_the_wrapper_is_not_reported() => Run("""
        class EmailService
        {
            public void Maintenance(string subject)
            {
                var email = new MimeMessage();
                email.To.Add(MailboxAddress.Parse("ops@example.org"));
                email.Subject = subject;
                email.Body = new TextPart("plain") { Text = "The system restarts at midnight." };
                Send(email);
            }

        """ + SendWrapper);

    private const string Sender = """
            private static async Task SendAsync(MimeMessage mail)
            {
                using var client = new MailKit.Net.Smtp.SmtpClient();
                await client.ConnectAsync("smtp.example.org", 25, SecureSocketOptions.None);
                await client.SendAsync(mail);
            }
        }
        """;

    [Fact]
    public Task Helper_that_fills_a_mail_puts_the_callers_people_into_it() => Run("""
        class Mailer
        {
            async Task NotifyAsync(IEnumerable<Buyer> to, string subject)
            {
                var mail = new MimeMessage();
                SetRecipients(to, mail);
                mail.Subject = subject;
                using var client = new MailKit.Net.Smtp.SmtpClient();
                await client.ConnectAsync("smtp.example.org", 25, SecureSocketOptions.None);
                await {|DG1003:client.SendAsync(mail)|};
            }

            private static void SetRecipients(IEnumerable<Buyer> to, MimeMessage mail)
            {
                foreach (var recipient in to)
                {
                    mail.To.Add(new MailboxAddress(recipient.FullName, recipient.Email));
                }
            }
        }
        """);

    [Fact]
    public Task Helper_that_only_reads_a_mail_does_not_fill_it() => Run("""
        class Mailer
        {
            async Task NotifyAsync(Buyer buyer)
            {
                var mail = new MimeMessage { Subject = "Stock report" };
                mail.To.Add(MailboxAddress.Parse("stock@example.org"));
                Check(buyer, mail);
                await SendAsync(mail);
            }

            private static void Check(Buyer buyer, MimeMessage mail)
            {
                if (mail.To.Count == 0 || buyer.OrderNo.Length == 0)
                {
                    throw new InvalidOperationException("Nothing to send.");
                }
            }

        """ + Sender);
}
