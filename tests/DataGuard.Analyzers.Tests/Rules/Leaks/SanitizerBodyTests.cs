using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A method named like a sanitizer is trusted by what its body does: one that only strips control characters, trims or
/// truncates hands the address on whole and is reported at the log; one that masks, hashes or calls a masking helper is
/// not. <c>[Sanitizer]</c> stays an explicit promise.
/// </summary>
public class SanitizerBodyTests
{
    private const string Usings = """
        using System;
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    [Fact]
    public Task Sanitizer_named_method_that_only_strips_control_characters_is_reported() => Run("""
        class Mailer
        {
            private readonly ILogger<Mailer> _logger = null!;

            public async Task<bool> SendAsync(string recipientEmail, string subject)
            {
                await Task.Yield();
                var cleanTo = SanitizeForLog(recipientEmail);
                {|DG1001:_logger.LogInformation("Mail sent to {To}", cleanTo)|};
                {|DG1001:_logger.LogError($"Mail to {SanitizeForLog(recipientEmail)} failed")|};
                return true;
            }

            private static string SanitizeForLog(string value)
            {
                if (string.IsNullOrEmpty(value)) return value;
                var text = new string(value.Where(c => !char.IsControl(c)).ToArray());
                return text.Length > 200 ? text.Substring(0, 200) + "...[truncated]" : text;
            }
        }
        """);

    [Fact]
    public Task Masking_named_wrapper_over_a_trim_is_reported_through_a_helper_chain() => Run("""
        static class Clean
        {
            public static string MaskPhone(string phone) => Normalize(phone);
            private static string Normalize(string value) => value.Trim().Replace(" ", "");
        }

        class Sms
        {
            private readonly ILogger<Sms> _logger = null!;

            public void Sent(string mobilePhone) => {|DG1001:_logger.LogInformation("SMS to {Phone}", Clean.MaskPhone(mobilePhone))|};
        }
        """);

    [Fact]
    public Task Sanitizer_named_methods_that_mask_hash_or_delegate_to_a_masker_are_not_reported() => Run("""
        static class Clean
        {
            public static string MaskEmail(string email)
            {
                var at = email.IndexOf('@');
                return at <= 1 ? "***" : email[0] + new string('*', at - 1) + email.Substring(at);
            }

            public static string HashForLog(string value)
                => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(value)));

            public static string SanitizeContact(string value) => MaskEmail(value);

            public static string RedactPhone(string phone) => System.Text.RegularExpressions.Regex.Replace(phone, "[0-9]", "#");

            public static string ScrubName(string name) => "[REDACTED]";
        }

        class Audit
        {
            private readonly ILogger<Audit> _logger = null!;

            public void Contacted(string email, string mobilePhone, string fullName)
            {
                _logger.LogInformation("Mail to {Email}", Clean.MaskEmail(email));
                _logger.LogInformation("Key {Key}", Clean.HashForLog(email));
                _logger.LogInformation("Mail to {Email}", Clean.SanitizeContact(email));
                _logger.LogInformation("SMS to {Phone}", Clean.RedactPhone(mobilePhone));
                _logger.LogInformation("Name {Name}", Clean.ScrubName(fullName));
            }
        }
        """);

    [Fact]
    public Task Method_marked_as_a_sanitizer_is_trusted_whatever_its_body() => Run("""
        static class Clean
        {
            [DataGuard.Sanitizer]
            public static string ForLog(string value) => value.Trim();
        }

        class Audit
        {
            private readonly ILogger<Audit> _logger = null!;

            public void Contacted(string email) => _logger.LogInformation("Mail to {Email}", Clean.ForLog(email));
        }
        """);

    private const string MarkupCleaners = """
        namespace Ganss.Xss
        {
            public interface IHtmlSanitizer { string Sanitize(string html, string baseUrl = ""); }
        }

        namespace Web.Security
        {
            public interface IXssFilter { string Scrub(string text); }
            public abstract class TextCleaner { public abstract string SanitizeMarkup(string text); }
        }

        """;

    [Fact]
    public Task Html_and_xss_sanitizers_without_a_readable_body_keep_the_value_personal() => Run(MarkupCleaners + """
        class ContactForm
        {
            private readonly ILogger<ContactForm> _logger = null!;
            private readonly Ganss.Xss.IHtmlSanitizer _html = null!;
            private readonly Web.Security.IXssFilter _xss = null!;
            private readonly Web.Security.TextCleaner _cleaner = null!;

            public void Received(string email, string fullName, string mobilePhone)
            {
                {|DG1001:_logger.LogInformation("Contact from {Email}", _html.Sanitize(email))|};
                {|DG1001:_logger.LogInformation("Contact from {Name}", _xss.Scrub(fullName))|};
                {|DG1001:_logger.LogInformation("Call back {Phone}", _cleaner.SanitizeMarkup(mobilePhone))|};
                {|DG1001:_logger.LogInformation("Contact from {Email}", Sanitize(email))|};
            }

            private string Sanitize(string input) => _html.Sanitize(input);
        }
        """);

    [Fact]
    public Task Masking_helpers_stay_sanitizers_beside_markup_cleaners() => Run(MarkupCleaners + """
        namespace Web.Security
        {
            public interface IContactScrubber { string Scrub(string text); }

            public static class HtmlReport
            {
                public static string MaskEmail(string email) => "***" + email.Substring(email.IndexOf('@'));
            }
        }

        class ContactForm
        {
            private readonly ILogger<ContactForm> _logger = null!;
            private readonly Web.Security.IContactScrubber _scrubber = null!;
            private readonly Ganss.Xss.IHtmlSanitizer _html = null!;

            public void Received(string email, string fullName)
            {
                _logger.LogInformation("Contact from {Name}", _scrubber.Scrub(fullName));
                _logger.LogInformation("Contact from {Email}", Web.Security.HtmlReport.MaskEmail(_html.Sanitize(email)));
                _logger.LogInformation("Contact from {Email}", Clean(email));
            }

            private string Clean(string input) => Web.Security.HtmlReport.MaskEmail(_html.Sanitize(input));
        }
        """);
}
