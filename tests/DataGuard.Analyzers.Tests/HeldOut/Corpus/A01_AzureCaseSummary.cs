using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Azure;
using Azure.AI.OpenAI;
using OpenAI.Chat;

namespace Police.Cases.Ai;

public sealed class CaseFile
{
    public string CaseNo { get; set; } = "";
    public string Narrative { get; set; } = "";
    public string SuspectName { get; set; } = "";
    public string SuspectNationalId { get; set; } = "";
    public string Category { get; set; } = "";
}

public sealed class CaseSummarizer
{
    private readonly ChatClient _chat;

    public CaseSummarizer(Uri endpoint, string key)
    {
        var client = new AzureOpenAIClient(endpoint, new AzureKeyCredential(key));
        _chat = client.GetChatClient("gpt-4o");
    }

    public async Task<string> SummarizeAsync(CaseFile file)
    {
        var messages = new List<ChatMessage>
        {
            new SystemChatMessage("你是刑事案件摘要助理，請以繁體中文回答。"),
            new UserChatMessage($"案件 {file.CaseNo} 嫌犯 {file.SuspectName}（{file.SuspectNationalId}）：{file.Narrative}"),
        };
        var completion = await _chat.CompleteChatAsync(messages); // expect: DG1004
        return completion.Value.Content[0].Text;
    }

    public async Task<string> ClassifyAsync(CaseFile file)
    {
        var completion = await _chat.CompleteChatAsync(
            new SystemChatMessage("Classify the case category in one word."),
            new UserChatMessage(file.Category));
        return completion.Value.Content[0].Text;
    }

    public string QuickTitle(CaseFile file)
    {
        ChatCompletion completion = _chat.CompleteChat(ChatMessage.CreateUserMessage("Title for case about " + file.SuspectName)); // expect: DG1004
        return completion.Content[0].Text;
    }
}
