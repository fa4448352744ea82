using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A client's request content sent to a vendor's constant public host with no <c>dataguard.allowed_hosts</c> set: a crash
/// reporter's copy of the request (Raygun, Exceptionless, Bugsnag, Rollbar). Fields picked for a partner API are left to the
/// allowlist; the agency's own hosts (local names, private addresses, configuration) and allowed hosts are not reported.
/// </summary>
public class VendorHostTests
{
    private const string Usings = """
        using System;
        using System.Collections;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Configuration;

        """;

    private static Task Run(string body, string? editorConfig = null) => LibraryLeakTest.Run(Usings + body + LibraryLeakTest.Buyer, editorConfig);

    /// <summary>A crash report holding a copy of the failing request, as another assembly of the reporter fills it.</summary>
    private const string CrashReport = """
        public class CrashRequestMessage
        {
            public string Url { get; set; } = "";
            public IDictionary Headers { get; set; } = null!;
            public IDictionary Form { get; set; } = null!;
            public string RawData { get; set; } = "";
        }

        public class CrashDetails
        {
            public string MachineName { get; set; } = "";
            public CrashRequestMessage Request { get; set; } = null!;
        }

        public class CrashMessage
        {
            public CrashDetails Details { get; set; } = null!;
        }

        """;

    [Fact]
    public Task Copy_of_the_request_in_a_crash_report_posted_to_the_vendor_is_reported() => Run(CrashReport + """
        public class CrashClient
        {
            private readonly HttpClient _client = new();

            public async Task SendAsync(CrashMessage message)
            {
                var body = new StringContent(JsonSerializer.Serialize(message));
                await {|DG1005:_client.PostAsync("https://api.crashes.example.com/entries", body)|};
            }
        }
        """);

    [Fact]
    public Task Request_copy_posted_to_a_host_chosen_between_two_constants_is_reported() => Run("""
        public class Request : Dictionary<string, object>
        {
            public string ClientIp { get => (string)this["clientIp"]; set => this["clientIp"] = value; }
            public IDictionary<string, string> Headers { get => (IDictionary<string, string>)this["headers"]; set => this["headers"] = value; }
        }

        public class Report
        {
            public Request Request { get; set; } = new();
        }

        public class Delivery
        {
            private readonly HttpClient _client = new();
            private readonly bool _hub;

            public async Task DeliverAsync(Report report)
            {
                var endpoint = new Uri(_hub ? "https://notify.hub.example.com" : "https://notify.reporter.example.com");
                await {|DG1005:_client.PostAsync(endpoint, new StringContent(JsonSerializer.Serialize(report)))|};
            }
        }
        """);

    [Fact]
    public Task Request_form_copied_into_a_report_and_posted_to_the_vendor_is_reported() => Run("""
        public class Report
        {
            public string Message { get; set; } = "";
            public Dictionary<string, string> Form { get; set; } = new();
        }

        class ErrorMiddleware
        {
            private readonly HttpClient _http = new();

            async Task ReportAsync(Microsoft.AspNetCore.Http.HttpContext context, Exception error)
            {
                var report = new Report { Message = error.Message };
                foreach (var field in context.Request.Form)
                {
                    report.Form[field.Key] = field.Value.ToString();
                }

                await {|DG1005:_http.PostAsync("https://collector.errors.example.com/api/v2/events", new StringContent(JsonSerializer.Serialize(report)))|};
            }
        }
        """);

    [Fact]
    public Task Fields_picked_for_a_partner_api_are_left_to_the_allowlist() => Run("""
        class Checkout
        {
            private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.payments-provider.com/") };

            async Task PayAsync(Buyer buyer)
            {
                var payer = new Dictionary<string, string> { ["name"] = buyer.FullName, ["email"] = buyer.Email };
                await _http.PostAsync("v1/payments", new FormUrlEncodedContent(payer));
            }
        }
        """);

    [Fact]
    public Task Fields_picked_for_a_partner_api_outside_the_allowlist_are_reported() => Run("""
        class Checkout
        {
            private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.payments-provider.com/") };

            async Task PayAsync(Buyer buyer)
            {
                var payer = new Dictionary<string, string> { ["name"] = buyer.FullName, ["email"] = buyer.Email };
                await {|DG1005:_http.PostAsync("v1/payments", new FormUrlEncodedContent(payer))|};
            }
        }
        """, "dataguard.allowed_hosts = *.police.internal");

    [Fact]
    public Task Request_copy_sent_to_the_agencys_own_or_configured_hosts_is_not_reported() => Run(CrashReport + """
        class Records
        {
            private readonly HttpClient _http = new();
            private readonly IConfiguration _config = null!;

            async Task SendAsync(CrashMessage message)
            {
                var body = new StringContent(JsonSerializer.Serialize(message));
                await _http.PostAsync("https://records.police.internal/api/people", body);
                await _http.PostAsync("https://gateway/api/people", body);
                await _http.PostAsync("https://10.1.2.3/api/people", body);
                await _http.PostAsync("https://localhost:5001/api/people", body);
                await _http.PostAsync(_config["Records:Url"], body);
            }
        }
        """);

    [Fact]
    public Task Request_copy_sent_to_an_allowed_vendor_host_is_not_reported() => Run(CrashReport + """
        class Records
        {
            private readonly HttpClient _http = new();

            async Task SendAsync(CrashMessage message)
                => await _http.PostAsync("https://api.approved-vendor.com/entries", new StringContent(JsonSerializer.Serialize(message)));
        }
        """, "dataguard.allowed_hosts = *.police.internal, api.approved-vendor.com");

    [Fact]
    public Task Outgoing_request_model_with_headers_and_a_body_is_not_a_copy_of_a_request() => Run("""
        public class ApiRequest
        {
            public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();
            public string Body { get; set; } = "";
            public string Method { get; set; } = "";
        }

        public class ApiClient
        {
            private readonly HttpClient _client = new();

            public async Task SendAsync(ApiRequest request)
                => await _client.PostAsync("https://api.partner.example.com/v2/calls", new StringContent(JsonSerializer.Serialize(request)));
        }
        """);
}
