using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using OpenAI.Chat;

namespace Police.Investigation.Ai;

public sealed class WitnessStatement
{
    public string WitnessName { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string Text { get; set; } = "";
}

public sealed class ConsistencyChecker
{
    private readonly ChatClient _chat;

    public ConsistencyChecker(ChatClient chat) => _chat = chat;

    public async Task<string> CheckAsync(IEnumerable<WitnessStatement> statements)
    {
        var sb = new StringBuilder("Find contradictions between these statements:\n");
        var n = 1;
        foreach (var s in statements)
        {
            sb.Append("Witness ").Append(n++).Append(": ").AppendLine(s.Text);
        }

        var result = await _chat.CompleteChatAsync(new List<ChatMessage> { new UserChatMessage(sb.ToString()) });
        return result.Value.Content[0].Text;
    }

    public async Task<string> CheckNamedAsync(IEnumerable<WitnessStatement> statements)
    {
        var sb = new StringBuilder("Find contradictions between these statements:\n");
        foreach (var s in statements)
        {
            sb.Append(s.WitnessName).Append(" (").Append(s.Mobile).Append("): ").AppendLine(s.Text);
        }

        var result = await _chat.CompleteChatAsync(new List<ChatMessage> { new UserChatMessage(sb.ToString()) }); // expect: DG1004
        return result.Value.Content[0].Text;
    }
}
