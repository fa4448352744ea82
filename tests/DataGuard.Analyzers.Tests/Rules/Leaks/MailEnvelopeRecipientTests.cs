using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Round 19's missed leak: a mail worker logs the <c>To</c> of the program's own mail request (an event on a queue with a
/// subject and a body), set from a user's e-mail in another service. A type with a recipient and a body is a mail by its shape,
/// and its <c>To</c>, <c>Cc</c> and <c>Bcc</c> hold the addresses it goes to; a <c>To</c> on any other type is no address.
/// </summary>
public class MailEnvelopeRecipientTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    /// <summary>A consumer of <paramref name="message"/> (a type declared with it) that logs <paramref name="log"/>.</summary>
    private static string Consumer(string message, string log) => message + """

        public sealed class MailRequestConsumer
        {
            private readonly ILogger<MailRequestConsumer> _logger;

            public MailRequestConsumer(ILogger<MailRequestConsumer> logger) => _logger = logger;

            public Task Consume(MailRequest message)
            {
                LOG;
                return Task.CompletedTask;
            }
        }
        """.Replace("LOG", log);

    private const string MailRequest = """
        public sealed class MailRequest
        {
            public string To { get; set; } = "";
            public List<string> Cc { get; } = new();
            public string Subject { get; set; } = "";
            public string Body { get; set; } = "";
        }
        """;

    [Theory]
    [InlineData("""{|DG1001:_logger.LogInformation("Mail sent to {to} body: {body}", message.To, message.Body)|}""")]
    [InlineData("""{|DG1001:_logger.LogInformation("Copies to {cc}", string.Join(",", message.Cc))|}""")]
    public Task A_recipient_of_the_programs_own_mail_logged_is_reported(string log) => Run(Consumer(MailRequest, log));

    [Fact]
    public Task The_subject_of_the_programs_own_mail_logged_is_not_reported()
        => Run(Consumer(MailRequest, """_logger.LogInformation("Mail sent: {subject}", message.Subject)"""));

    [Fact]
    public Task A_to_on_a_type_without_a_body_is_not_reported() => Run(Consumer("""
        public sealed class MailRequest
        {
            public string From { get; set; } = "";
            public string To { get; set; } = "";
            public decimal Amount { get; set; }
        }
        """, """_logger.LogInformation("Transfer {from} -> {to}", message.From, message.To)"""));

    /// <summary>The program's mailer that puts its <c>to</c> parameter into its own mail with <paramref name="fill"/>, then logs it.</summary>
    [Theory]
    [InlineData("var request = new MailRequest { To = to, Subject = subject };")]
    [InlineData("var request = new MailRequest { Subject = subject }; request.Cc.Add(to);")]
    public Task A_parameter_put_in_a_recipient_slot_and_logged_is_reported(string fill) => Run(MailRequest + $$"""

        public interface IQueue { Task PublishAsync(object message); }

        public sealed class QueuedMailer
        {
            private readonly ILogger<QueuedMailer> _logger;
            private readonly IQueue _queue;

            public QueuedMailer(ILogger<QueuedMailer> logger, IQueue queue)
            {
                _logger = logger;
                _queue = queue;
            }

            public async Task SendAsync(string to, string subject)
            {
                {{fill}}
                await _queue.PublishAsync(request);
                {|DG1001:_logger.LogInformation("Mail queued for {Address}", to)|};
            }
        }
        """);
}
