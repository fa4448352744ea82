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
        app.MapPost("/v1/vehicles/{plateNumber}/hits/{caseNumber}", NotifyHitLegacy);
        app.MapPost("/v2/vehicles/{plateNumber}/hits/{caseNumber}", NotifyHit);
        app.MapGet("/v1/vehicles/{plateNumber}/owner-history", OwnerHistory((cameras, vehicle) => cameras.OwnerHistoryRequestLegacy(vehicle)));
        app.MapGet("/v2/vehicles/{plateNumber}/owner-history", OwnerHistory((cameras, vehicle) => cameras.OwnerHistoryRequest(vehicle)));
        return app;
    }

    /// <summary>The owner's earlier vehicles, from the camera service; <paramref name="request"/> builds its request.</summary>
    private static Delegate OwnerHistory(Func<PlateRecognitionClient, Vehicle, HttpRequestMessage> request)
        => async (string plateNumber, VehicleRegistry registry, PlateRecognitionClient cameras, CancellationToken cancellationToken)
            => registry.Find(plateNumber) is { } vehicle
                ? Results.Text(await cameras.SendAsync(request(cameras, vehicle), cancellationToken), "application/json")
                : Results.NotFound();

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

    /// <summary>As first written: the hit message names the owner, so the owner's look-up is audited first.</summary>
    private static async Task<IResult> NotifyHitLegacy(string plateNumber, [AsParameters] LookupContext context, VehicleRegistry vehicles, CitizenRegistry citizens, QueryLog queryLog, LineNotifier line, CancellationToken cancellationToken)
    {
        var vehicle = vehicles.Find(plateNumber);
        var owner = vehicle is null ? null : citizens.Find(vehicle.OwnerNationalId);
        if (vehicle is null || owner is null)
        {
            return Results.NotFound();
        }

        queryLog.CitizenLookedUp(context.OfficerId, context.Reason, owner);
        await line.NotifyHitLegacyAsync(vehicle, owner, cancellationToken);
        return Results.Accepted();
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
