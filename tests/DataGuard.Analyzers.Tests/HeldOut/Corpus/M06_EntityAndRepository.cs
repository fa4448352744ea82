using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Police.Data.Entities;

public class TrafficViolation
{
    public long Id { get; set; }
    public string ViolationCode { get; set; } = "";

    [PersonalData]
    public string OwnerName { get; set; } = "";

    public string CarNo { get; set; } = "";
    public DateTime OccurredAt { get; set; }
}

public sealed class ViolationRepository
{
    private readonly List<TrafficViolation> _rows = new();
    private readonly ILogger<ViolationRepository> _logger;

    public ViolationRepository(ILogger<ViolationRepository> logger) => _logger = logger;

    public IReadOnlyList<TrafficViolation> ByCar(string carNo)
    {
        var hits = _rows.Where(v => v.CarNo == carNo).ToList();
        _logger.LogInformation("Found {Count} violations", hits.Count);
        _logger.LogDebug("Violations for {CarNo}: {Count}", carNo, hits.Count); // expect: DG1001
        return hits;
    }

    public void Purge(DateTime before)
    {
        var removed = _rows.RemoveAll(v => v.OccurredAt < before);
        _logger.LogInformation("Purged {Removed} rows older than {Before:d}", removed, before);
        foreach (var v in _rows.Where(v => v.OccurredAt < before.AddDays(7)))
        {
            _logger.LogInformation("Expiring soon: {Id} owner {Owner}", v.Id, Masking.Mask(v.OwnerName));
            _logger.LogInformation("Expiring soon: {Id} owner {Owner}", v.Id, v.OwnerName); // expect: DG1001
        }
    }
}
