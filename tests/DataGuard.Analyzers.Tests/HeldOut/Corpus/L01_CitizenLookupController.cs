using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Police.Records.Api.Controllers;

public sealed class CitizenRecord
{
    public int Id { get; set; }
    public string NationalId { get; set; } = "";
    public string FullName { get; set; } = "";
    public string PhoneNumber { get; set; } = "";
    public string HomeAddress { get; set; } = "";
    public string PrecinctCode { get; set; } = "";
}

public interface ICitizenRepository
{
    Task<CitizenRecord?> FindByNationalIdAsync(string nationalId);
}

[ApiController]
[Route("api/citizens")]
public sealed class CitizenLookupController : ControllerBase
{
    private readonly ICitizenRepository _repository;
    private readonly ILogger<CitizenLookupController> _logger;

    public CitizenLookupController(ICitizenRepository repository, ILogger<CitizenLookupController> logger)
    {
        _repository = repository;
        _logger = logger;
    }

    [HttpGet("{nationalId}")]
    public async Task<IActionResult> Get(string nationalId)
    {
        _logger.LogInformation("Citizen lookup requested for {NationalId}", nationalId); // expect: DG1001
        var citizen = await _repository.FindByNationalIdAsync(nationalId);
        if (citizen is null)
        {
            _logger.LogWarning("Citizen lookup found nothing (input length {Length})", nationalId.Length);
            return NotFound();
        }

        _logger.LogInformation("Citizen {CitizenId} found in precinct {Precinct}", citizen.Id, citizen.PrecinctCode);
        _logger.LogDebug("Returning record for {Name} at {Address}", citizen.FullName, citizen.HomeAddress); // expect: DG1001
        return Ok(citizen);
    }
}
