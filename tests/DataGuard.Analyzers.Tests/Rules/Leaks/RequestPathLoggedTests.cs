using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A middleware that logs the path of every request logs whatever the routes put into it: personal when some route of the
/// program carries a personal parameter (<c>verify/{nationalId}</c>), not when the routes carry only ids.
/// </summary>
public class RequestPathLoggedTests
{
    private const string Usings = """
        using System;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Http.Extensions;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Logging;

        """;

    /// <summary>A convention middleware the host runs on every request; <paramref name="log"/> is its logging statement.</summary>
    private static string Middleware(string log) => """
        public sealed class RequestTiming
        {
            readonly RequestDelegate _next;
            readonly ILogger<RequestTiming> _logger;
            public RequestTiming(RequestDelegate next, ILogger<RequestTiming> logger) { _next = next; _logger = logger; }
            public async Task Invoke(HttpContext context)
            {
                var started = DateTime.UtcNow;
                await _next(context);
        """ + log + """

            }
        }

        public static class Program
        {
            public static void Main() { WebApplication app = null!; app.UseMiddleware<RequestTiming>(); }
        }

        """;

    private const string ControllerWithPersonalRoute = """
        [ApiController]
        [Route("api/registry")]
        public sealed class RegistryController : ControllerBase
        {
            [HttpGet("verify/{nationalId}")]
            public IActionResult Verify(string nationalId) => Ok();
        }
        """;

    private const string ControllerWithIdRoutes = """
        [ApiController]
        [Route("api/cases/{caseId:int}")]
        public sealed class CasesController : ControllerBase
        {
            [HttpGet("notes/{id?}")]
            public IActionResult Notes(int caseId, int? id) => Ok();

            [HttpGet("{*slug}")]
            public IActionResult Page(string slug) => Ok();
        }
        """;

    private static Task Run(string source) => LibraryLeakTest.RunAsApplication(Usings + source);

    [Fact]
    public Task Path_logged_by_a_middleware_when_an_action_route_carries_a_national_id_is_reported() => Run(Middleware("""
                {|DG1001:_logger.LogInformation("{Method} {Path} answered {Status}", context.Request.Method, context.Request.Path, context.Response.StatusCode)|};
        """) + ControllerWithPersonalRoute);

    [Fact]
    public Task Display_url_logged_when_a_minimal_api_route_carries_an_email_is_reported() => Run(Middleware("""
                {|DG1001:_logger.LogInformation("Served " + context.Request.GetDisplayUrl())|};
        """) + """
        public static class Endpoints
        {
            public static void Map(WebApplication app) => app.MapGet("/subscribers/{email}/status", (string email) => Results.Ok());
        }
        """);

    [Fact]
    public Task Path_value_logged_when_a_route_group_carries_a_phone_number_is_reported() => Run(Middleware("""
                {|DG1001:_logger.LogWarning($"slow request {context.Request.Path.Value}")|};
        """) + """
        public static class Endpoints
        {
            public static void Map(WebApplication app) => app.MapGroup("/contacts/{phone}").MapGet("/calls", () => Results.Ok());
        }
        """);

    [Fact]
    public Task Route_values_dumped_when_a_route_carries_a_cnic_are_reported() => Run(Middleware("""
                foreach (var pair in context.Request.RouteValues)
                {
                    {|DG1001:_logger.LogDebug("{Key}={Value}", pair.Key, pair.Value)|};
                }
        """) + """
        public sealed class VerificationController : Controller
        {
            [HttpPost("verify/{cnic}")]
            public IActionResult Verify(string cnic) => Ok();
        }
        """);

    [Fact]
    public Task Path_logged_when_every_route_carries_only_ids_and_slugs_is_not_reported() => Run(Middleware("""
                _logger.LogInformation("{Method} {Path} {Url}", context.Request.Method, context.Request.Path, context.Request.GetDisplayUrl());
        """) + ControllerWithIdRoutes);

    [Fact]
    public Task A_personal_looking_literal_that_is_no_route_template_is_not_reported() => Run(Middleware("""
                _logger.LogInformation("{Path}", context.Request.Path);
        """) + """
        public static class Texts
        {
            public static string Greeting(string email) => string.Format("Dear {email}", email).Replace("{email}", "member");
        }
        """);

    /// <summary>As <c>Request.Query["email"]</c>: a read by a personal key is that value, whatever the routes say.</summary>
    [Fact]
    public Task Route_value_read_by_a_personal_key_is_reported() => Run(Middleware("""
                {|DG1001:_logger.LogInformation("Verified {Id}", context.Request.RouteValues["nationalId"])|};
        """) + ControllerWithIdRoutes);

    [Fact]
    public Task Route_value_read_by_a_key_that_names_nothing_personal_is_not_reported() => Run(Middleware("""
                _logger.LogInformation("{Controller}/{Action}", context.Request.RouteValues["controller"], context.Request.RouteValues["action"]);
        """) + ControllerWithPersonalRoute);
}
