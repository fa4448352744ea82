using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Round 23 training's hotel: a test-mail command (<c>SendTestEmailCommand { Code, To, Variables }</c>) bound from the request,
/// whose handler logs <c>request.To</c>. The recipient of a request named for mail holds the address whoever asks types in,
/// whatever else it is called; the same member of a request that is not about mail (a transfer's <c>To</c> account), or of a
/// mail the program only ever addresses to a constant or configured mailbox, does not.
/// </summary>
public class MailRequestRecipientTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Logging;

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    /// <summary>A command of type <paramref name="type"/> with a text member <paramref name="member"/>, and a handler that logs as <paramref name="log"/>.</summary>
    private static string Handler(string type, string member, string log, string kind = "class") => """
        public KIND TYPE
        {
            public string Code { get; init; } = string.Empty;
            public string MEMBER { get; init; } = string.Empty;
            public Dictionary<string, string>? Variables { get; init; }
        }

        public class TYPEHandler
        {
            private readonly ILogger<TYPEHandler> _logger;

            public TYPEHandler(ILogger<TYPEHandler> logger) => _logger = logger;

            public Task<bool> Handle(TYPE request)
            {
                LOG;
                return Task.FromResult(true);
            }
        }
        """.Replace("KIND", kind).Replace("TYPE", type).Replace("MEMBER", member).Replace("LOG", log);

    [Theory]
    [InlineData("SendTestEmailCommand", "To")]
    [InlineData("SendMailRequest", "Recipient")]
    [InlineData("ResendEmailCommand", "ToAddress")]
    public Task The_recipient_of_a_mail_request_logged_is_reported(string type, string member)
        => Run(Handler(type, member, $$"""{|DG1001:_logger.LogInformation("Test email sent to {To} with template {Code}", request.{{member}}, request.Code)|}"""));

    [Fact]
    public Task A_mail_request_logged_whole_is_reported()
        => Run(Handler("SendTestEmailCommand", "To", """{|DG1001:_logger.LogInformation("Handling {@Request}", request)|}"""));

    [Fact]
    public Task A_mail_request_record_prints_its_recipient()
        => Run(Handler("SendTestEmailCommand", "To", """_logger.LogInformation("Test email with template {Code}", request.Code)""", kind: "record")
            .Replace("public record SendTestEmailCommand", "public record {|DG1007:SendTestEmailCommand|}"));

    [Fact]
    public Task The_to_of_a_request_that_is_not_about_mail_is_not_reported()
        => Run(Handler("TransferFundsCommand", "To", """_logger.LogInformation("Transfer to {To} with code {Code}", request.To, request.Code)"""));

    [Fact]
    public Task Another_member_of_a_mail_request_is_not_reported()
        => Run(Handler("SendTestEmailCommand", "To", """_logger.LogInformation("Test email with template {Code}", request.Code)"""));

    [Fact]
    public Task A_mail_named_type_that_asks_for_no_sending_is_not_reported()
        => Run(Handler("MailRequest", "To", """_logger.LogInformation("Transfer to {To} with code {Code}", request.To, request.Code)"""));

    [Fact]
    public Task A_mail_addressed_only_to_constant_or_configured_mailboxes_is_not_reported() => Run("""
        public class SendDigestMail
        {
            public string To { get; set; } = "";
            public string Subject { get; set; } = "";
        }

        public class Digests
        {
            private readonly ILogger<Digests> _logger;
            private readonly IConfiguration _configuration;

            public Digests(ILogger<Digests> logger, IConfiguration configuration)
            {
                _logger = logger;
                _configuration = configuration;
            }

            public SendDigestMail Nightly() => new SendDigestMail { To = "ops@example.org", Subject = "Nightly" };

            public SendDigestMail Weekly() => new SendDigestMail { To = _configuration["Digest:To"]!, Subject = "Weekly" };

            public void Log(SendDigestMail mail) => _logger.LogInformation("Digest for {To}", mail.To);
        }
        """);
}
