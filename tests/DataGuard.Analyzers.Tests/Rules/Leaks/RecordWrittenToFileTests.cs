using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A file whose folder is given at run time (a constructor argument, an option) is a log by what is written to it: a mail's
/// recipients or body (a debug sender that saves each mail, MimeKit's pickup folder) or an error record's personal data (a
/// JSON error store). Other files, writers into memory and the non-personal parts of mails and errors stay quiet.
/// </summary>
public class RecordWrittenToFileTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using System.Linq;
        using System.Net.Mail;
        using System.Threading.Tasks;
        using System.Collections.Specialized;
        using System.Text.Json;

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    /// <summary>The debug sender's shape: one file per mail in a folder given to its constructor.</summary>
    private const string SaveToDiskSender = """
        public class SaveToDiskSender
        {
            private readonly string _directory;

            public SaveToDiskSender(string directory) => _directory = directory;

            public async Task Save(MailMessage message)
            {
                var path = Path.Combine(_directory, DateTime.Now.ToString("yyyy-MM-dd_HH-mm-ss") + ".txt");
                using var writer = new StreamWriter(File.OpenWrite(path));
                WRITES
            }
        }
        """;

    [Fact]
    public Task Recipients_and_body_of_a_mail_saved_to_a_folder_are_reported() => Run(SaveToDiskSender.Replace("WRITES", """
        await {|DG1001:writer.WriteLineAsync($"To: {string.Join(",", message.To.Select(a => a.Address))}")|};
                await writer.WriteLineAsync($"Subject: {message.Subject}");
                await {|DG1001:writer.WriteAsync(message.Body)|};
        """));

    [Fact]
    public Task Subject_and_time_of_a_mail_saved_to_a_folder_are_not_reported() => Run(SaveToDiskSender.Replace("WRITES", """
        await writer.WriteLineAsync($"Subject: {message.Subject}");
                await writer.WriteLineAsync($"Sent: {DateTime.UtcNow:O} priority {message.Priority}");
        """));

    /// <summary>The program's own mail model (Eventuras's <c>EmailModel</c>) and a debug writer that drops each mail into a folder from options.</summary>
    private const string OwnMailModel = """
        public class Address { public string Name { get; set; } = ""; public string Email { get; set; } = ""; }
        public class EmailModel { public Address[] Recipients { get; set; } = Array.Empty<Address>(); public string Subject { get; set; } = ""; public string TextBody { get; set; } = ""; public string HtmlBody { get; set; } = ""; }
        public class FileEmailConfig { public string FilePath { get; set; } = ""; }
        public class FileEmailWriter
        {
            private readonly FileEmailConfig _options;
            public FileEmailWriter(FileEmailConfig options) => _options = options;
            public async Task SendAsync(EmailModel email)
            {
                var filePath = Path.Combine(_options.FilePath, DateTime.Now.ToString("yyyyMMdd-HHmmss") + ".html");
                WRITES
            }
        }
        """;

    [Fact]
    public Task Body_of_the_programs_own_mail_model_written_to_a_folder_is_reported() => Run(OwnMailModel.Replace("WRITES", """
        await {|DG1001:File.AppendAllTextAsync(filePath, email.TextBody)|};
        """));

    [Fact]
    public Task Subject_of_the_programs_own_mail_model_written_to_a_folder_is_not_reported() => Run(OwnMailModel.Replace("WRITES", """
        await File.AppendAllTextAsync(filePath, email.Subject);
        """));

    [Fact]
    public Task A_whole_mail_written_to_a_file_stream_is_reported() => Run("""
        public class PickupWriter
        {
            public async Task Save(MimeKit.MimeMessage message, string pickupDirectory)
            {
                using var stream = new FileStream(Path.Combine(pickupDirectory, Guid.NewGuid() + ".eml"), FileMode.CreateNew);
                await {|DG1001:message.WriteToAsync(stream)|};
            }
        }
        """);

    [Fact]
    public Task A_whole_mail_written_to_memory_is_not_reported() => Run("""
        public class MailSize
        {
            public async Task<long> Measure(MimeKit.MimeMessage message)
            {
                using var stream = new MemoryStream();
                await message.WriteToAsync(stream);
                using var text = new StringWriter();
                await text.WriteAsync(message.TextBody);
                return stream.Length;
            }
        }
        """);

    /// <summary>An error record whose request form another assembly fills, and a store that writes it as JSON to a folder from its options.</summary>
    private const string ErrorRecord = """

        public class Error
        {
            public string Message { get; set; } = "";
            public NameValueCollection Form { get; set; } = new();
            public string ToJson() => JsonSerializer.Serialize(this);
        }
        """;

    [Fact]
    public Task Error_record_with_the_request_form_written_to_a_store_file_is_reported() => Run("""
        public class JsonErrorStore
        {
            private static void LogError(Error error, StreamWriter outstream)
            {
                var json = error.ToJson();
                {|DG1001:outstream.Write(json)|};
            }
        }
        """ + ErrorRecord);

    [Fact]
    public Task Message_of_an_error_record_written_to_a_store_file_is_not_reported() => Run("""
        public class JsonErrorStore
        {
            private static void LogError(Error error, StreamWriter outstream)
            {
                outstream.Write(error.Message);
                outstream.Write(error.Form.Count);
            }
        }
        """ + ErrorRecord);

    [Fact]
    public Task Personal_data_of_an_ordinary_record_written_to_an_export_file_is_not_reported() => Run("""
        public class Customer
        {
            public string FullName { get; set; } = "";
            public string Email { get; set; } = "";
        }

        public class CustomerExport
        {
            private readonly string _folder;

            public CustomerExport(string folder) => _folder = folder;

            public void Write(Customer customer)
            {
                using var writer = new StreamWriter(Path.Combine(_folder, "customers.csv"), append: true);
                writer.WriteLine(customer.FullName + "," + customer.Email);
            }
        }
        """);
}
