using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace Police.Warrants;

public sealed record WantedPerson(string WarrantNo, string NationalId, string FullName, DateOnly Birthday); // expect: DG1007

public sealed class WarrantSweep
{
    private readonly ILogger<WarrantSweep> _logger;

    public WarrantSweep(ILogger<WarrantSweep> logger) => _logger = logger;

    public void Report(IReadOnlyList<WantedPerson> people)
    {
        var warrantNos = people.Select(p => p.WarrantNo).ToArray();
        _logger.LogInformation("Warrants in sweep: {Warrants}", string.Join(",", warrantNos));

        var ids = people.Where(p => p.Birthday.Year < 1960).Select(p => p.NationalId).ToList();
        _logger.LogInformation("Elderly subjects: {Ids}", ids); // expect: DG1001

        _logger.LogInformation("Sweep size {Count}, over-60 {Elderly}", people.Count, people.Count(p => p.Birthday.Year < 1965));

        people.ToList().ForEach(p => _logger.LogDebug("Subject {Name}", p.FullName)); // expect: DG1001

        Func<WantedPerson, string> label = p => $"{p.WarrantNo}/{p.FullName}";
        _logger.LogInformation("First subject {Label}", label(people[0])); // expect: DG1001
        _logger.LogInformation("Names sorted: {Sorted}", people.Select(p => p.FullName).OrderBy(n => n).Any());
    }
}
