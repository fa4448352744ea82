using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Police.Roster;

public sealed class Resident
{
    public string FullName { get; set; } = "";
    public string Telephone { get; set; } = "";
    public string Village { get; set; } = "";
    public int HouseholdSize { get; set; }
}

public sealed class VillageRoster
{
    private readonly ILogger<VillageRoster> _logger;
    private readonly IChatClient _chat;

    public VillageRoster(ILogger<VillageRoster> logger, IChatClient chat)
    {
        _logger = logger;
        _chat = chat;
    }

    public async Task<string> PlanVisitsAsync(List<Resident> residents)
    {
        _logger.LogInformation("Planning {Count} visits", residents.Count);
        _logger.LogInformation("Residents {@Residents}", residents); // expect: DG1001
        var villages = residents.GroupBy(r => r.Village).Select(g => new { Village = g.Key, Homes = g.Count() }).ToList();
        _logger.LogInformation("Villages {@Villages}", villages);

        var json = JsonSerializer.Serialize(villages);
        var anonymous = await _chat.GetResponseAsync("Plan patrol visits per village: " + json);

        var detailed = JsonSerializer.Serialize(residents.Select(r => new { r.FullName, r.Village }));
        var named = await _chat.GetResponseAsync("Plan visits: " + detailed); // expect: DG1004
        return anonymous.Text + named.Text;
    }
}
