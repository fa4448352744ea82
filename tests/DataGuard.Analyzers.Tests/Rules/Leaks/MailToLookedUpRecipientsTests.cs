using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Round 33: a notification service mails each of the organisation's users at the address their preferences hold, through
/// the program's mail service in another project (<c>IEmailService.SendEmailAsync(to, subject, body)</c>); its callers were
/// reported DG1005 for whatever they notified ("the address IEmailService sends to", 13 wrong). A recipient looked up by id
/// or preferences is the person the mail is for, no external host (issue 10 §3 reports a constant or configured recipient);
/// what the provider keeps besides the mail is still judged.
/// </summary>
public class MailToLookedUpRecipientsTests
{
    private const string ForeignService = """
        using System.Threading.Tasks;
        namespace Contoso.Core
        {
            public interface IEmailService
            {
                Task SendEmailAsync(string to, string subject, string body, string? clientReference = null);
            }

            public interface ISMSService
            {
                Task SendSMSAsync(string phoneNumber, string message);
            }
        }
        """;

    /// <summary>A notifier whose mail goes to RECIPIENT and whose SMS to the user's own number; the caller notifies a tenant's name.</summary>
    private static Task Notifier(string recipient, string notify) => LibraryLeakTest.RunWithLibrary("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Configuration;
        using Contoso.Core;

        public class NotificationPreferences
        {
            public string UserId { get; set; } = "";
            public string EmailAddress { get; set; } = "";
            public string PhoneNumber { get; set; } = "";
            public bool EnableEmail { get; set; }
        }

        public class NotificationService
        {
            private readonly IEmailService _email = null!;
            private readonly ISMSService _sms = null!;
            private readonly IConfiguration _configuration = null!;
            private readonly Dictionary<string, NotificationPreferences> _preferences = new();

            public async Task SendNotificationAsync(string recipientUserId, string title, string message, string? reference = null)
            {
                var preferences = _preferences[recipientUserId];
                if (preferences.EnableEmail)
                {
                    await _email.SendEmailAsync(RECIPIENT, title, message, reference);
                }

                await _sms.SendSMSAsync(preferences.PhoneNumber, $"{title}: {message}");
            }
        }

        public class LeaseWorkflow
        {
            private readonly NotificationService _notifications = null!;

            public Task TerminateAsync(Buyer tenant, string managerId) => NOTIFY;
        }
        """.Replace("RECIPIENT", recipient).Replace("NOTIFY", notify) + LibraryLeakTest.Buyer, ForeignService);

    [Fact]
    public Task A_notification_mailed_to_a_user_looked_up_by_preferences_is_silent() => Notifier(
        "preferences.EmailAddress", "_notifications.SendNotificationAsync(managerId, \"Lease terminated\", \"Tenant \" + tenant.FullName + \" gave notice\")");

    // Reporting counterpart: PersonalDataSentToExternalHostTests.Personal_value_in_a_mail_providers_other_parameters_is_reported —
    // the recipient there is a parameter too (no constant, no configuration), and the person's value kept as the client reference
    // is still reported.
}
