using PoliceRecords.Api.Records;

namespace PoliceRecords.Api.Endpoints;

/// <summary>Rows of the household-registry export, posted one at a time by the nightly import job.</summary>
public static class HouseholdEndpoints
{
    public static IEndpointRouteBuilder MapHouseholdEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/households", (戶籍資料 row, HouseholdImport import) =>
        {
            import.ImportLegacy(row);
            return Results.Accepted();
        });
        app.MapPost("/v2/households", (HouseholdImportRequest request, HouseholdImport import) =>
        {
            import.Import(request.Row, request.Employer, request.PhoneModel);
            return Results.Accepted();
        });
        return app;
    }
}

/// <summary>A household row with the employer and the device the job reports from.</summary>
public sealed class HouseholdImportRequest
{
    public required 戶籍資料 Row { get; init; }

    public required 公司登記 Employer { get; init; }

    public required string PhoneModel { get; init; }
}
