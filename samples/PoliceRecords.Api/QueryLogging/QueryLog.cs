using DataGuard;
using PoliceRecords.Api.Domain;
using PoliceRecords.Api.Privacy;

namespace PoliceRecords.Api.QueryLogging;

/// <summary>
/// The 165-style query log: who looked up whom, when and why. Officers' look-ups of citizens must be
/// accountable, but the log itself must not become a second copy of the registry.
/// </summary>
public sealed class QueryLog(ILogger<QueryLog> logger, SubjectFingerprint fingerprint, AuditTrail audit)
{
    // ---- As first written: each line copies personal data into the log. ----

    public void CitizenLookedUpLegacy(string officerId, string reason, Citizen citizen)
    {
        logger.LogInformation("Officer {OfficerId} looked up {NationalId} ({Reason})", officerId, citizen.NationalId, reason); // expect: DG1001

        var caller = $"{citizen.Name} / {citizen.Phone}";
        Console.WriteLine("165 query: " + caller); // expect: DG1001

        logger.LogInformation("Loaded {@Citizen}", citizen); // expect: DG1001

        audit.Write($"lookup by {officerId}: {citizen.NationalId}"); // expect: DG1001

        logger.LogWarning("Flagged for review: {Who}", Describe(citizen)); // expect: DG1001
    }

    public void PlateLookedUpLegacy(string officerId, string reason, Vehicle vehicle)
    {
        QueryLogMessages.PlateLookedUp(logger, officerId, vehicle.PlateNumber, reason); // expect: DG1001

        using (logger.BeginScope(new Dictionary<string, object> { ["Owner"] = vehicle.OwnerNationalId })) // expect: DG1001
        {
            logger.LogInformation("Plate look-up by {OfficerId}", officerId);
        }
    }

    // ---- Fixed: the same events, accountable without the personal data. ----

    /// <summary>The audit method: one accountable query-log row per look-up (DG1008 is satisfied by calling it).</summary>
    [AuditsPersonalDataAccess]
    public void CitizenLookedUp(string officerId, string reason, Citizen citizen)
    {
        logger.LogInformation("Officer {OfficerId} looked up {NationalId} ({Reason})", officerId, Masking.MaskNationalId(citizen.NationalId), reason);

        var caller = $"{Masking.MaskName(citizen.Name)} / {Masking.MaskPhone(citizen.Phone)}";
        Console.WriteLine("165 query: " + caller);

        logger.LogDebug("Loaded citizen of {Precinct}, name length {Length}", citizen.Precinct, citizen.Name.Length);

        QueryLogMessages.SubjectLookedUp(logger, officerId, fingerprint.Of(citizen.NationalId), reason);

        var subject = citizen.NationalId;
        subject = fingerprint.Of(subject);
        audit.Write($"lookup by {officerId}: {subject}");
    }

    public void PlateLookedUp(string officerId, string reason, Vehicle vehicle)
    {
        QueryLogMessages.PlateLookedUp(logger, officerId, Masking.MaskPlate(vehicle.PlateNumber), reason);

        if (string.IsNullOrEmpty(vehicle.OwnerNationalId))
        {
            logger.LogWarning("Vehicle without an owner on record; {Field} is empty", nameof(vehicle.OwnerNationalId));
        }
    }

    private static string Describe(Citizen citizen) => $"{citizen.Name} ({citizen.NationalId})";
}
