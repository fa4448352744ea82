using System;
using Microsoft.Extensions.Logging;

namespace Police.Contact;

public enum Channel { Phone, Email, Post }

public sealed class ContactPreference
{
    public Channel Channel { get; set; }
    public string? Telephone { get; set; }
    public string? Email { get; set; }
    public string? HomeAddress { get; set; }
}

public sealed class ContactRouter
{
    private readonly ILogger<ContactRouter> _logger;

    public ContactRouter(ILogger<ContactRouter> logger) => _logger = logger;

    public void Route(ContactPreference pref)
    {
        var target = pref.Channel switch
        {
            Channel.Phone => pref.Telephone,
            Channel.Email => pref.Email,
            _ => pref.HomeAddress,
        };
        _logger.LogInformation("Contacting via {Channel} at {Target}", pref.Channel, target); // expect: DG1001

        var fallback = pref.Email ?? pref.Telephone ?? "none";
        _logger.LogInformation("Fallback {Fallback}", fallback); // expect: DG1001

        var hasAny = pref.Email is not null || pref.Telephone is not null;
        _logger.LogInformation("Contactable: {Contactable}, channel {Channel}", hasAny, pref.Channel);

        var kind = pref.Channel switch { Channel.Phone => "voice", Channel.Email => "mail", _ => "letter" };
        _logger.LogInformation("Kind {Kind}", kind);
    }
}
