using System;
using Microsoft.Extensions.Logging;

namespace Police.Portal.Errors;

public sealed class LookupFailure
{
    private readonly ILogger<LookupFailure> _logger;

    public LookupFailure(ILogger<LookupFailure> logger) => _logger = logger;

    public Exception Wrap(Exception inner, string caseNo) => new ApplicationException($"Lookup for case {caseNo} failed", inner);

    public Exception WrapWithSubject(Exception inner, string subjectBirthday) =>
        new ApplicationException($"Lookup for subject born {subjectBirthday} failed", inner); // expect: DG1006

    public void Report(Exception ex, string idNumber)
    {
        _logger.LogError(ex, "Lookup failed");
        _logger.LogError(ex, "Lookup failed for {IdNumber}", idNumber); // expect: DG1001
        _logger.LogError("Lookup failed: {Message}", ex.Message);
    }
}
