using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace Police.Cache;

public sealed class PlateOwnerCache
{
    private readonly Dictionary<string, string> _ownerByPlate = new();
    private readonly ILogger<PlateOwnerCache> _logger;

    public PlateOwnerCache(ILogger<PlateOwnerCache> logger) => _logger = logger;

    public bool TryGetOwnerName(string plateNumber, out string ownerFullName) => _ownerByPlate.TryGetValue(plateNumber, out ownerFullName!);

    public void Warm(IEnumerable<KeyValuePair<string, string>> entries)
    {
        var count = 0;
        foreach (var (plateNumber, ownerFullName) in entries)
        {
            _ownerByPlate[plateNumber] = ownerFullName;
            count++;
        }

        _logger.LogInformation("Cache warmed with {Count} plates", count);
    }

    public void Probe(string plateNumber)
    {
        if (TryGetOwnerName(plateNumber, out var ownerFullName))
        {
            _logger.LogInformation("Cache hit, owner {Owner}", ownerFullName); // expect: DG1001
        }
        else
        {
            _logger.LogInformation("Cache miss ({Size} entries)", _ownerByPlate.Count);
        }
    }
}
