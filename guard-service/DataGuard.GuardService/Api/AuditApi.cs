using System.Globalization;
using DataGuard.Audit;
using DataGuard.Audit.Checkpoints;
using DataGuard.Audit.Storage;
using DataGuard.Audit.Verification;
using DataGuard.GuardService.Audit;
using DataGuard.GuardService.Configuration;
using DataGuard.GuardService.Errors;
using Microsoft.Extensions.Options;

namespace DataGuard.GuardService.Api;

/// <summary><c>GET /v1/audit</c>, <c>GET /v1/audit/verify</c> and <c>GET /v1/audit/checkpoints</c> (auditor role).</summary>
public static class AuditApi
{
    /// <summary>A page of records.</summary>
    public sealed record AuditPage(IReadOnlyList<AuditRecord> Records, int Page, int PageSize, long Total);

    /// <summary>The signed checkpoints and the public key that verifies them.</summary>
    public sealed record CheckpointList(string PublicKey, string KeyId, IReadOnlyList<Checkpoint> Checkpoints);

    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder endpoints, Func<RouteHandlerBuilder, RouteHandlerBuilder> protect)
    {
        protect(endpoints.MapGet("/v1/audit", QueryAsync)
            .WithName("Audit").WithSummary("Audit records, oldest first; filter by user, from/to (ISO 8601, UTC) and verdict.")
            .Produces<AuditPage>());
        protect(endpoints.MapGet("/v1/audit/verify", VerifyAsync)
            .WithName("VerifyAudit").WithSummary("Checks every chain and the signed checkpoints: 200 when intact, 409 when a record was changed, removed, reordered, the tail cut or the chain recomputed.")
            .Produces<AuditVerification>().Produces<AuditVerification>(StatusCodes.Status409Conflict));
        protect(endpoints.MapGet("/v1/audit/checkpoints", Checkpoints)
            .WithName("AuditCheckpoints").WithSummary("The signed checkpoints (each naming the previous) and the public key auditors verify them with.")
            .Produces<CheckpointList>());
    }

    private static async Task<IResult> QueryAsync(
        GuardAudit audit, IOptions<AuditOptions> options, CancellationToken cancellationToken,
        string? user = null, string? from = null, string? to = null, string? verdict = null, int page = 1, int pageSize = 100)
    {
        if (page < 1 || pageSize < 1 || pageSize > options.Value.MaxPageSize)
            throw new GuardErrorException(GuardError.InvalidRequest($"page must be 1 or more and pageSize from 1 to {options.Value.MaxPageSize}."));
        var query = new AuditQuery(Blank(user), Time(from, nameof(from)), Time(to, nameof(to)), Blank(verdict), page, pageSize);
        var (records, total) = await audit.Store.QueryAsync(query, cancellationToken);
        return Results.Ok(new AuditPage(records, page, pageSize, total));
    }

    private static async Task<IResult> VerifyAsync(GuardAudit audit, CancellationToken cancellationToken)
    {
        var result = await audit.VerifyAsync(cancellationToken);
        return result.Intact ? Results.Ok(result) : Results.Json(result, statusCode: StatusCodes.Status409Conflict);
    }

    private static IResult Checkpoints(GuardAudit audit)
    {
        using var key = CheckpointKeys.FromPem(audit.PublicKeyPem);
        var checkpoints = audit.Checkpoints.ReadAll().Select(e => e.Checkpoint).OfType<Checkpoint>().ToList();
        return Results.Ok(new CheckpointList(audit.PublicKeyPem, CheckpointKeys.KeyId(key), checkpoints));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>An optional ISO 8601 query value; a bad one is a 400.</summary>
    internal static DateTimeOffset? Time(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)) return time;
        throw new GuardErrorException(GuardError.InvalidRequest($"'{name}' must be an ISO 8601 time, e.g. 2026-01-31T08:00:00Z."));
    }
}
