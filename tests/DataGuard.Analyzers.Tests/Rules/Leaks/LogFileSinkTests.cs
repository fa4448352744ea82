using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>Files that are logs or drops: under a logs/drop folder, or a folder listed in <c>dataguard.log_sinks</c>.</summary>
public class LogFileSinkTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using System.Threading.Tasks;

        """;

    private const string Contact = """

        public class Contact
        {
            public string FullName { get; set; } = "";
            public string Email { get; set; } = "";
            public string CaseNo { get; set; } = "";
        }
        """;

    private static Task Run(string body, string? editorConfig = null) => LibraryLeakTest.Run(Usings + body + Contact, editorConfig);

    [Fact]
    public Task AppendAllText_under_a_logs_folder_is_reported() => Run("""
        class Journal
        {
            void Write(Contact contact)
            {
                var path = Path.Combine(AppContext.BaseDirectory, "App_Data", "Logs", DateTime.Today.ToString("yyyyMMdd") + ".txt");
                {|DG1001:File.AppendAllText(path, $"{DateTime.Now} mailed {contact.Email}\n")|};
            }
        }
        """);

    [Fact]
    public Task StreamWriter_on_a_mail_drop_folder_is_reported() => Run("""
        class DebugMailDrop
        {
            private const string DropFolder = "/var/app/mail-drop";

            async Task SaveAsync(Contact contact, string body)
            {
                using var writer = new StreamWriter(Path.Combine(DropFolder, Guid.NewGuid() + ".eml"), append: false);
                await {|DG1001:writer.WriteLineAsync("To: " + contact.FullName + " <" + contact.Email + ">")|};
                await writer.WriteLineAsync(body);
            }
        }
        """);

    [Fact]
    public Task Log_file_extension_is_a_log() => Run("""
        class Trace
        {
            void Write(string dir, Contact contact) => {|DG1001:File.WriteAllText(dir + "/checkout.log", contact.FullName)|};
        }
        """);

    [Fact]
    public Task Folder_listed_in_log_sinks_is_a_log() => Run("""
        class Export
        {
            void Write(string root, Contact contact) => {|DG1001:File.AppendAllText(Path.Combine(root, "audit-trail", "today.txt"), contact.Email)|};
        }
        """, "dataguard.log_sinks = audit-trail/");

    [Fact]
    public Task Files_outside_log_folders_are_not_reported() => Run("""
        class Export
        {
            void Write(string root, Contact contact)
            {
                File.WriteAllText(Path.Combine(root, "exports", "contacts.csv"), contact.FullName + "," + contact.Email);
                using var writer = new StreamWriter(Path.Combine(root, "catalog", "blog.txt"));
                writer.WriteLine(contact.Email);
            }
        }
        """);

    [Fact]
    public Task Non_personal_text_in_a_log_file_is_not_reported() => Run("""
        class Journal
        {
            void Write(Contact contact) => File.AppendAllText("logs/app.log", $"{DateTime.Now} case {contact.CaseNo}\n");
        }
        """);
    [Fact]
    public Task Mail_written_asynchronously_into_a_served_emails_folder_is_reported() => Run("""
        class MailFallback
        {
            public Task Confirm(Contact contact) => {|DG1001:SaveAsync(contact.Email, "Welcome", "Dear " + contact.FullName)|};

            private static async Task SaveAsync(string to, string subject, string html)
            {
                var folder = Path.Combine(Directory.GetCurrentDirectory(), "wwwroot", "emails");
                Directory.CreateDirectory(folder);
                var file = Path.Combine(folder, $"mail_{DateTime.UtcNow:yyyyMMddHHmmss}.html");
                var page = $"<h2>To: {to}</h2><h3>{subject}</h3>{html}";
                await File.WriteAllTextAsync(file, page);
            }
        }
        """);

    [Fact]
    public Task Mail_lines_appended_into_an_outbox_folder_are_reported() => Run("""
        class Outbox
        {
            private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Outbox");

            void Queue(Contact contact) => {|DG1001:File.AppendAllLines(Path.Combine(Folder, contact.CaseNo + ".txt"), new[] { "To: " + contact.Email })|};
        }
        """);

    [Fact]
    public Task A_file_named_for_mail_outside_a_mail_folder_and_template_text_in_a_mail_folder_are_not_reported() => Run("""
        class Export
        {
            void Write(string root, Contact contact)
            {
                File.WriteAllText(Path.Combine(root, "exports", "email-export.csv"), contact.FullName + "," + contact.Email);
                File.WriteAllText(Path.Combine(root, "emails", "welcome-template.html"), "<p>Dear {{name}}, welcome.</p>");
            }
        }
        """);
}
