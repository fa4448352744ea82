using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Exceptions that carry a person's data (Sources/CarriedPersonalMembers): System.Net.Mail's failed recipient and MailKit's
/// rejected mailbox. Logging the member logs the address; the exception's status code or a plain SMTP failure does not.
/// </summary>
public class FailedRecipientLoggedTests
{
    private const string Usings = """
        using System;
        using System.Net.Mail;
        using System.Threading.Tasks;
        using MailKit.Net.Smtp;
        using Microsoft.Extensions.Logging;

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    private static string Sender(string catches) => """
        public sealed class Sender
        {
            private readonly ILogger<Sender> _logger = null!;

            public void Send(System.Net.Mail.SmtpClient client, MailMessage message)
            {
                try
                {
                    client.Send(message);
                }
                CATCHES
            }
        }
        """.Replace("CATCHES", catches);

    [Fact]
    public Task Failed_recipients_of_every_inner_exception_are_reported() => Run(Sender("""
        catch (SmtpFailedRecipientsException ex)
        {
            for (var i = 0; i < ex.InnerExceptions.Length; i++)
            {
                {|DG1001:_logger.LogError($"Delivery failed to: {ex.InnerExceptions[i].FailedRecipient}", ex)|};
            }
        }
        """));

    [Fact]
    public Task Failed_recipient_of_one_exception_is_reported() => Run(Sender("""
        catch (SmtpFailedRecipientException ex)
        {
            {|DG1001:_logger.LogWarning("Not delivered to {Recipient}", ex.FailedRecipient)|};
        }
        """));

    [Fact]
    public Task Status_code_of_a_failed_recipient_is_not_reported() => Run(Sender("""
        catch (SmtpFailedRecipientException ex)
        {
            _logger.LogWarning("Not delivered: {Status}", ex.StatusCode);
        }
        """));

    private static string KitSender(string log) => """
        public sealed class KitSender
        {
            private readonly ILogger<KitSender> _logger = null!;

            public async Task SendAsync(MailKit.Net.Smtp.SmtpClient client, MimeKit.MimeMessage message)
            {
                try
                {
                    await client.SendAsync(message);
                }
                catch (SmtpCommandException ex)
                {
                    LOG;
                }
            }
        }
        """.Replace("LOG", log);

    [Fact]
    public Task Rejected_mailbox_of_mailkit_is_reported()
        => Run(KitSender("{|DG1001:_logger.LogError(\"Rejected {Mailbox} with {Code}\", ex.Mailbox, ex.StatusCode)|}"));

    [Fact]
    public Task Rejected_command_logged_whole_is_reported() => Run(KitSender("{|DG1001:_logger.LogError(ex, \"Rejected\")|}"));

    [Fact]
    public Task Status_of_a_rejected_command_is_not_reported()
        => Run(KitSender("_logger.LogError(\"Rejected with {Code} {Error}\", ex.StatusCode, ex.ErrorCode)"));

    [Fact]
    public Task Failed_recipient_exception_logged_whole_is_reported() => Run(Sender("""
        catch (SmtpFailedRecipientException ex)
        {
            {|DG1001:_logger.LogError(ex, "Mail not delivered")|};
        }
        """));

    [Fact]
    public Task Plain_smtp_failure_logged_whole_is_not_reported() => Run(Sender("""
        catch (SmtpException ex)
        {
            _logger.LogError(ex, "Mail not delivered");
        }
        """));
}
