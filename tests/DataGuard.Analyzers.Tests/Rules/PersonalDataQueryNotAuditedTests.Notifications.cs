namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and notifications (round 14): an event handler reads a person's row to mail or text that person — the row's own
/// e-mail or phone is the message's address — and looks nobody up. The same row mailed to someone else is reported.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    private const string Notices = """
        public class Guest { public int Id { get; set; } public string FirstName { get; set; } = ""; public string LastName { get; set; } = ""; public string Email { get; set; } = ""; public string Phone { get; set; } = ""; }
        public abstract class StayDb { public abstract DbSet<Guest> Guests { get; } }
        public sealed record WelcomeMail(string EmailTo, string Name);
        public sealed record GuestReport(string Name, string Email);
        public interface IMailer { Task SendWelcomeMailAsync(WelcomeMail mail); Task SendReportAsync(string toAddress, GuestReport report); }
        public interface ITexter { Task SendConfirmationSmsAsync(string phoneNumber, string guestName, DateTime checkIn); }

        """;

    [Fact]
    public Task A_message_to_the_rows_own_address_is_silent() => Run(Notices + """
        public class GuestNotifications
        {
            readonly StayDb _db = null!;
            readonly IMailer _mailer = null!;
            readonly ITexter _texter = null!;

            public async Task OnGuestCreated(int guestId)
            {
                var guest = await _db.Guests.FirstOrDefaultAsync(g => g.Id == guestId) ?? throw new InvalidOperationException("no guest " + guestId);
                var mail = new WelcomeMail(guest.Email, guest.FirstName);
                await _mailer.SendWelcomeMailAsync(mail);
            }

            public async Task OnBooked(int guestId, DateTime checkIn)
            {
                var guest = await _db.Guests.FirstOrDefaultAsync(g => g.Id == guestId);
                if (guest == null) return;
                var name = $"{guest.FirstName} {guest.LastName}";
                var phone = guest.Phone;
                if (!string.IsNullOrEmpty(phone)) await _texter.SendConfirmationSmsAsync(phone, name, checkIn);
            }
        }
        """);

    [Fact]
    public Task The_row_sent_to_another_address_is_reported() => Run(Notices + """
        public class GuestReports
        {
            readonly StayDb _db = null!;
            readonly IMailer _mailer = null!;
            readonly ITexter _texter = null!;

            public async Task ReportGuest(int guestId, string managerAddress)
            {
                var guest = await {|DG1008:_db.Guests.FirstOrDefaultAsync(g => g.Id == guestId)|};
                await _mailer.SendReportAsync(managerAddress, new GuestReport(guest!.FirstName, guest.Email));
            }

            public async Task TextManager(int guestId, string managerPhone, DateTime checkIn)
            {
                var guest = await {|DG1008:_db.Guests.FirstOrDefaultAsync(g => g.Id == guestId)|};
                await _texter.SendConfirmationSmsAsync(managerPhone, $"{guest!.FirstName} {guest.LastName}", checkIn);
            }
        }
        """);
}
