using System.Collections.Generic;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Police.Dispatch;

public sealed class Caller
{
    public string Telephone { get; set; } = "";
    public string FullName { get; set; } = "";
    public string IncidentNo { get; set; } = "";
}

public sealed class DispatchCenter
{
    private readonly ILogger _logger;

    public DispatchCenter(ILogger<DispatchCenter> logger) => _logger = logger;

    public void Receive(Caller caller)
    {
        using (_logger.BeginScope("Incident {IncidentNo}", caller.IncidentNo))
        {
            _logger.LogInformation("Call received");
        }

        using (_logger.BeginScope(new Dictionary<string, object> { ["CallerPhone"] = caller.Telephone })) // expect: DG1001
        {
            _logger.LogInformation("Dispatching unit");
        }

        var line = string.Format("Caller {0} on {1}", caller.FullName, caller.Telephone);
        _logger.LogInformation(line); // expect: DG1001

        var sb = new StringBuilder();
        sb.Append("Incident ").Append(caller.IncidentNo);
        _logger.LogInformation(sb.ToString());

        var detail = new StringBuilder("Caller: ");
        detail.AppendLine(caller.FullName);
        _logger.LogDebug(detail.ToString()); // expect: DG1001
    }
}
