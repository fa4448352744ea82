using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Azure;
using Azure.AI.OpenAI;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace Police.Ai.Variants;

public sealed class TipLine
{
    public string TipId { get; set; } = "";
    public string CallerMobile { get; set; } = "";
    public string Transcript { get; set; } = "";
}

public sealed class TipAnalyzer
{
    private readonly ChatClient _openAi = new AzureOpenAIClient(new Uri("https://npa.openai.azure.com/"), new AzureKeyCredential("k")).GetChatClient("gpt-4o");
    private readonly IChatClient _chat;

    public TipAnalyzer(IChatClient chat) => _chat = chat;

    public async Task<string> UrgencyAsync(TipLine tip)
    {
        var options = new ChatOptions { Temperature = 0 };
        var response = await _chat.GetResponseAsync(new AiChatMessage(ChatRole.User, "Rate urgency: " + tip.Transcript), options);
        return response.Text;
    }

    public async Task<string> CallbackPlanAsync(TipLine tip)
    {
        var messages = new List<AiChatMessage> { new(ChatRole.System, "Plan a callback.") };
        messages.Add(new AiChatMessage(ChatRole.User, $"Caller {tip.CallerMobile} said: {tip.Transcript}"));
        var response = await _chat.GetResponseAsync(messages); // expect: DG1004
        return response.Text;
    }

    public async Task StreamAsync(TipLine tip)
    {
        await foreach (var update in _openAi.CompleteChatStreamingAsync(new UserChatMessage("Caller " + tip.CallerMobile))) // expect: DG1004
        {
            _ = update.ContentUpdate.Count;
        }
    }

    public string Quick(TipLine tip) => _openAi.CompleteChat(tip.Transcript).Value.Content[0].Text;

    public string QuickWithCaller(TipLine tip) => _openAi.CompleteChat($"{tip.CallerMobile}: {tip.Transcript}").Value.Content[0].Text; // expect: DG1004
}
