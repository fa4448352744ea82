using Microsoft.Extensions.Logging;

namespace Police.Traffic.Tickets;

public sealed class Ticket
{
    public string TicketNo { get; set; } = "";
    public string LicensePlate { get; set; } = "";
    public string DriverIdNumber { get; set; } = "";
    public decimal Fine { get; set; }
}

public sealed class TicketDesk
{
    private readonly ILogger<TicketDesk> _logger;

    public TicketDesk(ILogger<TicketDesk> logger) => _logger = logger;

    private static string Describe(Ticket ticket) => $"{ticket.TicketNo} plate {ticket.LicensePlate}";

    private static string Reference(Ticket ticket) => $"{ticket.TicketNo} fine {ticket.Fine}";

    private static string Upper(string text) => text.ToUpperInvariant();

    public void Issue(Ticket ticket)
    {
        _logger.LogInformation("Issued {Ticket}", Describe(ticket)); // expect: DG1001
        _logger.LogInformation("Issued {Ticket}", Reference(ticket));
        _logger.LogInformation("Driver {Driver}", Upper(ticket.DriverIdNumber)); // expect: DG1001
        _logger.LogInformation("Ticket {No}", Upper(ticket.TicketNo));
    }
}
