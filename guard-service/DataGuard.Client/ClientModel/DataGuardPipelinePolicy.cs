using System.ClientModel;
using System.ClientModel.Primitives;
using DataGuard.Detection.Redaction;
using DataGuard.Screening;

namespace DataGuard.Client.ClientModel;

/// <summary>
/// A System.ClientModel pipeline policy for the OpenAI 2.x and Azure.AI.OpenAI 2.x clients: screens every outgoing request
/// body (chat, completions, responses, embeddings, anything JSON) with a <see cref="PromptGuard"/> before it leaves the process.
/// Blocked requests throw <see cref="PersonalDataBlockedException"/> and are never sent; redacted and pseudonymized
/// requests are sent rewritten; pseudonymized values are restored in the answer, JSON or streamed (SSE).
/// </summary>
/// <remarks>
/// Add it per call (<see cref="PipelinePosition.PerCall"/>), ahead of the retry policy, so a request is screened once and
/// the final answer is restored once: <c>options.AddDataGuard(guard)</c> does that.
/// The body that was screened is exactly the body that is sent: it is replaced by the bytes that were read.
/// </remarks>
public sealed class DataGuardPipelinePolicy : PipelinePolicy
{
    private readonly PromptGuard _guard;

    /// <summary>Creates the policy over a guard.</summary>
    public DataGuardPipelinePolicy(PromptGuard guard) => _guard = guard ?? throw new ArgumentNullException(nameof(guard));

    /// <inheritdoc />
    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = ReadBody(message.Request.Content, message.CancellationToken);
        var pseudonyms = Screen(message, body);
        ProcessNext(message, pipeline, currentIndex);
        if (pseudonyms is null || message.Response is not { } response || IsEncoded(response)) return;
        if (!RestoresWhileReading(message, response, pseudonyms))
        {
            response.BufferContent(message.CancellationToken);
            RestoreBuffered(response, pseudonyms);
        }
    }

    /// <inheritdoc />
    public override async ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = await ReadBodyAsync(message.Request.Content, message.CancellationToken).ConfigureAwait(false);
        var pseudonyms = Screen(message, body);
        await ProcessNextAsync(message, pipeline, currentIndex).ConfigureAwait(false);
        if (pseudonyms is null || message.Response is not { } response || IsEncoded(response)) return;
        if (!RestoresWhileReading(message, response, pseudonyms))
        {
            await response.BufferContentAsync(message.CancellationToken).ConfigureAwait(false);
            RestoreBuffered(response, pseudonyms);
        }
    }

    // Screens the body and puts what may be sent in its place; the map when the answer must be restored.
    private PseudonymMap? Screen(PipelineMessage message, byte[]? body)
    {
        if (body is null) return null; // GET, DELETE: no prompt to screen
        ScreeningDecision decision;
        try
        {
            decision = _guard.Screen(body, message.CancellationToken);
        }
        catch (RequestFormatException)
        {
            // Not JSON (multipart uploads and the like): the policy for unreadable content decides; by default nothing is sent.
            _guard.ScreenUnreadable("body");
            message.Request.Content = BinaryContent.Create(BinaryData.FromBytes(body));
            return null;
        }
        var send = decision.Verdict == ScreeningVerdict.Redact ? decision.RedactedBody! : body;
        message.Request.Content = BinaryContent.Create(BinaryData.FromBytes(send));
        return decision.RestoresAnswer ? decision.Pseudonyms : null;
    }

    // Streamed answers are restored event by event as the client reads them, never buffered whole.
    private static bool RestoresWhileReading(PipelineMessage message, PipelineResponse response, PseudonymMap pseudonyms)
    {
        if (message.BufferResponse || !IsEventStream(response) || response.ContentStream is not { } stream) return false;
        response.ContentStream = new RestoringEventStream(stream, new SseAnswerRestorer(pseudonyms));
        return true;
    }

    // A complete answer (buffered by the transport, or buffered here): restored string by string.
    private static void RestoreBuffered(PipelineResponse response, PseudonymMap pseudonyms)
    {
        var restored = IsEventStream(response)
            ? RestoringEventStream.RestoreAll(response.Content.ToMemory().Span, new SseAnswerRestorer(pseudonyms))
            : AnswerRestorer.RestoreBody(response.Content.ToMemory().Span, pseudonyms);
        response.ContentStream = new MemoryStream(restored, writable: false);
    }

    // A body the transport did not decompress cannot be read; it keeps its placeholders (nothing leaks, nothing is corrupted).
    private static bool IsEncoded(PipelineResponse response) =>
        response.Headers.TryGetValue("Content-Encoding", out var encoding) && !string.IsNullOrEmpty(encoding)
        && !string.Equals(encoding, "identity", StringComparison.OrdinalIgnoreCase);

    private static bool IsEventStream(PipelineResponse response) =>
        response.Headers.TryGetValue("Content-Type", out var type) && type is not null
        && type.StartsWith("text/event-stream", StringComparison.OrdinalIgnoreCase);

    private static byte[]? ReadBody(BinaryContent? content, CancellationToken cancellationToken)
    {
        if (content is null) return null;
        using var buffer = new MemoryStream();
        content.WriteTo(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static async ValueTask<byte[]?> ReadBodyAsync(BinaryContent? content, CancellationToken cancellationToken)
    {
        if (content is null) return null;
        using var buffer = new MemoryStream();
        await content.WriteToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
