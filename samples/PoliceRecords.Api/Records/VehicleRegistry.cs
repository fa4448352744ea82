using PoliceRecords.Api.Domain;

namespace PoliceRecords.Api.Records;

/// <summary>The vehicle registry (in memory here; synthetic plates).</summary>
public sealed class VehicleRegistry
{
    private readonly Dictionary<string, Vehicle> _vehicles = new[]
    {
        new Vehicle { PlateNumber = "ABC-1234", Make = "Toyota", Colour = "白", OwnerNationalId = "A123456789" },
        new Vehicle { PlateNumber = "RAA-5678", Make = "Honda", Colour = "黑", OwnerNationalId = "E102345678" }, // expect: DG1009
    }.ToDictionary(vehicle => vehicle.PlateNumber, StringComparer.OrdinalIgnoreCase);

    public Vehicle? Find(string plateNumber) => _vehicles.GetValueOrDefault(plateNumber.Trim());
}
