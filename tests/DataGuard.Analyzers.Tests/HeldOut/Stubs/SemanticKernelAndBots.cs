// Stubs of Microsoft.SemanticKernel, OpenAI.Responses, Telegram.Bot and LoggerMessage.Define (names as in the real packages).
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
namespace Microsoft.SemanticKernel
{
    public sealed class Kernel { }
    public sealed class KernelArguments : Dictionary<string, object?> { }
    public sealed class FunctionResult { public T? GetValue<T>() => default; }
    public class PromptExecutionSettings { }
    public class ChatMessageContent { public string? Content { get; set; } }
    public static class KernelExtensions
    {
        public static Task<FunctionResult> InvokePromptAsync(this Kernel kernel, string promptTemplate, KernelArguments? arguments = null, CancellationToken cancellationToken = default) => null!;
    }
}
namespace Microsoft.SemanticKernel.ChatCompletion
{
    public class ChatHistory : List<Microsoft.SemanticKernel.ChatMessageContent>
    {
        public ChatHistory() { }
        public ChatHistory(string systemMessage) { }
        public void AddUserMessage(string content) { }
        public void AddSystemMessage(string content) { }
    }
    public interface IChatCompletionService
    {
        Task<IReadOnlyList<Microsoft.SemanticKernel.ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory, Microsoft.SemanticKernel.PromptExecutionSettings? executionSettings = null, Microsoft.SemanticKernel.Kernel? kernel = null, CancellationToken cancellationToken = default);
    }
    public static class ChatCompletionServiceExtensions
    {
        public static Task<Microsoft.SemanticKernel.ChatMessageContent> GetChatMessageContentAsync(this IChatCompletionService chatCompletionService, ChatHistory chatHistory, Microsoft.SemanticKernel.PromptExecutionSettings? executionSettings = null, Microsoft.SemanticKernel.Kernel? kernel = null, CancellationToken cancellationToken = default) => null!;
    }
}
namespace OpenAI.Responses
{
    public class OpenAIResponse { public string GetOutputText() => ""; }
    public class ResponseCreationOptions { }
    public class OpenAIResponseClient
    {
        public OpenAIResponseClient(string model, string apiKey) { }
        public virtual Task<global::System.ClientModel.ClientResult<OpenAIResponse>> CreateResponseAsync(string userInputText, ResponseCreationOptions? options = null, CancellationToken cancellationToken = default) => null!;
    }
}
namespace Telegram.Bot.Types
{
    public class ChatId { public ChatId(long identifier) { } public static implicit operator ChatId(long identifier) => new(identifier); }
    public class Message { }
}
namespace Telegram.Bot
{
    public interface ITelegramBotClient { }
    public class TelegramBotClient : ITelegramBotClient { public TelegramBotClient(string token) { } }
    public static class TelegramBotClientExtensions
    {
        public static Task<Telegram.Bot.Types.Message> SendMessage(this ITelegramBotClient botClient, Telegram.Bot.Types.ChatId chatId, string text, CancellationToken cancellationToken = default) => null!;
    }
}
namespace Microsoft.Extensions.Logging
{
    public static class LoggerMessage
    {
        public static Action<ILogger, T1, Exception?> Define<T1>(LogLevel logLevel, EventId eventId, string formatString) => (l, a, e) => { };
        public static Action<ILogger, T1, T2, Exception?> Define<T1, T2>(LogLevel logLevel, EventId eventId, string formatString) => (l, a, b, e) => { };
    }
}
