using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using OpenAI.Responses;

namespace Police.Ai.Raw;

public sealed class ReportDrafter
{
    private readonly OpenAIResponseClient _responses = new("gpt-4.1", "sk-placeholder");
    private readonly HttpClient _http = new();

    public async Task<string> DraftAsync(string incidentType, string reporterName)
    {
        var generic = await _responses.CreateResponseAsync($"Draft a report template for {incidentType}");
        var personal = await _responses.CreateResponseAsync($"Draft a report for {reporterName} about {incidentType}"); // expect: DG1004
        return generic.Value.GetOutputText() + personal.Value.GetOutputText();
    }

    public Task<HttpResponseMessage> RawOpenAiAsync(string reporterName) =>
        _http.PostAsJsonAsync("https://api.openai.com/v1/chat/completions", new { model = "gpt-4o", messages = new[] { new { role = "user", content = "Report by " + reporterName } } }); // expect: DG1004

    public Task<HttpResponseMessage> RawAzureAsync(string incidentType, string reporterName) =>
        _http.PostAsJsonAsync("https://npa-ai.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-06-01", new { messages = new[] { new { role = "user", content = $"{incidentType} reported by {reporterName}" } } }); // expect: DG1004

    public Task<HttpResponseMessage> RawAzureGenericAsync(string incidentType) =>
        _http.PostAsJsonAsync("https://npa-ai.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-06-01", new { messages = new[] { new { role = "user", content = incidentType } } });
}
