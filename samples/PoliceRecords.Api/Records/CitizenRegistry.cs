using DataGuard;
using PoliceRecords.Api.Domain;

namespace PoliceRecords.Api.Records;

/// <summary>The household registry (in memory here; synthetic people with valid check digits).</summary>
public sealed class CitizenRegistry
{
    private readonly Dictionary<string, Citizen> _citizens = new[]
    {
        new Citizen { NationalId = "A123456789", Name = "王小明", Phone = "0912-345-678", HomeAddress = "臺北市中正區忠孝西路一段1號", BirthDate = new DateOnly(1985, 3, 14), Precinct = "中正一分局" },
        new Citizen { NationalId = "F220134569", Name = "林美玲", Phone = "02-2345-6789", HomeAddress = "新北市板橋區中山路一段100號", BirthDate = new DateOnly(1990, 7, 2), Precinct = "板橋分局" }, // expect: DG1009
        new Citizen { NationalId = "E102345678", Name = "陳志強", Phone = "0987-654-321", HomeAddress = "高雄市苓雅區四維三路2號", BirthDate = new DateOnly(1978, 11, 30), Precinct = "苓雅分局" }, // expect: DG1009
    }.ToDictionary(citizen => citizen.NationalId, StringComparer.OrdinalIgnoreCase);

    /// <summary>Looks a citizen up: a query of personal records, so its callers must audit (DG1008).</summary>
    [PersonalDataQuery]
    public Citizen? Find(string nationalId) => _citizens.GetValueOrDefault(nationalId.Trim());
}
