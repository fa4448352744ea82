using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Police.Checkpoints;

public sealed class CheckpointScanner
{
    private readonly ILogger<CheckpointScanner> _logger;

    public CheckpointScanner(ILogger<CheckpointScanner> logger) => _logger = logger;

    public Task ScanAsync(IReadOnlyCollection<string> licensePlates, string checkpointId)
    {
        void Flag(string licensePlate) => _logger.LogWarning("Flagged {Plate} at {Checkpoint}", licensePlate, checkpointId); // expect: DG1001

        foreach (var p in licensePlates.Where(p => p.StartsWith("W", StringComparison.Ordinal)))
        {
            Flag(p);
        }

        Action<int> summary = n => _logger.LogInformation("{Count} plates scanned at {Checkpoint}", n, checkpointId);
        summary(licensePlates.Count);

        return Task.Run(() => _logger.LogDebug("Last plate {Plate}", licensePlates.Last())); // expect: DG1001
    }

    public void Dump(Dictionary<string, string> officerPhones)
    {
        foreach (var kv in officerPhones)
        {
            _logger.LogInformation("Officer {Badge} has a phone on file: {Has}", kv.Key, kv.Value.Length > 0);
        }

        var phones = officerPhones.Values.ToList();
        phones.ForEach(phone => _logger.LogInformation("Phone {Phone}", phone)); // expect: DG1001
    }
}
