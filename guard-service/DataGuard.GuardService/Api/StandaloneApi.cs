using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DataGuard.Detection;
using DataGuard.Detection.Redaction;
using DataGuard.GuardService.Audit;
using DataGuard.GuardService.Errors;
using DataGuard.GuardService.Screening;
using DataGuard.Screening;

namespace DataGuard.GuardService.Api;

/// <summary><c>POST /v1/scan</c> and <c>POST /v1/redact</c>: the detection engine over HTTP (offsets in UTF-16 code units, as the CLI).</summary>
public static class StandaloneApi
{
    /// <summary>Request of <c>/v1/scan</c>.</summary>
    public sealed record ScanRequest(string? Text);

    /// <summary>Request of <c>/v1/redact</c>; operator <c>placeholder</c> (default), <c>mask</c> or <c>hash</c>.</summary>
    public sealed record RedactRequest(string? Text, string? Operator);

    /// <summary>One finding: type, start and length in UTF-16 code units, score.</summary>
    public sealed record FindingDto(string Type, int Start, int Length, double Score);

    /// <summary>Response of <c>/v1/scan</c>.</summary>
    public sealed record ScanResponse(string Verdict, IReadOnlyList<FindingDto> Findings);

    /// <summary>Response of <c>/v1/redact</c>.</summary>
    public sealed record RedactResponse(string Text, IReadOnlyList<FindingDto> Findings);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Maps the two endpoints.</summary>
    public static void Map(IEndpointRouteBuilder endpoints, Func<RouteHandlerBuilder, RouteHandlerBuilder> protect)
    {
        protect(endpoints.MapPost("/v1/scan", ScanAsync)
            .WithName("Scan").WithSummary("Finds personal data in a text and gives the verdict the policy would reach.")
            .Produces<ScanResponse>()
            .WithMetadata(new AuditedEndpoint("/v1/scan")));
        protect(endpoints.MapPost("/v1/redact", RedactAsync)
            .WithName("Redact").WithSummary("Replaces personal data in a text by placeholders, masks or keyed hashes.")
            .Produces<RedactResponse>()
            .WithMetadata(new AuditedEndpoint("/v1/redact")));
    }

    private static async Task<IResult> ScanAsync(HttpContext context, RequestBodyReader reader, ScreeningService screening)
    {
        var request = await ReadAsync<ScanRequest>(context, reader);
        var decision = await ScreenAsync(context, screening, request.Text);
        return Results.Json(new ScanResponse(DataGuardMetrics.VerdictTag(decision.Verdict), Dtos(decision.Findings.Select(f => f.Finding))), Json);
    }

    private static async Task<IResult> RedactAsync(HttpContext context, RequestBodyReader reader, ScreeningService screening, FingerprintKey key)
    {
        var request = await ReadAsync<RedactRequest>(context, reader);
        var op = (request.Operator ?? "placeholder").ToLowerInvariant() switch
        {
            "placeholder" => RedactionOperator.Placeholder,
            "mask" => RedactionOperator.Mask,
            "hash" => RedactionOperator.Hash,
            _ => throw new GuardErrorException(GuardError.InvalidRequest("\"operator\" must be placeholder, mask or hash.")),
        };
        var decision = await ScreenAsync(context, screening, request.Text);
        // Every finding above its threshold is redacted, whatever the policy's action: the caller asked for redaction.
        var findings = decision.Findings.Select(f => f.Finding).ToList();
        var options = new RedactionOptions { Operator = op, HashKey = HashKey(key) };
        var result = Redactor.Redact(request.Text!, findings, options);
        return Results.Json(new RedactResponse(result.Text, Dtos(findings)), Json);
    }

    private static async Task<ScreeningDecision> ScreenAsync(HttpContext context, ScreeningService screening, string? text)
    {
        if (text is null) throw new GuardErrorException(GuardError.InvalidJson("The body must be a JSON object with a \"text\" string."));
        var decision = await screening.ScreenTextAsync(text, context.RequestAborted);
        if (context.Features.Get<RequestAudit>() is { } audit) audit.Decision = decision;
        return decision;
    }

    private static async Task<T> ReadAsync<T>(HttpContext context, RequestBodyReader reader)
    {
        var body = await reader.ReadAsync(context.Request);
        try
        {
            return JsonSerializer.Deserialize<T>(body, Json) ?? throw new JsonException();
        }
        catch (JsonException)
        {
            throw new GuardErrorException(GuardError.InvalidJson("The body must be a JSON object with a \"text\" string."));
        }
    }

    private static List<FindingDto> Dtos(IEnumerable<Finding> findings) =>
        findings.Select(f => new FindingDto(f.Type, f.Start, f.Length, Math.Round(f.Score, 3))).ToList();

    // A key derived from the audit secret, so /v1/redact hashes cannot be matched against audit fingerprints.
    private static byte[] HashKey(FingerprintKey key) => HMACSHA256.HashData(key.Key, Encoding.UTF8.GetBytes("dataguard/redact"));
}
