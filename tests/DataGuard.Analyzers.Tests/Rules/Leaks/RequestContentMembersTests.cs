using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// An error record whose request form, query string or cookies another assembly fills (<c>public NameValueCollection Form
/// { get; set; }</c>): in the assembly that stores or logs the record nothing shows where the members came from, so their name
/// and name-value type decide. Members this compilation alone fills, or whose type is not a collection of named text, are
/// decided as before.
/// </summary>
public class RequestContentMembersTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using System.Collections.Generic;
        using System.Collections.Specialized;
        using System.Text.Json;
        using Microsoft.Extensions.Logging;

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    [Fact]
    public Task Form_of_a_public_error_record_serialised_into_a_log_file_is_reported() => Run("""
        public class Error
        {
            public string Message { get; set; } = "";
            public NameValueCollection Form { get; set; } = new();
        }

        public class JsonFileErrorStore
        {
            public void Log(Error error)
                => {|DG1001:File.AppendAllText("/var/app/logs/errors.json", JsonSerializer.Serialize(error))|};
        }
        """);

    [Fact]
    public Task Query_string_pairs_of_a_public_error_record_logged_whole_are_reported() => Run("""
        public class NameValuePair
        {
            public string Name { get; set; } = "";
            public string Value { get; set; } = "";
        }

        public class ExceptionEntry
        {
            public string Message { get; set; } = "";
            public List<NameValuePair> QueryString { get; set; } = new();
        }

        public class ErrorReporter
        {
            private readonly ILogger<ErrorReporter> _logger = null!;

            public void Report(ExceptionEntry entry) => {|DG1001:_logger.LogError("Unhandled {@Entry}", entry)|};
        }
        """);

    [Fact]
    public Task Request_cookies_in_a_public_field_logged_are_reported() => Run("""
        public class Crash
        {
            public string Message = "";
            public Dictionary<string, string> RequestCookies = new();
        }

        public class CrashLog
        {
            private readonly ILogger<CrashLog> _logger = null!;

            public void Write(Crash crash) => {|DG1001:_logger.LogError("Cookies {Cookies}", string.Join(";", crash.RequestCookies))|};
        }
        """);

    [Fact]
    public Task Members_named_like_request_content_whose_type_is_not_named_text_are_not_reported() => Run("""
        public class FormOptions { public int MaxFields { get; set; } }

        public class OutgoingMessage
        {
            public FormOptions Form { get; set; } = new();
            public int QueryStringLength { get; set; }
            public bool Cookies { get; set; }
            public Dictionary<string, string> Headers { get; set; } = new();
            public Dictionary<string, int> Query { get; set; } = new();
        }

        public class Outbox
        {
            private readonly ILogger<Outbox> _logger = null!;

            public void Write(OutgoingMessage message)
            {
                _logger.LogInformation("Sending {@Message}", message);
                File.AppendAllText("/var/app/logs/outbox.json", JsonSerializer.Serialize(message));
            }
        }
        """);

    [Fact]
    public Task Form_that_only_this_compilation_fills_is_decided_by_what_it_is_filled_with() => Run("""
        public class ScheduledError
        {
            public string Message { get; set; } = "";
            public NameValueCollection Form { get; } = new() { ["source"] = "scheduler" };
        }

        internal class InternalError
        {
            public NameValueCollection Form { get; set; } = new();
        }

        public class ErrorLog
        {
            private readonly ILogger<ErrorLog> _logger = null!;

            public void Write(ScheduledError error)
            {
                var local = new InternalError { Form = new NameValueCollection { ["job"] = "nightly" } };
                _logger.LogError("Unhandled {@Error} {@Local}", error, local);
            }
        }
        """);

    [Fact]
    public Task A_field_of_the_form_read_by_a_constant_key_or_its_count_is_not_reported() => Run("""
        public class Error
        {
            public string Message { get; set; } = "";
            public NameValueCollection Form { get; set; } = new();
        }

        public class ErrorLog
        {
            private readonly ILogger<ErrorLog> _logger = null!;

            public void Write(Error error)
                => _logger.LogError("Unhandled on page {Page} with {Count} fields", error.Form["page"], error.Form.Count);
        }
        """);
}
