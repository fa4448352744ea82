namespace PoliceRecords.Api.Records;

/// <summary>A row of the household-registry export, as the legacy system names its columns.</summary>
public sealed class 戶籍資料
{
    public required string 身分證統一編號 { get; init; }

    public required string 姓名 { get; init; }

    public required string 地址 { get; init; }

    public required string 戶號 { get; init; }
}

/// <summary>An employer from the company registry: its 統一編號 is a business number, not personal data.</summary>
public sealed class 公司登記
{
    public required string 統一編號 { get; init; }

    public required string 名稱 { get; init; }
}

/// <summary>Imports household-registry rows into the records system.</summary>
public sealed class HouseholdImport(ILogger<HouseholdImport> logger)
{
    public void ImportLegacy(戶籍資料 row)
        => logger.LogInformation("Imported {Id} {Name} of household {Household}", row.身分證統一編號, row.姓名, row.戶號); // expect: DG1001

    public void Import(戶籍資料 row, 公司登記 employer, string phoneModel)
        => logger.LogInformation(
            "Imported household {Household}, employer {BusinessNumber} ({Employer}), reported from a {PhoneModel}",
            row.戶號, employer.統一編號, employer.名稱, phoneModel);
}
