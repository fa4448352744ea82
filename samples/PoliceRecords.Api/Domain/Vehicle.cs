using System.Diagnostics;

namespace PoliceRecords.Api.Domain;

/// <summary>A registered vehicle.</summary>
[DebuggerDisplay("{PlateNumber} owned by {OwnerNationalId}")]
public sealed class Vehicle // expect: DG1007
{
    public required string PlateNumber { get; init; }

    public required string Make { get; init; }

    public required string Colour { get; init; }

    public required string OwnerNationalId { get; init; }
}
