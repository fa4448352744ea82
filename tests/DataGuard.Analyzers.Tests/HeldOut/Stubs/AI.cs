// Stubs of OpenAI 2.x, Azure.AI.OpenAI 2.x and Microsoft.Extensions.AI public surfaces (names as in the real packages).
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
namespace System.ClientModel
{
    public class ApiKeyCredential { public ApiKeyCredential(string key) { } }
    public class ClientResult<T> { public T Value { get; } = default!; public static implicit operator T(ClientResult<T> result) => result.Value; }
}
namespace Azure
{
    public class AzureKeyCredential { public AzureKeyCredential(string key) { } }
}
namespace OpenAI
{
    public class OpenAIClient
    {
        protected OpenAIClient() { }
        public OpenAIClient(string apiKey) { }
        public virtual OpenAI.Chat.ChatClient GetChatClient(string model) => null!;
        public virtual OpenAI.Embeddings.EmbeddingClient GetEmbeddingClient(string model) => null!;
    }
}
namespace OpenAI.Chat
{
    public abstract class ChatMessage
    {
        public static UserChatMessage CreateUserMessage(string content) => new(content);
        public static SystemChatMessage CreateSystemMessage(string content) => new(content);
        public static AssistantChatMessage CreateAssistantMessage(string content) => new(content);
        public static implicit operator ChatMessage(string content) => new UserChatMessage(content);
    }
    public class UserChatMessage : ChatMessage { public UserChatMessage(string content) { } }
    public class SystemChatMessage : ChatMessage { public SystemChatMessage(string content) { } }
    public class AssistantChatMessage : ChatMessage { public AssistantChatMessage(string content) { } }
    public class ChatMessageContentPart { public string Text { get; } = ""; }
    public class ChatMessageContent : System.Collections.ObjectModel.Collection<ChatMessageContentPart> { }
    public class ChatCompletion { public ChatMessageContent Content { get; } = new(); }
    public class ChatCompletionOptions { public float? Temperature { get; set; } public int? MaxOutputTokenCount { get; set; } }
    public class StreamingChatCompletionUpdate { public ChatMessageContent ContentUpdate { get; } = new(); }
    public class ChatClient
    {
        protected ChatClient() { }
        public ChatClient(string model, string apiKey) { }
        public ChatClient(string model, global::System.ClientModel.ApiKeyCredential credential) { }
        public virtual global::System.ClientModel.ClientResult<ChatCompletion> CompleteChat(params ChatMessage[] messages) => null!;
        public virtual global::System.ClientModel.ClientResult<ChatCompletion> CompleteChat(IEnumerable<ChatMessage> messages, ChatCompletionOptions? options = null, CancellationToken cancellationToken = default) => null!;
        public virtual Task<global::System.ClientModel.ClientResult<ChatCompletion>> CompleteChatAsync(params ChatMessage[] messages) => null!;
        public virtual Task<global::System.ClientModel.ClientResult<ChatCompletion>> CompleteChatAsync(IEnumerable<ChatMessage> messages, ChatCompletionOptions? options = null, CancellationToken cancellationToken = default) => null!;
        public virtual IAsyncEnumerable<StreamingChatCompletionUpdate> CompleteChatStreamingAsync(params ChatMessage[] messages) => null!;
    }
}
namespace OpenAI.Embeddings
{
    public class OpenAIEmbedding { public ReadOnlyMemory<float> ToFloats() => default; }
    public class EmbeddingClient
    {
        public EmbeddingClient(string model, string apiKey) { }
        public virtual global::System.ClientModel.ClientResult<OpenAIEmbedding> GenerateEmbedding(string input) => null!;
        public virtual Task<global::System.ClientModel.ClientResult<OpenAIEmbedding>> GenerateEmbeddingAsync(string input, CancellationToken cancellationToken = default) => null!;
    }
}
namespace Azure.AI.OpenAI
{
    public class AzureOpenAIClient : global::OpenAI.OpenAIClient
    {
        public AzureOpenAIClient(Uri endpoint, Azure.AzureKeyCredential credential) { }
        public override global::OpenAI.Chat.ChatClient GetChatClient(string deploymentName) => null!;
    }
}
namespace Microsoft.Extensions.AI
{
    public readonly struct ChatRole
    {
        public ChatRole(string value) { Value = value; }
        public string Value { get; }
        public static ChatRole System => new("system");
        public static ChatRole User => new("user");
        public static ChatRole Assistant => new("assistant");
    }
    public class ChatMessage
    {
        public ChatMessage() { }
        public ChatMessage(ChatRole role, string? content) { Role = role; Text = content ?? ""; }
        public ChatRole Role { get; set; }
        public string Text { get; set; } = "";
    }
    public class ChatOptions { public float? Temperature { get; set; } public string? ModelId { get; set; } }
    public class ChatResponse { public string Text { get; } = ""; }
    public class ChatResponseUpdate { public string Text { get; } = ""; }
    public interface IChatClient : IDisposable
    {
        Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default);
        IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default);
        object? GetService(Type serviceType, object? serviceKey = null);
    }
    public static class ChatClientExtensions
    {
        public static Task<ChatResponse> GetResponseAsync(this IChatClient client, string chatMessage, ChatOptions? options = null, CancellationToken cancellationToken = default) => null!;
        public static Task<ChatResponse> GetResponseAsync(this IChatClient client, ChatMessage chatMessage, ChatOptions? options = null, CancellationToken cancellationToken = default) => null!;
        public static IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(this IChatClient client, string chatMessage, ChatOptions? options = null, CancellationToken cancellationToken = default) => null!;
    }
    public class Embedding<T> { public ReadOnlyMemory<T> Vector { get; } }
    public class GeneratedEmbeddings<TEmbedding> : List<TEmbedding> { }
    public class EmbeddingGenerationOptions { }
    public interface IEmbeddingGenerator<in TInput, TEmbedding> : IDisposable where TEmbedding : class
    {
        Task<GeneratedEmbeddings<TEmbedding>> GenerateAsync(IEnumerable<TInput> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default);
    }
    public static class EmbeddingGeneratorExtensions
    {
        public static Task<ReadOnlyMemory<TEmbeddingElement>> GenerateVectorAsync<TInput, TEmbeddingElement>(this IEmbeddingGenerator<TInput, Embedding<TEmbeddingElement>> generator, TInput value, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) => null!;
    }
}
