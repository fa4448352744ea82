using System;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Police.Interop.Encoding;

public sealed class LegacyPayloadLog
{
    private readonly ILogger<LegacyPayloadLog> _logger;

    public LegacyPayloadLog(ILogger<LegacyPayloadLog> logger) => _logger = logger;

    public void Trace(string nationalId, string homeAddress, string caseNo)
    {
        var encoded = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(nationalId));
        _logger.LogDebug("Payload {Payload}", encoded); // expect: DG1001

        _logger.LogDebug("Address {Address}", WebUtility.UrlEncode(homeAddress)); // expect: DG1001
        _logger.LogDebug("Address {Address}", homeAddress.Substring(0, Math.Min(6, homeAddress.Length))); // expect: DG1001
        _logger.LogDebug(string.Format(CultureInfo.InvariantCulture, "Case {0} at {1}", caseNo, homeAddress)); // expect: DG1001
        _logger.LogDebug(FormattableString.Invariant($"Case {caseNo} id {nationalId,-12}")); // expect: DG1001
        _logger.LogDebug(FormattableString.Invariant($"Case {caseNo} opened"));

        var sb = new StringBuilder();
        sb.AppendFormat("Case {0}; address {1}", caseNo, homeAddress);
        _logger.LogDebug(sb.ToString()); // expect: DG1001

        var template = "Case #CASE#";
        _logger.LogDebug(template.Replace("#CASE#", caseNo));
        _logger.LogDebug(template.Replace("#CASE#", nationalId)); // expect: DG1001
    }
}
