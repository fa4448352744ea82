using System.Text.Encodings.Web;
using System.Text.Json;
using DataGuard.Screening;

namespace DataGuard.GuardService.Errors;

/// <summary>
/// Every error the guard returns, in one shape modelled on OpenAI's (so existing clients surface the message):
/// <c>{"error": {"code", "type", "param", "message", "findings"?}}</c>. Built only here.
/// The message is staff-facing: Traditional Chinese by default, English when the request's <c>Accept-Language</c> prefers it;
/// the language is chosen once, in <see cref="WriteAsync"/>.
/// </summary>
public sealed record GuardError(int Status, string Code, string Type, GuardMessage Message, string? Param = null, IReadOnlyList<FindingCount>? Findings = null)
{
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The request held personal data the policy blocks (the contract of issue 3); the message is already in the request's language.</summary>
    public static GuardError Blocked(ScreeningDecision decision, string message) =>
        new(StatusCodes.Status400BadRequest, "dataguard_blocked", "invalid_request_error", GuardMessage.Literal(message), decision.BlockedPath, decision.BlockingCounts);

    /// <summary>The body is not JSON the guard can read; <paramref name="detail"/> is the reader's English explanation.</summary>
    public static GuardError InvalidJson(string detail) => new(400, "invalid_json", "invalid_request_error", new("Error_InvalidJson", detail));

    /// <summary>A parameter of the guard's own API is wrong; <paramref name="detail"/> says which, in English.</summary>
    public static GuardError InvalidRequest(string detail) => new(400, "invalid_request", "invalid_request_error", new("Error_InvalidRequest", detail));

    /// <summary>The body is not declared as JSON.</summary>
    public static GuardError WrongContentType() => new(400, "unsupported_content_type", "invalid_request_error", new("Error_WrongContentType"));

    /// <summary>The body, or what it decompresses to, is larger than allowed.</summary>
    public static GuardError TooLarge(int limit) => new(413, "request_too_large", "invalid_request_error", new("Error_TooLarge", limit));

    /// <summary>A Content-Encoding the guard does not decompress.</summary>
    public static GuardError UnsupportedEncoding() => new(415, "unsupported_content_encoding", "invalid_request_error", new("Error_UnsupportedEncoding"));

    /// <summary>No key, or a key the guard does not know.</summary>
    public static GuardError Unauthorized() => new(401, "invalid_api_key", "authentication_error", new("Error_Unauthorized"));

    /// <summary>The key is valid but lacks a role.</summary>
    public static GuardError Forbidden() => new(403, "forbidden", "permission_error", new("Error_Forbidden"));

    /// <summary>The user sent too many requests.</summary>
    public static GuardError RateLimited() => new(429, "rate_limit_exceeded", "rate_limit_error", new("Error_RateLimited"));

    /// <summary>The route is not one the guard screens.</summary>
    public static GuardError UnknownRoute() => new(404, "route_not_screened", "invalid_request_error", new("Error_UnknownRoute"));

    /// <summary>The method is not allowed on a route.</summary>
    public static GuardError MethodNotAllowed() => new(405, "method_not_allowed", "invalid_request_error", new("Error_MethodNotAllowed"));

    /// <summary>Screening failed or took too long: the guard fails closed.</summary>
    public static GuardError ScreeningUnavailable() => new(503, "screening_unavailable", "service_unavailable", new("Error_ScreeningUnavailable"));

    /// <summary>No upstream is configured for this route family.</summary>
    public static GuardError NoUpstream() => new(503, "no_upstream", "service_unavailable", new("Error_NoUpstream"));

    /// <summary>The upstream could not be reached.</summary>
    public static GuardError UpstreamUnreachable() => new(502, "upstream_unreachable", "service_unavailable", new("Error_UpstreamUnreachable"));

    /// <summary>Any other status without a body.</summary>
    public static GuardError ForStatus(int status) => new(status, "error", "invalid_request_error", new("Error_ForStatus", status));

    /// <summary>Writes the error as the response (status, JSON body).</summary>
    public async Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = Status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body, Writer);
        json.WriteStartObject();
        json.WriteStartObject("error");
        json.WriteString("code", Code);
        json.WriteString("type", Type);
        if (Param is null) json.WriteNull("param");
        else json.WriteString("param", Param);
        json.WriteString("message", Message.Format(BlockedMessage.CultureFor(context.Request.Headers.AcceptLanguage.ToString())));
        if (Findings is not null)
        {
            json.WriteStartArray("findings");
            foreach (var finding in Findings)
            {
                json.WriteStartObject();
                json.WriteString("type", finding.Type);
                json.WriteNumber("count", finding.Count);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}
