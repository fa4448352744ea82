using System;
using System.Text;
using DataGuard;

namespace Police.Records.Model;

public sealed record CitizenDto(string NationalId, string FullName, string PrecinctCode); // expect: DG1007

public sealed record PrecinctDto(string PrecinctCode, string Name, int OfficerCount);

public record PersonBase(string FullName); // expect: DG1007

public sealed record SuspectDto(string FullName, string CaseNo, string Alias) : PersonBase(FullName); // expect: DG1007

public readonly record struct PlateSighting(string PlateNumber, DateTimeOffset SeenAt, string CameraId); // expect: DG1007

public readonly record struct CameraPing(string CameraId, DateTimeOffset At);

public sealed record VictimContact // expect: DG1007
{
    public string CaseNo { get; init; } = "";
    public string VictimPhone { get; init; } = "";
}

public sealed record MaskedCitizen(string NationalId, string FullName)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("NationalId = ").Append(Masking.Mask(NationalId));
        return true;
    }
}

public sealed record CaseRef(string CaseNo, string Unit)
{
    private string _contactEmail = "";
    public static string DefaultEmail { get; set; } = "";
    public void SetContact(string email) => _contactEmail = email;
}

public sealed record ExplicitToString(string NationalId, string Unit)
{
    public override string ToString() => $"Record in {Unit}";
}
