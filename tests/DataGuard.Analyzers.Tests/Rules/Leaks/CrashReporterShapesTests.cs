using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A crash reporter's path from the failing request to the vendor inside one compilation: the request copied into a report
/// through a property bag or a constructor chain, and the report handed to a sender behind an interface whose one
/// implementation posts it to the vendor's constant host.
/// </summary>
public class CrashReporterShapesTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Net.Http;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;

        """;

    /// <summary>The report, its sender interface and the sender's one implementation, posting to the vendor.</summary>
    private const string Reporter = """

        public class Report
        {
            public Report(string message) => Message = message;
            public Report(string message, RequestDetails request) : this(message) => Request = request;
            public string Message { get; }
            public RequestDetails? Request { get; }
            public Dictionary<string, object> Data { get; } = new();
        }

        public class RequestDetails
        {
            public RequestDetails(HttpRequest request)
            {
                Url = request.Path;
                Headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString());
                Form = request.HasFormContentType ? request.Form.ToDictionary(f => f.Key, f => f.Value.ToString()) : new();
            }

            public string Url { get; }
            public Dictionary<string, string> Headers { get; }
            public Dictionary<string, string> Form { get; }
        }

        public interface IReportSender { Task SendAsync(Report report); }

        public class HttpReportSender : IReportSender
        {
            private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.crashes.example.com/") };

            public Task SendAsync(Report report) => _http.PostAsync("v1/notices", new StringContent(JsonSerializer.Serialize(report)));
        }
        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body + Reporter);

    /// <summary>An error middleware whose handler fills a report with <paramref name="fill"/> and sends it as <paramref name="send"/>.</summary>
    private static Task RunMiddleware(string fill, string send, string types = "") => Run(types + $$"""
        class ErrorMiddleware
        {
            private readonly IReportSender _sender = new HttpReportSender();

            async Task OnErrorAsync(HttpContext context, Exception error)
            {
                var report = new Report(error.Message);
                {{fill}}
                await {{send}};
            }
        }
        """);

    [Fact]
    public Task Form_put_in_a_property_bag_and_sent_through_the_interface_is_reported()
        => RunMiddleware("report.Data[\"form\"] = context.Request.Form;", "{|DG1005:_sender.SendAsync(report)|}");

    [Fact]
    public Task Request_copied_through_a_constructor_chain_and_sent_through_the_interface_is_reported()
        => RunMiddleware(string.Empty, "{|DG1005:_sender.SendAsync(new Report(error.Message, new RequestDetails(context.Request)))|}");

    [Fact]
    public Task Constructor_that_copies_only_the_path_and_method_and_the_form_keys_are_not_reported() => RunMiddleware(
        "report.Data[\"request\"] = new RequestSummary(context.Request); report.Data[\"fields\"] = string.Join(\",\", context.Request.Form.Keys);",
        "_sender.SendAsync(report)",
        types: """
            public class RequestSummary
            {
                public RequestSummary(HttpRequest request)
                {
                    Path = request.Path;
                    Method = request.Method;
                }

                public string Path { get; }
                public string Method { get; }
            }

            """);

    [Fact]
    public Task Report_with_the_path_and_method_only_is_not_reported() => RunMiddleware(
        "report.Data[\"path\"] = context.Request.Path.ToString(); report.Data[\"method\"] = context.Request.Method;",
        "_sender.SendAsync(report)");
}
