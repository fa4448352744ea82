using System.IO;
using System.Net;
using System.Net.Mail;
using System.Text;

namespace Police.Reporting.Exports;

public sealed class NightlyExport
{
    public void UploadRoster(string suspectName, int rosterSize)
    {
        using var client = new WebClient();
        client.UploadString("ftp://archive.precinct.local/roster.txt", "suspect=" + suspectName); // expect: DG1003
        client.UploadString("ftp://archive.precinct.local/roster-size.txt", rosterSize.ToString());
    }

    public void MailSuspect(string suspectName, string recipient)
    {
        using var smtp = new SmtpClient("mail.precinct.local", 25) { EnableSsl = false };
        smtp.Send("noreply@precinct.local", recipient, "Suspect update", $"Suspect {suspectName} released"); // expect: DG1003
    }

    public void MailSuspectSecure(string suspectName, string recipient)
    {
        using var smtp = new SmtpClient("mail.precinct.local", 587) { EnableSsl = true };
        smtp.Send("noreply@precinct.local", recipient, "Suspect update", $"Suspect {suspectName} released");
    }

    public void MailStats(int count)
    {
        using var smtp = new SmtpClient("mail.precinct.local", 25) { EnableSsl = false };
        smtp.Send("noreply@precinct.local", "stats@precinct.local", "Nightly", $"{count} records exported");
    }
}
