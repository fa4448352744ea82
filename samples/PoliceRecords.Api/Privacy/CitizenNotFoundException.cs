namespace PoliceRecords.Api.Privacy;

/// <summary>Thrown when a look-up finds nobody. Its message ends up in logs and problem responses.</summary>
public sealed class CitizenNotFoundException : Exception
{
    public CitizenNotFoundException(string nationalId)
        : base($"No citizen with national ID {nationalId}.") // expect: DG1006
    {
    }
}

/// <summary>Fixed: the exception names the subject by its fingerprint, never by the ID.</summary>
public sealed class SubjectNotFoundException : Exception
{
    public SubjectNotFoundException(string subjectFingerprint)
        : base($"No citizen matches subject {subjectFingerprint}.")
    {
    }
}
