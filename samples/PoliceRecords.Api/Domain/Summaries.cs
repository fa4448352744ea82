using System.Text;

namespace PoliceRecords.Api.Domain;

/// <summary>What a look-up returns to the officer's screen.</summary>
public sealed record CitizenSummary(string NationalId, string FullName, string Precinct); // expect: DG1007

/// <summary>Fixed: the same summary, but its ToString (used by logs and debuggers) prints only the precinct.</summary>
public sealed record SafeCitizenSummary(string NationalId, string FullName, string Precinct)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Precinct = ").Append(Precinct);
        return true;
    }
}

/// <summary>A sighting of a plate by a recognition camera.</summary>
public sealed class PlateSighting // expect: DG1007
{
    public required string PlateNumber { get; init; }

    public required string CameraId { get; init; }

    public required DateTimeOffset SeenAt { get; init; }

    public override string ToString() => $"{PlateNumber} at {CameraId} ({SeenAt:u})";
}

/// <summary>Fixed: a camera event that prints only what is not personal.</summary>
public sealed class CameraEvent
{
    public required string PlateNumber { get; init; }

    public required string CameraId { get; init; }

    public required DateTimeOffset SeenAt { get; init; }

    public override string ToString() => $"camera {CameraId} ({SeenAt:u})";
}

/// <summary>Fixed: a record with no personal members keeps its synthesized ToString.</summary>
public sealed record CaseReference(string CaseNumber, string Precinct, DateOnly OpenedOn);
