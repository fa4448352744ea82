using System.Data;
using Microsoft.Extensions.Logging;

namespace Police.Legacy.Ado;

public sealed class HouseholdTableImporter
{
    private readonly ILogger<HouseholdTableImporter> _logger;

    public HouseholdTableImporter(ILogger<HouseholdTableImporter> logger) => _logger = logger;

    public void Import(DataTable table, IDataReader reader)
    {
        _logger.LogInformation("Importing {Rows} rows", table.Rows.Count);
        foreach (DataRow row in table.Rows)
        {
            _logger.LogDebug("Row for household {Household}", row["HouseholdNo"]);
            _logger.LogDebug("Row for citizen {Id}", row["身分證字號"]); // expect: DG1001
        }

        while (reader.Read())
        {
            var phone = reader.GetString(reader.GetOrdinal("Phone"));
            _logger.LogDebug("Reader phone {Phone}", phone); // expect: DG1001
            _logger.LogDebug("Reader address {Address}", reader["Address"]); // expect: DG1001
            _logger.LogDebug("Reader precinct {Precinct}", reader["Precinct"]);
        }
    }
}
