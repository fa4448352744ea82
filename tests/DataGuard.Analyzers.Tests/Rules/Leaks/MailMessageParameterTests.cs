using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A whole <c>MailMessage</c> built by the caller and handed to the program's mail interface, whose implementation sends it
/// over a plain <c>SmtpClient</c> (round 24 training's garage invoice mailer): the send sits inside a retry policy's lambda,
/// which is still the implementation's own code, so the mail is judged as one handed in through the abstraction. With TLS on
/// the same sender is silent.
/// </summary>
public class MailMessageParameterTests
{
    private const string Sender = """
        using System;
        using System.Net;
        using System.Net.Mail;
        using System.Threading.Tasks;

        public interface IEmailCommunicator { Task SendEmailAsync(MailMessage message); }

        public static class Retry
        {
            public static Task Execute(Func<Task> send) => send();
        }

        public class SmtpEmailCommunicator : IEmailCommunicator
        {
            private readonly string _server = "smtp.example.test";
            private readonly int _port = 25;

            public async Task SendEmailAsync(MailMessage message)
            {
                using (var client = new SmtpClient(_server, _port))
                {
                    client.Credentials = new NetworkCredential("mailer", "secret");
                    TLS
                    await SEND;
                }
            }
        }

        public class InvoiceMailer
        {
            private readonly IEmailCommunicator _mail = null!;

            public Task MailAsync(Buyer buyer)
            {
                var message = new MailMessage { From = new MailAddress("invoicing@example.test"), Subject = "Invoice" };
                message.To.Add("print@example.test");
                message.Body = "<p>" + buyer.FullName + "</p>";
                return _mail.SendEmailAsync(message);
            }
        }
        """;

    private static Task Run(string tls, string send) => LibraryLeakTest.Run(Sender.Replace("TLS", tls).Replace("SEND", send) + LibraryLeakTest.Buyer);

    [Fact]
    public Task Mail_parameter_sent_inside_a_retry_lambda_over_plain_smtp_is_reported()
        => Run(string.Empty, "Retry.Execute(() => {|DG1003:client.SendMailAsync(message)|})");

    [Fact]
    public Task Mail_parameter_sent_directly_over_plain_smtp_is_reported()
        => Run(string.Empty, "{|DG1003:client.SendMailAsync(message)|}");

    [Fact]
    public Task Mail_parameter_sent_inside_a_retry_lambda_with_tls_is_not_reported()
        => Run("client.EnableSsl = true;", "Retry.Execute(() => client.SendMailAsync(message))");
}
