using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Round 22's clinic: a notification's <c>Recipient</c> is filled from the patient's e-mail or phone (through a helper that
/// lists them), the notification is sent, and another method logs <c>notification.Recipient</c>. The member holds a person's
/// address or number whatever it is called; filled only with the organisation's configured or constant address, it does not.
/// </summary>
public class FilledRecipientLoggedTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Logging;

        public class Patient { public int Id { get; set; } public string Email { get; set; } = ""; public string PhoneNumber { get; set; } = ""; }

        public class Notification
        {
            public Guid Id { get; set; }
            public string Recipient { get; set; } = "";
            public string Message { get; set; } = "";
        }

        public interface ISmsSender { Task SendAsync(string number, string text); }

        """;

    /// <summary>A reminder service that fills notifications as <paramref name="fill"/> and logs each one it sends as <paramref name="log"/>.</summary>
    private static string Reminders(string fill, string log) => """
        public class ReminderService
        {
            private readonly ILogger<ReminderService> _logger = null!;
            private readonly ISmsSender _sms = null!;
            private readonly IConfiguration _config = null!;
            private readonly List<Notification> _outbox = new();

            public void Schedule(Patient patient)
            {
                FILL
            }

            public async Task SendAsync(Notification notification)
            {
                LOG;
                await _sms.SendAsync(notification.Recipient, notification.Message);
            }

            private static IEnumerable<string> Contacts(Patient patient)
            {
                var contacts = new List<string>(2);
                if (!string.IsNullOrWhiteSpace(patient.Email)) contacts.Add(patient.Email.Trim());
                if (!string.IsNullOrWhiteSpace(patient.PhoneNumber)) contacts.Add(patient.PhoneNumber.Trim());
                return contacts;
            }
        }
        """.Replace("FILL", fill).Replace("LOG", log);

    private const string Log = """_logger.LogInformation("Sending {Id} to {Recipient}", notification.Id, notification.Recipient)""";

    private static Task Run(string source) => LibraryLeakTest.Run(Usings + source);

    [Fact]
    public Task Recipient_filled_from_a_list_of_the_patients_contacts_and_logged_is_reported() => Run(Reminders("""
        foreach (var contact in Contacts(patient))
        {
            _outbox.Add(new Notification { Recipient = contact, Message = "Your appointment is tomorrow" });
        }
        """, "{|DG1001:" + Log + "|}"));

    [Fact]
    public Task Recipient_assigned_the_patients_phone_and_logged_is_reported() => Run(Reminders("""
        var notification = new Notification { Message = "Your appointment is tomorrow" };
        notification.Recipient = patient.PhoneNumber;
        _outbox.Add(notification);
        """, "{|DG1001:" + Log + "|}"));

    [Fact]
    public Task Recipient_filled_only_with_the_configured_front_desk_is_not_reported() => Run(Reminders("""
        _outbox.Add(new Notification { Recipient = _config["Clinic:FrontDeskPhone"] ?? "", Message = "Patient " + patient.Id + " checked in" });
        _outbox.Add(new Notification { Recipient = "front-desk@clinic.example", Message = "Daily list ready" });
        """, Log));
}
