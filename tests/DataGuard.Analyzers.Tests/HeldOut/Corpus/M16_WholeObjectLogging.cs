using Microsoft.Extensions.Logging;

namespace Police.Custody;

public sealed record Detainee(string BookingNo, string FullName, string NationalId); // expect: DG1007

public sealed record CellAssignment(string BookingNo, string Cell, int Floor);

public sealed class CustodyLog
{
    private readonly ILogger<CustodyLog> _logger;

    public CustodyLog(ILogger<CustodyLog> logger) => _logger = logger;

    public void Admit(Detainee detainee, CellAssignment cell)
    {
        _logger.LogInformation("Admitted {@Cell}", cell);
        _logger.LogInformation("Admitted {Cell}", cell);
        _logger.LogInformation("Admitted {@Detainee}", detainee); // expect: DG1001
        _logger.LogInformation("Admitted {Detainee}", detainee); // expect: DG1001
        _logger.LogInformation("Admitted " + detainee.ToString()); // expect: DG1001
        _logger.LogInformation("Admitted booking {BookingNo}", detainee.BookingNo);
    }
}
