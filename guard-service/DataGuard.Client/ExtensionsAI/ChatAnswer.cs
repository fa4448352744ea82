using DataGuard.Detection.Redaction;
using Microsoft.Extensions.AI;

namespace DataGuard.Client.ExtensionsAI;

/// <summary>Restores pseudonymized values in the contents of a complete answer: text, reasoning and function-call arguments.</summary>
internal static class ChatAnswer
{
    public static void Restore(IList<AIContent> contents, PseudonymMap map)
    {
        for (int i = 0; i < contents.Count; i++)
        {
            switch (contents[i])
            {
                case TextReasoningContent reasoning:
                    reasoning.Text = map.Restore(reasoning.Text);
                    break;
                case TextContent text:
                    text.Text = map.Restore(text.Text);
                    break;
                case FunctionCallContent call:
                    // The model may pass a placeholder to a tool; the tool runs here, in the process, and gets the real value.
                    if (FunctionArguments.Restore(call.Arguments, map) is { } arguments) call.Arguments = arguments;
                    break;
            }
        }
    }
}
