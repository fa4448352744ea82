using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Police.Assistant;

public sealed class Complainant
{
    public string FullName { get; set; } = "";
    public string Address { get; set; } = "";
    public string Complaint { get; set; } = "";
    public string District { get; set; } = "";
}

public sealed class ComplaintTriage
{
    private readonly IChatClient _chat;

    public ComplaintTriage(IChatClient chat) => _chat = chat;

    public async Task<string> TriageAsync(Complainant c)
    {
        var response = await _chat.GetResponseAsync($"Route this complaint from {c.District}: {c.Complaint}");
        return response.Text;
    }

    public async Task<string> DraftReplyAsync(Complainant c)
    {
        var history = new List<ChatMessage>
        {
            new(ChatRole.System, "Draft a polite reply letter in zh-TW."),
            new(ChatRole.User, $"Addressee {c.FullName}, {c.Address}. Complaint: {c.Complaint}"),
        };
        var response = await _chat.GetResponseAsync(history); // expect: DG1004
        return response.Text;
    }

    public async IAsyncEnumerable<string> StreamAsync(Complainant c)
    {
        await foreach (var update in _chat.GetStreamingResponseAsync("Summarise complaint from " + c.FullName)) // expect: DG1004
        {
            yield return update.Text;
        }
    }

    public Task<ChatResponse> AskAsync(string question) => _chat.GetResponseAsync(new ChatMessage(ChatRole.User, question));
}
