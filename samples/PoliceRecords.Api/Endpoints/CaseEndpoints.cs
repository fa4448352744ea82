using PoliceRecords.Api.CaseSummaries;
using PoliceRecords.Api.Domain;
using PoliceRecords.Api.Records;

namespace PoliceRecords.Api.Endpoints;

/// <summary>AI-drafted case summaries for the officer's report.</summary>
public static class CaseEndpoints
{
    public static IEndpointRouteBuilder MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/cases/{caseNumber}/summary", SummariseLegacy);
        app.MapPost("/v1/cases/{caseNumber}/suspect-address", EmbedSuspectAddressLegacy);
        app.MapPost("/v2/cases/{caseNumber}/summary", Summarise);
        return app;
    }

    private static async Task<IResult> SummariseLegacy(string caseNumber, SummaryRequest request, CitizenRegistry registry, CaseSummaryService summaries, CancellationToken cancellationToken)
    {
        var suspect = registry.Find(request.SuspectNationalId); // expect: DG1008
        var reference = new CaseReference(caseNumber, suspect?.Precinct ?? "", DateOnly.FromDateTime(DateTime.Today));
        return suspect is null
            ? Results.NotFound()
            : Results.Ok(new { summary = await summaries.SummariseLegacyAsync(reference, suspect, request.CaseFacts, cancellationToken) });
    }

    /// <summary>Address vectors let an officer find cases near a suspect's home.</summary>
    private static async Task<IResult> EmbedSuspectAddressLegacy(string caseNumber, SummaryRequest request, CitizenRegistry registry, CaseSummaryService summaries, CancellationToken cancellationToken)
    {
        var suspect = registry.Find(request.SuspectNationalId); // expect: DG1008
        return suspect is null ? Results.NotFound() : Results.Ok(new { caseNumber, vector = (await summaries.EmbedAddressLegacyAsync(suspect, cancellationToken)).ToArray() });
    }

    private static async Task<IResult> Summarise(string caseNumber, SummaryRequest request, CitizenRegistry registry, CaseSummaryService summaries, CancellationToken cancellationToken)
    {
        var suspect = registry.Find(request.SuspectNationalId); // expect: DG1008
        if (suspect is null)
        {
            return Results.NotFound();
        }

        var reference = new CaseReference(caseNumber, suspect.Precinct, DateOnly.FromDateTime(DateTime.Today));
        return Results.Ok(new { summary = await summaries.SummariseAsync(reference, suspect, request.CaseFacts, cancellationToken) });
    }
}

/// <summary>The body of a summary request.</summary>
public sealed record SummaryRequest(string SuspectNationalId, string CaseFacts)
{
    // The national ID identifies whom the case is about but must not show up wherever the request is logged.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("CaseFacts length = ").Append(CaseFacts.Length);
        return true;
    }
}
