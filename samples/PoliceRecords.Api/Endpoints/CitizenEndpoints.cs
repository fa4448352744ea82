using DataGuard;
using Microsoft.AspNetCore.Mvc;
using PoliceRecords.Api.Domain;
using PoliceRecords.Api.Privacy;
using PoliceRecords.Api.QueryLogging;
using PoliceRecords.Api.Records;

namespace PoliceRecords.Api.Endpoints;

/// <summary>Citizen look-ups: <c>/v1</c> is the original code, <c>/v2</c> the reviewed one.</summary>
public static class CitizenEndpoints
{
    public static IEndpointRouteBuilder MapCitizenEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/citizens/{nationalId}", LookUpLegacy);
        app.MapGet("/v2/citizens/{nationalId}", LookUp);
        app.MapGet("/v2/citizens/{nationalId}/age-check", CheckAge);
        return app;
    }

    private static CitizenSummary LookUpLegacy(string nationalId, [AsParameters] LookupContext context, CitizenRegistry registry, QueryLog queryLog)
    {
        // The leak is reported once, where CitizenNotFoundException builds its message (its `: base(…)`).
        var citizen = registry.Find(nationalId) ?? throw new CitizenNotFoundException(nationalId); // expect: DG1008
        // The five leaks inside the helper are reported there; the call that hands it the citizen is not reported again.
        queryLog.CitizenLookedUpLegacy(context.OfficerId, context.Reason, citizen);
        return new CitizenSummary(citizen.NationalId, citizen.Name, citizen.Precinct);
    }

    private static SafeCitizenSummary LookUp(string nationalId, [AsParameters] LookupContext context, CitizenRegistry registry, QueryLog queryLog, SubjectFingerprint fingerprint)
    {
        var citizen = registry.Find(nationalId) ?? throw new SubjectNotFoundException(fingerprint.Of(nationalId));
        queryLog.CitizenLookedUp(context.OfficerId, context.Reason, citizen);
        return new SafeCitizenSummary(citizen.NationalId, citizen.Name, citizen.Precinct);
    }

    private static IResult CheckAge(string nationalId, DateOnly birthDate, CitizenRegistry registry)
    {
        if (birthDate > DateOnly.FromDateTime(DateTime.Today))
        {
            throw new ArgumentOutOfRangeException(nameof(birthDate), birthDate, "A birth date cannot be in the future."); // expect: DG1006
        }

        var citizen = registry.Find(nationalId); // expect: DG1008
        if (citizen is null)
        {
            throw new KeyNotFoundException($"No citizen with national ID {nationalId}"); // expect: DG1006
        }

        if (citizen.BirthDate != birthDate)
        {
            // Fixed: the message names the parameter and masks the value.
            throw new ArgumentException($"Birth date does not match the record of {Masking.MaskNationalId(nationalId)}.", nameof(birthDate));
        }

        return Results.Ok(new { match = true });
    }
}

/// <summary>Who asks and why: every look-up must state both (the query log's accountability).</summary>
public readonly record struct LookupContext([FromHeader(Name = "X-Officer-Id")] string OfficerId, [FromQuery] string Reason);
