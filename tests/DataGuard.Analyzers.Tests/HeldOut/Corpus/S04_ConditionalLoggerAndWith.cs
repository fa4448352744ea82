using DataGuard;
using Microsoft.Extensions.Logging;

namespace Police.Contact.Cards;

public sealed record ContactCard(string CaseNo, string Mobile) // expect: DG1007
{
    public string Describe() => $"Case {CaseNo}";
}

public sealed class ContactCardService
{
    private readonly ILogger<ContactCardService>? _logger;

    public ContactCardService(ILogger<ContactCardService>? logger) => _logger = logger;

    public void Publish(ContactCard card)
    {
        _logger?.LogInformation("Publishing card for case {CaseNo}", card.CaseNo);
        _logger?.LogInformation("Publishing card {Mobile}", card.Mobile); // expect: DG1001

        string Line() => $"{card.CaseNo}: {card.Mobile}";
        _logger?.LogDebug("Card line {Line}", Line()); // expect: DG1001

        var safe = card with { Mobile = Masking.Mask(card.Mobile) };
        _logger?.LogInformation("Published {CaseNo} with masked mobile {Mobile}", safe.CaseNo, safe.Mobile);
        _logger?.LogInformation("Published {Description}", card.Describe());
    }
}
