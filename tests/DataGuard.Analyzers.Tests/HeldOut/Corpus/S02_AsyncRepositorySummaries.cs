using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Police.Victims;

public sealed class VictimEntity
{
    public int Id { get; set; }
    public string VictimPhone { get; set; } = "";
    public string CaseNo { get; set; } = "";
}

public sealed class VictimCallbacks
{
    private readonly Dictionary<int, VictimEntity> _store = new();
    private readonly ILogger<VictimCallbacks> _logger;

    public VictimCallbacks(ILogger<VictimCallbacks> logger) => _logger = logger;

    private async Task<string> CallbackTargetAsync(int id)
    {
        await Task.Yield();
        return _store[id].VictimPhone;
    }

    private async Task<string> CaseOfAsync(int id)
    {
        await Task.Yield();
        return _store[id].CaseNo;
    }

    public async Task ScheduleAsync(int id)
    {
        var target = await CallbackTargetAsync(id);
        var caseNo = await CaseOfAsync(id);
        _logger.LogInformation("Callback scheduled for case {CaseNo}", caseNo);
        _logger.LogInformation("Callback scheduled to {Target}", target); // expect: DG1001
    }
}
