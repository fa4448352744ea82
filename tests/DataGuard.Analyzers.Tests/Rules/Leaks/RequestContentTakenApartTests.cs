using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Round 30's §3 misses: the request dumped in pieces — each header of an enumeration of the request's headers, each field of
/// its form or query, and an untyped JSON body turned back into text — is the whole request in the log.
/// </summary>
public class RequestContentTakenApartTests
{
    private static Task Run(string body) => LibraryLeakTest.Run("""
        using System;
        using System.Linq;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Logging;

        public sealed class Probe
        {
            private readonly ILogger<Probe> _logger = null!;

        BODY
        }
        """.Replace("BODY", body));

    [Fact]
    public Task Each_header_of_the_request_is_reported() => Run("""
            public void Log(HttpContext context)
            {
                foreach (var header in context.Request.Headers.Where(h => !h.Key.StartsWith("Authorization")))
                {
                    {|DG1001:_logger.LogDebug("Header: {Key}: {Value}", header.Key, header.Value)|};
                }
            }
        """);

    [Fact]
    public Task Each_form_field_is_reported() => Run("""
            public void Log(HttpRequest request)
            {
                foreach (var field in request.Form)
                {
                    {|DG1001:_logger.LogInformation("{Key}={Value}", field.Key, field.Value)|};
                }
            }
        """);

    [Fact]
    public Task The_header_names_alone_are_not_reported() => Run("""
            public void Log(HttpContext context)
            {
                foreach (var header in context.Request.Headers)
                {
                    _logger.LogDebug("Header present: {Key}", header.Key);
                }
            }
        """);

    [Fact]
    public Task An_untyped_json_body_printed_is_reported() => Run("""
            public IActionResult OnPostSubscribe([FromBody] JsonElement requestBody)
            {
                {|DG1001:_logger.LogInformation("Request body: {Body}", requestBody.ToString())|};
                return null!;
            }
        """);

    [Fact]
    public Task A_body_parsed_from_the_request_is_reported() => Run("""
            public async Task Log(HttpRequest request)
            {
                using var document = await JsonDocument.ParseAsync(request.Body);
                {|DG1001:_logger.LogInformation("Body: {Body}", document.RootElement.GetRawText())|};
            }
        """);

    [Fact]
    public Task A_typed_field_read_from_the_body_is_not_reported() => Run("""
            public IActionResult OnPostSubscribe([FromBody] JsonElement requestBody)
            {
                var tier = requestBody.GetProperty("tier").GetString();
                _logger.LogInformation("Tier {Tier}", tier);
                return null!;
            }
        """);
}
