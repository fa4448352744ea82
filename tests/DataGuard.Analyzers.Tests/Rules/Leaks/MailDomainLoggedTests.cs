using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// The domain part of an e-mail names no one (round 30's CRM logged it at a failed MX check): <c>email.Split('@')[1]</c>,
/// also through a local holding the split, <c>email.Substring(email.IndexOf('@') + 1)</c> and <c>new MailAddress(email).Host</c>
/// are silent; the local part, the whole address and a split at another separator stay reported.
/// </summary>
public class MailDomainLoggedTests
{
    private const string Validator = """
        using System;
        using System.Net.Mail;
        using Microsoft.Extensions.Logging;

        public class ContactInfoValidator
        {
            private readonly ILogger<ContactInfoValidator> _logger = null!;

            public void Validate(string email)
            {
                LINE;
            }
        }
        """;

    private static Task Run(string line) => LibraryLeakTest.Run(Validator.Replace("LINE", line));

    [Fact]
    public Task Domain_of_a_split_held_in_a_local_is_not_reported() => Run("""
        var parts = email.Split('@');
        var domain = parts[1];
        _logger.LogWarning("Failed to check MX records for domain: {Domain}", domain)
        """);

    [Fact]
    public Task Domain_of_an_inline_split_is_not_reported()
        => Run("_logger.LogWarning(\"No MX for {Domain}\", email.Split(\"@\")[1])");

    [Fact]
    public Task Text_after_the_at_sign_is_not_reported()
        => Run("_logger.LogWarning(\"No MX for {Domain}\", email.Substring(email.IndexOf('@') + 1))");

    [Fact]
    public Task Host_of_a_mail_address_is_not_reported()
        => Run("_logger.LogWarning(\"No MX for {Domain}\", new MailAddress(email).Host)");

    [Fact]
    public Task Local_part_of_a_split_is_reported() => Run("""
        var parts = email.Split('@');
        var localPart = parts[0];
        {|DG1001:_logger.LogWarning("Local part {Local} too long", localPart)|}
        """);

    [Fact]
    public Task Text_before_the_at_sign_is_reported()
        => Run("{|DG1001:_logger.LogWarning(\"Local part {Local}\", email.Substring(0, email.IndexOf('@')))|}");

    [Fact]
    public Task A_split_at_another_separator_is_reported()
        => Run("{|DG1001:_logger.LogWarning(\"Second {Part}\", email.Split('.')[1])|}");

    [Fact]
    public Task The_whole_address_beside_its_domain_is_reported() => Run("""
        var domain = email.Split('@')[1];
        {|DG1001:_logger.LogWarning("No MX for {Domain} of {Email}", domain, email)|}
        """);
}
