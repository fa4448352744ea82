using DataGuard;

namespace PoliceRecords.Api.Domain;

/// <summary>A person in the household registry, as the records system returns them.</summary>
public sealed class Citizen
{
    public required string NationalId { get; init; }

    // "Name" alone is too common to be treated as personal by its name, so the attribute says it.
    [PersonalField(PersonalDataKind.Name)]
    public required string Name { get; init; }

    public required string Phone { get; init; }

    public required string HomeAddress { get; init; }

    public required DateOnly BirthDate { get; init; }

    /// <summary>The precinct responsible for the household: not personal.</summary>
    public required string Precinct { get; init; }
}
