using System.Threading.Tasks;
using DataGuard;
using Microsoft.Extensions.AI;

namespace Police.Ai.Precision;

public sealed class PolicyAssistant
{
    private const string SystemPrompt = "You answer questions about privacy policy. Never ask for phone numbers, ID numbers or addresses.";
    private readonly IChatClient _chat;

    public PolicyAssistant(IChatClient chat) => _chat = chat;

    public async Task<string> AskAsync(string question) =>
        (await _chat.GetResponseAsync(new[] { new ChatMessage(ChatRole.System, SystemPrompt), new ChatMessage(ChatRole.User, question) })).Text;

    public async Task<string> ExplainFormatAsync(string idNumberFormat) =>
        (await _chat.GetResponseAsync($"Explain this ID number format: {idNumberFormat}")).Text;

    public async Task<string> CheckAsync(string nationalId) =>
        (await _chat.GetResponseAsync($"Is an ID with {nationalId.Length} characters plausible?")).Text;

    public async Task<string> CheckMaskedAsync(string nationalId) =>
        (await _chat.GetResponseAsync($"Classify region of masked ID {Masking.Mask(nationalId)}")).Text;

    public async Task<string> CheckRawAsync(string nationalId) =>
        (await _chat.GetResponseAsync($"Classify region of ID {nationalId}")).Text; // expect: DG1004
}
