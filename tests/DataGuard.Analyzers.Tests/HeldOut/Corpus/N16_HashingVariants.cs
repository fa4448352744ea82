using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Police.Dedup;

public sealed class DuplicateReportDetector
{
    private readonly ILogger<DuplicateReportDetector> _logger;
    private readonly byte[] _pepper;

    public DuplicateReportDetector(ILogger<DuplicateReportDetector> logger, byte[] pepper)
    {
        _logger = logger;
        _pepper = pepper;
    }

    public void Seen(string reporterPhone, string reporterEmail)
    {
        using var sha = SHA256.Create();
        var phoneKey = BitConverter.ToString(sha.ComputeHash(Encoding.UTF8.GetBytes(reporterPhone)));
        _logger.LogInformation("Reporter key {Key}", phoneKey);

        var mailKey = Convert.ToHexString(HMACSHA256.HashData(_pepper, Encoding.UTF8.GetBytes(reporterEmail.ToLowerInvariant())));
        _logger.LogInformation("Mail key {Key}", mailKey);

        var weak = reporterEmail.ToLowerInvariant().Trim();
        _logger.LogInformation("Mail normalised {Mail}", weak); // expect: DG1001
    }
}
