using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace Police.Quality;

public sealed class Citizen
{
    public string NationalId { get; set; } = "";
    public string? Phone { get; set; }
    public string Email { get; set; } = "";
}

public sealed class DataQualityJob
{
    private readonly ILogger<DataQualityJob> _logger;

    public DataQualityJob(ILogger<DataQualityJob> logger) => _logger = logger;

    public void Run(IReadOnlyList<Citizen> citizens, string nationalId)
    {
        _logger.LogInformation("Input null: {IsNull}", nationalId is null);
        _logger.LogInformation("Input length {Length}", nationalId?.Length ?? 0);
        _logger.LogInformation("Starts with A: {A}", nationalId!.StartsWith('A'));
        _logger.LogInformation("Known: {Known}", citizens.Any(c => c.NationalId == nationalId));
        _logger.LogInformation("Without phone: {Missing}", citizens.Count(c => c.Phone is null));
        _logger.LogInformation("Same as first: {Same}", string.Equals(citizens[0].NationalId, nationalId, StringComparison.Ordinal));
        _logger.LogInformation("Has dash: {Dash}", nationalId.Contains('-'));
        _logger.LogInformation("Distinct e-mail domains {Domains}", citizens.Select(c => c.Email.Length).Distinct().Count());
        _logger.LogInformation("Checked property {Property}", nameof(Citizen.Phone));
        _logger.LogInformation("Index of input {Index}", citizens.ToList().FindIndex(c => c.NationalId == nationalId));
        _logger.LogInformation("Input {Id}", nationalId); // expect: DG1001
    }
}
