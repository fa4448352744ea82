using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// DG1003 for a mail composed from a posted form (a view model's recipient address, subject and body) and sent by MailKit
/// without TLS in the same action: the recipient's address crosses the channel in clear, whatever the address property is called.
/// </summary>
public class FormMailChannelTests
{
    private static string Controller(string addressMember, string connect) => """
        using System.Threading.Tasks;
        using MimeKit;
        using MailKit.Net.Smtp;

        public class NoticeFormModel
        {
            public string? ADDRESS { get; set; }
            public string? Subject { get; set; }
            public string? Body { get; set; }
        }

        public class NoticeMailController
        {
            public async Task Send(NoticeFormModel model)
            {
                var message = new MimeMessage();
                message.From.Add(new MailboxAddress("Front desk", "desk@example.org"));
                message.To.Add(new MailboxAddress("Guest", model.ADDRESS));
                var builder = new BodyBuilder();
                builder.TextBody = model.Body;
                message.Body = builder.ToMessageBody();
                message.Subject = model.Subject;
                using (var client = new SmtpClient())
                {
                    await client.ConnectAsync("smtp.example.org", 587, CONNECT);
                    await {|#0:client.SendAsync(message)|};
                    await client.DisconnectAsync(true);
                }
            }
        }
        """.Replace("ADDRESS", addressMember).Replace("CONNECT", connect);

    private static Task Reported(string addressMember) => LibraryLeakTest.Run(Controller(addressMember, "false").Replace("{|#0:", "{|DG1003:"));

    [Theory]
    [InlineData("ReceiverMail")]
    [InlineData("ToMail")]
    [InlineData("RecipientEmail")]
    [InlineData("UserMail")]
    [InlineData("EmailAddress")]
    public Task Form_recipient_sent_without_tls_is_reported(string addressMember) => Reported(addressMember);

    [Fact]
    public Task Form_recipient_sent_with_tls_is_not_reported()
        => LibraryLeakTest.Run(Controller("ReceiverMail", "MailKit.Security.SecureSocketOptions.StartTls").Replace("{|#0:", string.Empty).Replace(")|};", ");"));
}
