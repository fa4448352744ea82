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
}
