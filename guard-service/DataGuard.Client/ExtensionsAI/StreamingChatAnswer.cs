using DataGuard.Detection.Redaction;
using Microsoft.Extensions.AI;

namespace DataGuard.Client.ExtensionsAI;

/// <summary>
/// Restores pseudonymized values in a streamed answer, update by update. Text goes through a <see cref="StreamingRestorer"/>,
/// so a placeholder split across updates is still restored while only a placeholder's length is held back; held-back text
/// is released with the update that finishes the message, or in one last update. Not thread-safe: one per answer.
/// </summary>
internal sealed class StreamingChatAnswer(PseudonymMap map)
{
    private readonly StreamingRestorer _text = new(map);
    private readonly StreamingRestorer _reasoning = new(map);
    private ChatResponseUpdate? _last;

    /// <summary>Restores an update in place.</summary>
    public void Restore(ChatResponseUpdate update)
    {
        foreach (var content in update.Contents)
        {
            switch (content)
            {
                case TextReasoningContent reasoning:
                    reasoning.Text = _reasoning.Push(reasoning.Text);
                    break;
                case TextContent text:
                    text.Text = _text.Push(text.Text);
                    break;
                case FunctionCallContent call:
                    if (FunctionArguments.Restore(call.Arguments, map) is { } arguments) call.Arguments = arguments;
                    break;
            }
        }
        if (update.FinishReason is not null) Release(update.Contents);
        _last = update;
    }

    /// <summary>An update with the text still held back at the end of the stream, or null when none is.</summary>
    public ChatResponseUpdate? Complete()
    {
        var contents = new List<AIContent>();
        Release(contents);
        if (contents.Count == 0) return null;
        return new ChatResponseUpdate(_last?.Role ?? ChatRole.Assistant, contents)
        {
            MessageId = _last?.MessageId,
            ResponseId = _last?.ResponseId,
            ConversationId = _last?.ConversationId,
            ModelId = _last?.ModelId,
            CreatedAt = _last?.CreatedAt,
        };
    }

    private void Release(IList<AIContent> contents)
    {
        var reasoning = _reasoning.Flush();
        if (reasoning.Length > 0) contents.Add(new TextReasoningContent(reasoning));
        var text = _text.Flush();
        if (text.Length > 0) contents.Add(new TextContent(text));
    }
}
