using PoliceRecords.Api.Domain;
using PoliceRecords.Api.Notifications;
using PoliceRecords.Api.PlateRecognition;
using PoliceRecords.Api.QueryLogging;
using PoliceRecords.Api.Records;

namespace PoliceRecords.Api.Endpoints;

/// <summary>Vehicle look-ups, camera sightings and hit notifications.</summary>
public static class VehicleEndpoints
{
    public static IEndpointRouteBuilder MapVehicleEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/vehicles/{plateNumber}/sightings", SightingsLegacy);
        app.MapGet("/v2/vehicles/{plateNumber}/sightings", Sightings);
        app.MapPost("/v2/vehicles/{plateNumber}/hits/{caseNumber}", NotifyHit);
        return app;
    }

    private static async Task<IResult> SightingsLegacy(string plateNumber, [AsParameters] LookupContext context, VehicleRegistry registry, QueryLog queryLog, PlateRecognitionClient cameras, CancellationToken cancellationToken)
    {
        var vehicle = registry.Find(plateNumber) ?? throw new InvalidOperationException("Unknown vehicle " + plateNumber); // expect: DG1006
        queryLog.PlateLookedUpLegacy(context.OfficerId, context.Reason, vehicle);
        return Results.Text(await cameras.SightingsLegacyAsync(vehicle.PlateNumber, cancellationToken), "application/json");
    }

    private static async Task<IResult> Sightings(string plateNumber, [AsParameters] LookupContext context, VehicleRegistry registry, QueryLog queryLog, PlateRecognitionClient cameras, CancellationToken cancellationToken)
    {
        var vehicle = registry.Find(plateNumber);
        if (vehicle is null)
        {
            return Results.NotFound();
        }

        queryLog.PlateLookedUp(context.OfficerId, context.Reason, vehicle);
        return Results.Text(await cameras.SightingsAsync(vehicle.PlateNumber, cancellationToken), "application/json");
    }

    private static async Task<IResult> NotifyHit(string plateNumber, string caseNumber, VehicleRegistry registry, LineNotifier line, CancellationToken cancellationToken)
    {
        var vehicle = registry.Find(plateNumber);
        if (vehicle is null)
        {
            return Results.NotFound();
        }

        await line.NotifyHitAsync(new CaseReference(caseNumber, "刑事警察大隊", DateOnly.FromDateTime(DateTime.Today)), cancellationToken);
        return Results.Accepted();
    }
}
