using DataGuard;
using Microsoft.Extensions.Logging;

namespace Police.Lost.Found;

public sealed class LostPropertyDesk
{
    private readonly ILogger<LostPropertyDesk> _logger;

    public LostPropertyDesk(ILogger<LostPropertyDesk> logger) => _logger = logger;

    public void Claim(string claimantName, string claimantPhone, bool verified)
    {
        var display = claimantName;
        if (!verified)
        {
            _logger.LogWarning("Unverified claim by {Claimant}", display); // expect: DG1001
        }

        display = Masking.Mask(claimantName);
        _logger.LogInformation("Claim accepted from {Claimant}", display);

        var contact = claimantPhone;
        contact = "(withheld)";
        _logger.LogInformation("Contact {Contact}", contact);

        string shown = verified ? Masking.Mask(claimantPhone) : "n/a";
        _logger.LogInformation("Shown {Contact}", shown);
    }
}
