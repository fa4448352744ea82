using System;
using System.Security.Cryptography;
using System.Text;
using DataGuard;
using Microsoft.Extensions.Logging;

namespace Police.Audit;

public sealed class QueryAudit
{
    private readonly ILogger<QueryAudit> _logger;
    private readonly byte[] _key;

    public QueryAudit(ILogger<QueryAudit> logger, byte[] key)
    {
        _logger = logger;
        _key = key;
    }

    public void Record(string officerBadge, string nationalId, string plateNumber)
    {
        var idHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(nationalId)));
        _logger.LogInformation("Officer {Badge} queried citizen {IdHash}", officerBadge, idHash);

        using var hmac = new HMACSHA256(_key);
        var plateTag = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(plateNumber)));
        _logger.LogInformation("Officer {Badge} queried plate {PlateTag}", officerBadge, plateTag);

        _logger.LogInformation("Citizen {MaskedId}", Masking.Mask(nationalId));
        var maskedPlate = Masking.Mask(plateNumber);
        _logger.LogInformation($"Plate {maskedPlate}");

        _logger.LogInformation("Plate raw {Plate}", plateNumber.Replace("-", "")); // expect: DG1001
    }
}
