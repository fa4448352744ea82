using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using DataGuard.Detection.Redaction;
using DataGuard.Screening;
using Microsoft.Extensions.AI;

namespace DataGuard.Client.ExtensionsAI;

/// <summary>
/// Microsoft.Extensions.AI middleware that screens every message before it reaches the inner client: text, function-call
/// arguments and function results (and the options' instructions), with the shared policy of a <see cref="PromptGuard"/>.
/// Blocked requests throw <see cref="PersonalDataBlockedException"/> and never reach the inner client; redacted and
/// pseudonymized requests go on with placeholders; pseudonymized values are restored in the answer, streamed too.
/// Add it with <see cref="DataGuardBuilderExtensions.UseDataGuard(ChatClientBuilder, PromptGuard?)"/>.
/// </summary>
public sealed class DataGuardChatClient : DelegatingChatClient
{
    private readonly PromptGuard _guard;

    /// <summary>Wraps <paramref name="innerClient"/>.</summary>
    public DataGuardChatClient(IChatClient innerClient, PromptGuard guard)
        : base(innerClient) => _guard = guard ?? throw new ArgumentNullException(nameof(guard));

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (screened, screenedOptions, pseudonyms) = Screen(messages, options, cancellationToken);
        var response = await base.GetResponseAsync(screened, screenedOptions, cancellationToken).ConfigureAwait(false);
        if (pseudonyms is not null)
        {
            foreach (var message in response.Messages) ChatAnswer.Restore(message.Contents, pseudonyms);
        }
        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (screened, screenedOptions, pseudonyms) = Screen(messages, options, cancellationToken);
        var answer = pseudonyms is null ? null : new StreamingChatAnswer(pseudonyms);
        await foreach (var update in base.GetStreamingResponseAsync(screened, screenedOptions, cancellationToken).ConfigureAwait(false))
        {
            answer?.Restore(update);
            yield return update;
        }
        if (answer?.Complete() is { } rest) yield return rest;
    }

    // Screens the request; what to send instead, and the map when the answer must be restored.
    private (IEnumerable<ChatMessage> Messages, ChatOptions? Options, PseudonymMap? Pseudonyms) Screen(
        IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var list = messages as IReadOnlyList<ChatMessage> ?? messages.ToList();
        var request = ChatPrompt.Write(list, options);
        var decision = _guard.Screen(PromptDocument.Parse(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(request)), cancellationToken);
        if (decision.Verdict != ScreeningVerdict.Redact) return (list, options, null);

        var redacted = JsonNode.Parse(decision.RedactedBody)!.AsObject();
        var screenedOptions = options;
        if (ChatPrompt.ReadInstructions(options, redacted) is { } instructions && !string.Equals(instructions, options!.Instructions, StringComparison.Ordinal))
        {
            screenedOptions = options.Clone();
            screenedOptions.Instructions = instructions;
        }
        return (ChatPrompt.Read(list, redacted), screenedOptions, decision.RestoresAnswer ? decision.Pseudonyms : null);
    }
}
