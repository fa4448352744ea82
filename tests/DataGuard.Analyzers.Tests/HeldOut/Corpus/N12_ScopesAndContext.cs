using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;
using Serilog.Context;

namespace Police.Requests;

public sealed class CitizenRequestPipeline
{
    private readonly ILogger<CitizenRequestPipeline> _logger;

    public CitizenRequestPipeline(ILogger<CitizenRequestPipeline> logger) => _logger = logger;

    public void Handle(string requestId, string applicantIdNumber, string applicantEmail, Exception? failure)
    {
        using var requestScope = _logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = requestId });
        using var applicantScope = _logger.BeginScope("Applicant {Applicant}", applicantIdNumber); // expect: DG1001
        using var tupleScope = _logger.BeginScope(new List<KeyValuePair<string, object>> { new("Email", applicantEmail) }); // expect: DG1001
        using var serilogRequest = LogContext.PushProperty("RequestId", requestId);
        using var serilogApplicant = LogContext.PushProperty("ApplicantEmail", applicantEmail); // expect: DG1001

        if (failure is not null)
        {
            _logger.Log(LogLevel.Error, failure, "Request {RequestId} failed", requestId);
            _logger.Log(LogLevel.Error, failure, "Request for {Email} failed", applicantEmail); // expect: DG1001
        }
    }
}
