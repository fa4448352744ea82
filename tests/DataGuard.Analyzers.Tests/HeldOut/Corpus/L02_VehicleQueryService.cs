using System;
using Microsoft.Extensions.Logging;

namespace Police.Traffic.Services;

public sealed record VehicleQuery(string PlateNumber, string RequestedBy, DateTimeOffset At); // expect: DG1007

public sealed class VehicleQueryService
{
    private readonly ILogger<VehicleQueryService> logger;

    public VehicleQueryService(ILogger<VehicleQueryService> logger) => this.logger = logger;

    public void Record(VehicleQuery query)
    {
        var plate = query.PlateNumber.Trim().ToUpperInvariant();
        var message = $"Plate query {plate} by officer {query.RequestedBy}";
        logger.LogInformation(message); // expect: DG1001

        var summary = "Plate query by officer " + query.RequestedBy;
        logger.LogInformation(summary);

        logger.LogInformation("Plate query at {At}, plate present: {HasPlate}", query.At, !string.IsNullOrEmpty(query.PlateNumber));
    }

    public void RecordFailure(Exception ex, string licensePlate)
    {
        logger.LogError(ex, "Plate lookup failed for {Plate}", licensePlate); // expect: DG1001
        logger.LogError(ex, "Plate lookup failed, plate had {Count} characters", licensePlate.Length);
    }
}
