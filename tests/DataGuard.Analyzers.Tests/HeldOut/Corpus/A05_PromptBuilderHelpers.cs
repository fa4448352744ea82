using System.Text;
using System.Threading.Tasks;
using DataGuard;
using Microsoft.Extensions.AI;

namespace Police.Reports.Ai;

public sealed record AccidentReport(string ReportNo, string DriverName, string DriverLicensePlate, string Weather, string RoadType); // expect: DG1007

public sealed class AccidentNarrator
{
    private readonly IChatClient _chat;

    public AccidentNarrator(IChatClient chat) => _chat = chat;

    private static string BuildPrompt(AccidentReport r)
    {
        var sb = new StringBuilder();
        sb.AppendLine("Write an accident narrative.");
        sb.AppendLine($"Driver: {r.DriverName}, plate {r.DriverLicensePlate}");
        sb.AppendLine($"Weather: {r.Weather}, road: {r.RoadType}");
        return sb.ToString();
    }

    private static string BuildAnonymousPrompt(AccidentReport r) =>
        $"Write an accident narrative. Weather: {r.Weather}, road: {r.RoadType}, report {r.ReportNo}";

    private static string BuildMaskedPrompt(AccidentReport r) =>
        $"Write an accident narrative. Driver: {Masking.Mask(r.DriverName)}, plate {Masking.Mask(r.DriverLicensePlate)}";

    public async Task<string> NarrateAsync(AccidentReport r) => (await _chat.GetResponseAsync(BuildPrompt(r))).Text; // expect: DG1004

    public async Task<string> NarrateAnonymousAsync(AccidentReport r) => (await _chat.GetResponseAsync(BuildAnonymousPrompt(r))).Text;

    public async Task<string> NarrateMaskedAsync(AccidentReport r) => (await _chat.GetResponseAsync(BuildMaskedPrompt(r))).Text;

    public async Task<string> NarrateWholeAsync(AccidentReport r) => (await _chat.GetResponseAsync($"Narrate: {r}")).Text; // expect: DG1004
}
