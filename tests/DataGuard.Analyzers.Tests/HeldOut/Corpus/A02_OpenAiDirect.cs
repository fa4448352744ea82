using System.Threading.Tasks;
using DataGuard;
using OpenAI.Chat;

namespace Police.Translation;

public sealed class StatementTranslator
{
    private readonly ChatClient _client = new("gpt-4o-mini", "sk-placeholder");

    public async Task<string> TranslateAsync(string statementText, string witnessName, string witnessPhone)
    {
        var prompt = $"Translate to English. Witness: {witnessName}. Statement: {statementText}";
        var result = await _client.CompleteChatAsync(new UserChatMessage(prompt)); // expect: DG1004
        return result.Value.Content[0].Text;
    }

    public async Task<string> TranslateMaskedAsync(string statementText, string witnessName)
    {
        var prompt = $"Translate to English. Witness: {Masking.Mask(witnessName)}. Statement: {statementText}";
        var result = await _client.CompleteChatAsync(new UserChatMessage(prompt));
        return result.Value.Content[0].Text;
    }

    public async Task<string> ContactScriptAsync(string witnessPhone)
    {
        ChatMessage[] messages = { new SystemChatMessage("Draft a call script."), new UserChatMessage("Number to call: " + witnessPhone) };
        var result = await _client.CompleteChatAsync(messages); // expect: DG1004
        return result.Value.Content[0].Text;
    }
}
