// config: dataguard.log_sinks = M:Police.Audit.Trail.AuditTrail.Write(System.String)
// config: dataguard.transmit_sinks = M:Police.Audit.Trail.Pager.SendAsync(System.String,System.String)
using System.Threading.Tasks;

namespace Police.Audit.Trail;

public sealed class AuditTrail
{
    public void Write(string entry) { }
}

public sealed class Pager
{
    public Task SendAsync(string unit, string text) => Task.CompletedTask;
}

public sealed class ArrestWorkflow
{
    private readonly AuditTrail _audit = new();
    private readonly Pager _pager = new();

    public async Task ArrestAsync(string caseNo, string suspectNationalId, string unit)
    {
        _audit.Write($"Arrest in case {caseNo}");
        _audit.Write($"Arrest of {suspectNationalId}"); // expect: DG1001
        await _pager.SendAsync(unit, $"Case {caseNo} arrest made");
        await _pager.SendAsync(unit, "Arrested " + suspectNationalId); // expect: DG1005
    }
}
