using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A mail drop across methods: the mail is formatted in one method (<c>Add</c>), kept in the class's queue, list, field or
/// property, and written to a file in another (<c>Flush</c>). The written text carries the mail's recipients and body through
/// the field, whatever the folder is called (DG1001). Its subject alone, or a write into memory, stays quiet.
/// </summary>
public class StoredMailDropTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Text;
        using System.Threading.Tasks;

        """;

    /// <summary>The program's own mail model and a drop session: STORE keeps the formatted mail, WRITE writes what was kept.</summary>
    private static string DropSession(string field, string store, string flush, string format = "FormatAll") => Usings + """
        public class OutgoingMail
        {
            public string To { get; set; } = "";
            public string Subject { get; set; } = "";
            public string? TextBody { get; set; }
        }

        public class FileDropSession
        {
            private readonly string _folder;
            FIELD

            public FileDropSession(string folder) => _folder = folder;

            public void Add(OutgoingMail mail)
            {
                var text = FORMAT(mail);
                STORE;
            }

            FLUSH

            private string NewFile() => Path.Combine(_folder, Guid.NewGuid() + ".txt");

            private static string FormatAll(OutgoingMail mail)
            {
                var text = new StringBuilder();
                text.AppendLine("To: " + mail.To);
                text.AppendLine("Subject: " + mail.Subject);
                text.AppendLine(mail.TextBody);
                return text.ToString();
            }

            private static string FormatSubject(OutgoingMail mail) => "Subject: " + mail.Subject;
        }
        """.Replace("FIELD", field).Replace("STORE", store).Replace("FLUSH", flush).Replace("FORMAT", format);

    private const string QueueField = "private readonly Queue<string> _pending = new();";

    private const string AsyncQueueFlush = """
        public async Task FlushAsync()
            {
                while (_pending.Count > 0)
                {
                    var item = _pending.Dequeue();
                    using var writer = File.CreateText(NewFile());
                    await WRITE;
                }
            }
        """;

    [Fact]
    public Task Mail_formatted_into_a_queue_field_and_written_to_a_file_in_another_method_is_a_mail_drop()
        => LibraryLeakTest.Run(DropSession(QueueField, "_pending.Enqueue(text)", AsyncQueueFlush.Replace("WRITE", "{|DG1001:writer.WriteAsync(item)|}")));

    [Fact]
    public Task Mail_kept_in_a_list_field_and_written_synchronously_in_a_loop_is_a_mail_drop() => LibraryLeakTest.Run(DropSession(
        "private readonly List<string> _pending = new();", "_pending.Add(text)", """
        public void Flush()
            {
                foreach (var item in _pending)
                {
                    {|DG1001:File.WriteAllText(NewFile(), item)|};
                }
            }
        """));

    [Fact]
    public Task Mail_kept_in_a_string_field_is_a_mail_drop() => LibraryLeakTest.Run(DropSession(
        "private string? _last;", "_last = text", """
        public void Flush()
            {
                if (_last is not null)
                {
                    {|DG1001:File.AppendAllText(NewFile(), _last)|};
                }
            }
        """));

    [Fact]
    public Task Mail_kept_in_a_private_property_is_a_mail_drop() => LibraryLeakTest.Run(DropSession(
        "private string Pending { get; set; } = \"\";", "Pending += text", """
        public async Task FlushAsync()
            {
                using var writer = new StreamWriter(NewFile());
                await {|DG1001:writer.WriteLineAsync(Pending)|};
            }
        """));

    [Fact]
    public Task Only_the_subject_kept_in_the_queue_is_not_a_mail_drop()
        => LibraryLeakTest.Run(DropSession(QueueField, "_pending.Enqueue(text)", AsyncQueueFlush.Replace("WRITE", "writer.WriteAsync(item)"), "FormatSubject"));

    [Fact]
    public Task A_queued_mail_written_into_memory_is_not_a_mail_drop() => LibraryLeakTest.Run(DropSession(QueueField, "_pending.Enqueue(text)", """
        public string Preview()
            {
                using var writer = new StringWriter();
                while (_pending.Count > 0)
                {
                    writer.Write(_pending.Dequeue());
                }

                return writer.ToString();
            }
        """));

    [Fact]
    public Task A_queue_of_another_instance_is_not_followed() => LibraryLeakTest.Run(DropSession(QueueField, "_pending.Enqueue(text)", """
        public async Task CopyAsync(Queue<string> other)
            {
                using var writer = File.CreateText(NewFile());
                await writer.WriteAsync(other.Dequeue());
            }
        """));
}
