using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;
using Azure.AI.OpenAI;
using DataGuard.Client;
using DataGuard.Client.ClientModel;
using OpenAI.Chat;

namespace PromptScreening;

/// <summary>
/// One way a prompt can travel: the real <see cref="AzureOpenAIClient"/>, either pointed at the DataGuard guard service
/// or pointed at Azure OpenAI with DataGuard inside the process. Either way the staff member sees an answer or the
/// same Traditional Chinese explanation of what was stopped.
/// </summary>
internal sealed class AzureChatRoute
{
    private readonly ChatClient _chat;

    private AzureChatRoute(string name, ChatClient chat)
    {
        Name = name;
        _chat = chat;
    }

    /// <summary>How the route is shown to the staff member.</summary>
    public string Name { get; }

    /// <summary>(a) Through the guard service: the guard is the endpoint, the key is the staff member's personal DataGuard key.</summary>
    public static AzureChatRoute ViaGuardService(string name, Uri guard, string personalKey, string deployment, string language)
    {
        var options = Options();
        options.AddPolicy(new AcceptLanguagePolicy(language), PipelinePosition.PerCall);
        return new(name, new AzureOpenAIClient(guard, new ApiKeyCredential(personalKey), options).GetChatClient(deployment));
    }

    /// <summary>(b) Straight to Azure OpenAI, screened inside this process by the DataGuard pipeline policy.</summary>
    public static AzureChatRoute InProcess(string name, Uri azure, string key, string deployment, PromptGuard guard) =>
        new(name, new AzureOpenAIClient(azure, new ApiKeyCredential(key), Options().AddDataGuard(guard)).GetChatClient(deployment));

    /// <summary>Sends the prompt and returns what the staff member sees.</summary>
    public async Task<Outcome> SendAsync(string prompt, CancellationToken cancellationToken = default)
    {
        try
        {
            var completion = await _chat.CompleteChatAsync([new UserChatMessage(prompt)], cancellationToken: cancellationToken);
            return new Outcome(true, string.Concat(completion.Value.Content.Select(part => part.Text)));
        }
        catch (PersonalDataBlockedException blocked)
        {
            return new Outcome(false, blocked.Message);
        }
        catch (ClientResultException failed)
        {
            return new Outcome(false, ErrorMessage(failed));
        }
    }

    private static AzureOpenAIClientOptions Options() => new() { RetryPolicy = new ClientRetryPolicy(maxRetries: 1) };

    // The guard answers {"error": {"code", "message", ...}} like Azure OpenAI, so its message is the one to show.
    private static string ErrorMessage(ClientResultException failed)
    {
        try
        {
            var body = failed.GetRawResponse()?.Content;
            if (body is not null && JsonDocument.Parse(body).RootElement.TryGetProperty("error", out var error)
                && error.TryGetProperty("message", out var message) && message.GetString() is { } text)
                return text;
        }
        catch (JsonException)
        {
        }
        return $"HTTP {failed.Status}: {failed.Message}";
    }
}
