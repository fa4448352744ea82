using System;
using System.Linq;
using System.Threading.Tasks;
using Azure;
using Azure.AI.OpenAI;
using OpenAI.Chat;

namespace Police.Briefing;

public sealed class Incident
{
    public string IncidentNo { get; set; } = "";
    public string Type { get; set; } = "";
    public string ReporterTel { get; set; } = "";
    public string Location { get; set; } = "";
}

public sealed class ShiftBriefingWriter
{
    private readonly AzureOpenAIClient _client = new(new Uri("https://npa-openai.openai.azure.com/"), new AzureKeyCredential("key"));

    public async Task<string> WriteAsync(Incident[] incidents)
    {
        var chat = _client.GetChatClient("briefing");
        var lines = incidents.Select(i => $"{i.IncidentNo} {i.Type} at {i.Location}");
        var result = await chat.CompleteChatAsync(new UserChatMessage("Summarise the shift:\n" + string.Join("\n", lines)));
        return result.Value.Content[0].Text;
    }

    public async Task<string> WriteWithCallbacksAsync(Incident[] incidents)
    {
        var chat = _client.GetChatClient("briefing");
        var lines = incidents.Select(i => $"{i.IncidentNo} {i.Type}, callback {i.ReporterTel}");
        var result = await chat.CompleteChatAsync(new UserChatMessage("Summarise the shift:\n" + string.Join("\n", lines))); // expect: DG1004
        return result.Value.Content[0].Text;
    }

    public async Task<int> CountCallbacksAsync(Incident[] incidents)
    {
        var chat = _client.GetChatClient("briefing");
        var withPhone = incidents.Count(i => !string.IsNullOrEmpty(i.ReporterTel));
        var result = await chat.CompleteChatAsync(new UserChatMessage($"{withPhone} incidents have callbacks; suggest staffing."));
        return result.Value.Content.Count;
    }
}
