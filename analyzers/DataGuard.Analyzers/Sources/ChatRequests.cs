using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// The text a person typed into the program's chat: the message or content of a chat request the program declares
/// (<c>ChatRequest.Message</c>, <c>ChatMessageDto.Content</c> of its history). People type their names, e-mails, booking
/// numbers and complaints there, so it is personal unless shown otherwise (round 29: BookIt posted a customer's chat and its
/// last ten messages to <c>api.openai.com</c>). Only the request's text, not the answer the program sends back
/// (<c>ChatResponse.Message</c>), and not a stored row (<c>ChatMessage</c> entities are judged by their columns' names).
/// </summary>
internal static class ChatRequests
{
    /// <summary>Words of a type's name that say it belongs to a chat.</summary>
    private static readonly string[] ChatWords = { "chat", "chatbot", "conversation", "prompt", "assistant" };

    /// <summary>Last words of a type's name that say it is what a client sent: a request, or the shape it was bound to.</summary>
    private static readonly string[] RequestWords = { "request", "dto", "input", "command", "model", "body", "payload" };

    /// <summary>Last words of a member that holds the typed text.</summary>
    private static readonly string[] TextWords = { "message", "content", "prompt", "text", "question", "query", "input" };

    /// <summary>True for a text member of the program's own chat request (see the class summary).</summary>
    public static bool IsTypedText(ISymbol member)
    {
        if (member is not (IPropertySymbol { IsStatic: false, IsIndexer: false } or IFieldSymbol { IsStatic: false, IsConst: false, IsImplicitlyDeclared: false })
            || PersonalDataClassifier.MemberType(member) is not { SpecialType: SpecialType.System_String }
            || member.ContainingType is not { } owner || PersonalDataClassifier.IsFramework(owner)
            || IdentifierWords.LastWord(member.Name) is not { } last || !TextWords.Contains(last))
        {
            return false;
        }

        var words = IdentifierWords.Words(owner.Name);
        return IdentifierWords.LastWord(words) is { } kind && RequestWords.Contains(kind) && words.Any(ChatWords.Contains);
    }
}
