using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Request content copied into a member of the program's own object (an error record: <c>_form = CopyCollection(request.Form)</c>,
/// <c>error.Form = TryGetCollection(r => r.Form)</c>) and the object logged, serialised, written to a file or mailed by other
/// methods: the member is personal, so the object is a record with personal members wherever it goes.
/// </summary>
public class RequestCopiedIntoMembersTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using System.Linq;
        using System.Collections.Generic;
        using System.Collections.Specialized;
        using System.Text.Json;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Logging;
        using Microsoft.Extensions.Primitives;

        """;

    private static Task Run(string body, string? editorConfig = null) => LibraryLeakTest.Run(Usings + body, editorConfig);

    /// <summary>ElmahCore's shape: a private field filled in the constructor, shown by a computed property.</summary>
    private const string ErrorFilledInItsConstructor = """

        public sealed class Error
        {
            private readonly NameValueCollection _form;

            public Error(Exception exception, HttpContext context)
            {
                Message = exception.Message;
                _form = CopyCollection(context.Request.HasFormContentType ? context.Request.Form : null);
            }

            public string Message { get; }

            public NameValueCollection Form => _form ?? new NameValueCollection();

            private static NameValueCollection CopyCollection(IFormCollection? form)
            {
                var copy = new NameValueCollection();
                foreach (var field in form ?? (IEnumerable<KeyValuePair<string, StringValues>>)Array.Empty<KeyValuePair<string, StringValues>>())
                {
                    copy.Add(field.Key, field.Value.ToString());
                }

                return copy;
            }
        }
        """;

    [Fact]
    public Task Form_copied_into_a_field_in_the_constructor_and_the_object_logged_is_reported() => Run("""
        public class ErrorLog
        {
            private readonly ILogger<ErrorLog> _logger = null!;

            public void Write(Error error) => {|DG1001:_logger.LogError("Unhandled {@Error}", error)|};
        }
        """ + ErrorFilledInItsConstructor);

    [Fact]
    public Task Form_copied_into_a_field_and_the_object_serialised_into_a_log_file_is_reported() => Run("""
        public class XmlFileErrorLog
        {
            public void Write(Error error)
            {
                var json = JsonSerializer.Serialize(error);
                {|DG1001:File.AppendAllText(Path.Combine("/var/app/logs", "errors.json"), json)|};
            }
        }
        """ + ErrorFilledInItsConstructor);

    /// <summary>ElmahCore's file log: the team names its error-record writer in <c>dataguard.log_sinks</c>; it writes the whole record.</summary>
    private const string ErrorRecordWriter = """

        public static class ErrorXml
        {
            public static void Encode(Error error, System.Xml.XmlWriter writer) => writer.WriteString(error.Message);
        }

        public class XmlFileErrorLog
        {
            public void Log(Guid id, Error error)
            {
                using var writer = new System.Xml.XmlTextWriter(Path.Combine("/srv/errors", id + ".xml"), System.Text.Encoding.UTF8);
                ENCODE;
            }
        }
        """;

    private const string ErrorRecordWriterSink = "dataguard.log_sinks = M:ErrorXml.Encode(Error,System.Xml.XmlWriter)";

    [Fact]
    public Task Form_copied_into_a_field_and_the_object_given_to_a_configured_error_record_writer_is_reported()
        => Run(ErrorRecordWriter.Replace("ENCODE", "{|DG1001:ErrorXml.Encode(error, writer)|}") + ErrorFilledInItsConstructor, ErrorRecordWriterSink);

    [Fact]
    public Task Error_without_request_content_given_to_a_configured_error_record_writer_is_not_reported()
        => Run(ErrorRecordWriter.Replace("ENCODE", "ErrorXml.Encode(error, writer)") + """

            public sealed class Error
            {
                private readonly NameValueCollection _form = new() { ["source"] = "scheduler" };
                public string Message { get; set; } = "";
                public NameValueCollection Form => _form;
            }
            """, ErrorRecordWriterSink);

    [Fact]
    public Task Query_copied_through_a_lambda_into_a_property_set_by_another_class_and_serialised_is_reported() => Run("""
        public sealed class ErrorRecord
        {
            public string Message { get; set; } = "";
            public NameValueCollection QueryString { get; set; } = new();
        }

        public static class ErrorCapture
        {
            public static ErrorRecord From(Exception exception, HttpRequest request)
            {
                var error = new ErrorRecord { Message = exception.Message };
                error.QueryString = TryGetCollection(r => r.Query);
                return error;

                NameValueCollection TryGetCollection(Func<HttpRequest, IEnumerable<KeyValuePair<string, StringValues>>> getter)
                {
                    var copy = new NameValueCollection();
                    foreach (var pair in getter(request))
                    {
                        copy.Add(pair.Key, pair.Value.ToString());
                    }

                    return copy;
                }
            }
        }

        public class ErrorStore
        {
            private readonly ILogger<ErrorStore> _logger = null!;

            public void Keep(ErrorRecord error)
            {
                {|DG1001:_logger.LogWarning("Stored {Json}", JsonSerializer.Serialize(error))|};
            }
        }
        """);

    [Fact]
    public Task Cookies_copied_by_a_helper_in_an_initializer_and_mailed_to_the_error_mailbox_is_reported() => Run("""
        public sealed class ErrorReport
        {
            public string Message { get; set; } = "";
            public Dictionary<string, string> Cookies { get; set; } = new();
        }

        public class ErrorReporter
        {
            public ErrorReport Capture(Exception exception, HttpContext context)
                => new ErrorReport { Message = exception.Message, Cookies = Copy(context.Request.Cookies) };

            private static Dictionary<string, string> Copy(IRequestCookieCollection cookies) => cookies.ToDictionary(c => c.Key, c => c.Value);
        }

        public class ErrorMailer
        {
            private readonly IConfiguration _configuration = null!;

            public void Mail(ErrorReport report)
            {
                using var message = new System.Net.Mail.MailMessage();
                message.To.Add(_configuration["ErrorLog:MailTo"] ?? "");
                message.Subject = "Unhandled error";
                message.Body = JsonSerializer.Serialize(report);
                using var smtp = new System.Net.Mail.SmtpClient("mail.example.org") { EnableSsl = true };
                {|DG1001:smtp.Send(message)|};
            }
        }
        """);

    [Fact]
    public Task Members_set_from_configuration_constants_or_the_request_path_and_method_are_not_reported() => Run("""
        public sealed class RequestInfo
        {
            public string Environment { get; set; } = "";
            public string Source { get; set; } = "";
            public string Path { get; set; } = "";
            public string Method { get; set; } = "";
            public string Agent { get; set; } = "";
            public int FormFields { get; set; }
            public bool HasQuery { get; set; }
            public NameValueCollection Headers { get; set; } = new();
        }

        public class RequestTrace
        {
            private readonly IConfiguration _configuration = null!;
            private readonly ILogger<RequestTrace> _logger = null!;

            public void Trace(HttpRequest request)
            {
                var info = new RequestInfo
                {
                    Environment = _configuration["Environment"] ?? "",
                    Source = "web",
                    Path = request.Path,
                    Method = request.Method,
                    Agent = request.Headers["User-Agent"].ToString(),
                    FormFields = request.HasFormContentType ? request.Form.Count : 0,
                    HasQuery = request.Query.ContainsKey("page"),
                };
                info.Headers = new NameValueCollection { ["Accept"] = "json" };
                _logger.LogInformation("Request {@Info}", info);
                File.AppendAllText("/var/app/logs/requests.json", JsonSerializer.Serialize(info));
            }
        }
        """);

    [Fact]
    public Task Object_whose_copied_form_is_never_sunk_is_not_reported() => Run("""
        public class ErrorLog
        {
            private readonly ILogger<ErrorLog> _logger = null!;

            public void Write(Error error)
            {
                _logger.LogError("Unhandled {Message}", error.Message);
                _logger.LogError("{Count} form fields", error.Form.Count);
            }
        }
        """ + ErrorFilledInItsConstructor);
}
