namespace DataGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// Small copies of the APIs the rules recognise, declared under their real metadata names so tests stay fast and offline.
/// </summary>
internal static class Stubs
{
    public const string Annotations = """
        namespace DataGuard
        {
            public enum PersonalDataKind { Other, NationalId, Name, Phone, Plate, Address, BirthDate, Email }

            [System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Field | System.AttributeTargets.Parameter)]
            public sealed class PersonalFieldAttribute : System.Attribute
            {
                public PersonalFieldAttribute() { }
                public PersonalFieldAttribute(PersonalDataKind kind) { Kind = kind; }
                public PersonalDataKind Kind { get; }
            }

            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class SanitizerAttribute : System.Attribute { }

            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class PersonalDataQueryAttribute : System.Attribute { }

            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class AuditsPersonalDataAccessAttribute : System.Attribute { }

            public static class Masking
            {
                public static string Mask(string? value) => value is null ? string.Empty : new string('*', value.Length);
                public static string MaskNationalId(string? value) => Mask(value);
            }
        }
        """;

    public const string Logging = """
        namespace Microsoft.Extensions.Logging
        {
            public enum LogLevel { Trace, Debug, Information, Warning, Error, Critical, None }
            public readonly struct EventId { public EventId(int id, string? name = null) { } }
            public interface ILogger
            {
                void Log<TState>(LogLevel logLevel, EventId eventId, TState state, System.Exception? exception, System.Func<TState, System.Exception?, string> formatter);
                System.IDisposable? BeginScope<TState>(TState state) where TState : notnull;
            }
            public interface ILogger<out T> : ILogger { }
            public static class LoggerExtensions
            {
                public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
                public static void LogInformation(this ILogger logger, System.Exception? exception, string? message, params object?[] args) { }
                public static void LogWarning(this ILogger logger, string? message, params object?[] args) { }
                public static void LogError(this ILogger logger, string? message, params object?[] args) { }
                public static void LogError(this ILogger logger, System.Exception? exception, string? message, params object?[] args) { }
                public static void LogDebug(this ILogger logger, string? message, params object?[] args) { }
                public static void Log(this ILogger logger, LogLevel logLevel, string? message, params object?[] args) { }
                public static System.IDisposable? BeginScope(this ILogger logger, string messageFormat, params object?[] args) => null;
            }
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class LoggerMessageAttribute : System.Attribute
            {
                public LoggerMessageAttribute() { }
                public LoggerMessageAttribute(int eventId, LogLevel level, string message) { Message = message; }
                public int EventId { get; set; }
                public LogLevel Level { get; set; }
                public string Message { get; set; } = "";
            }
        }
        """;

    public const string OtherLoggers = """
        namespace Serilog
        {
            public interface ILogger
            {
                void Information(string messageTemplate, params object?[]? propertyValues);
                void Warning(string messageTemplate, params object?[]? propertyValues);
                void Error(System.Exception? exception, string messageTemplate, params object?[]? propertyValues);
            }
            public static class Log
            {
                public static void Information(string messageTemplate, params object?[]? propertyValues) { }
                public static void Debug(string messageTemplate, params object?[]? propertyValues) { }
                public static ILogger ForContext(string propertyName, object? value, bool destructureObjects = false) => null!;
            }
        }
        namespace NLog
        {
            public class Logger
            {
                public void Info(string message, params object?[] args) { }
                public void Warn(string message, params object?[] args) { }
            }
        }
        namespace log4net
        {
            public interface ILog
            {
                void Info(object message);
                void InfoFormat(string format, params object[] args);
            }
        }
        """;

    public const string GenerativeAi = """
        namespace OpenAI.Chat
        {
            public abstract class ChatMessage
            {
                public static ChatMessage CreateUserMessage(string content) => new UserChatMessage(content);
                public static ChatMessage CreateSystemMessage(string content) => new SystemChatMessage(content);
            }
            public class UserChatMessage : ChatMessage { public UserChatMessage(string content) { } }
            public class SystemChatMessage : ChatMessage { public SystemChatMessage(string content) { } }
            public class ChatCompletion { public string Text => ""; }
            public class ChatClient
            {
                public virtual System.Threading.Tasks.Task<ChatCompletion> CompleteChatAsync(params ChatMessage[] messages) => null!;
                public virtual System.Threading.Tasks.Task<ChatCompletion> CompleteChatAsync(System.Collections.Generic.IEnumerable<ChatMessage> messages, object? options = null, System.Threading.CancellationToken cancellationToken = default) => null!;
                public virtual ChatCompletion CompleteChat(params ChatMessage[] messages) => null!;
            }
        }
        namespace OpenAI.Embeddings
        {
            public class EmbeddingClient
            {
                public virtual System.Threading.Tasks.Task<object> GenerateEmbeddingAsync(string input, object? options = null, System.Threading.CancellationToken cancellationToken = default) => null!;
            }
        }
        namespace OpenAI.Responses
        {
            public class OpenAIResponseClient
            {
                public virtual System.Threading.Tasks.Task<object> CreateResponseAsync(string userInputText, object? options = null, System.Threading.CancellationToken cancellationToken = default) => null!;
            }
        }
        namespace Azure.AI.OpenAI
        {
            public class AzureOpenAIClient
            {
                public AzureOpenAIClient(System.Uri endpoint, object credential) { }
                public virtual global::OpenAI.Chat.ChatClient GetChatClient(string deploymentName) => null!;
            }
        }
        namespace Microsoft.Extensions.AI
        {
            public class ChatResponse { public string Text => ""; }
            public interface IChatClient
            {
                System.Threading.Tasks.Task<ChatResponse> GetResponseAsync(System.Collections.Generic.IEnumerable<ChatMessage> messages, object? options = null, System.Threading.CancellationToken cancellationToken = default);
            }
            public class ChatMessage { public ChatMessage(ChatRole role, string? content) { } }
            public readonly struct ChatRole { public static ChatRole User => default; public static ChatRole System => default; }
            public static class ChatClientExtensions
            {
                public static System.Threading.Tasks.Task<ChatResponse> GetResponseAsync(this IChatClient client, string chatMessage, object? options = null, System.Threading.CancellationToken cancellationToken = default) => null!;
            }
            public interface IEmbeddingGenerator<in TInput, TEmbedding>
            {
                System.Threading.Tasks.Task<object> GenerateAsync(System.Collections.Generic.IEnumerable<TInput> values, object? options = null, System.Threading.CancellationToken cancellationToken = default);
            }
        }
        namespace Microsoft.SemanticKernel
        {
            public sealed class Kernel { }
            public sealed class KernelArguments : System.Collections.Generic.Dictionary<string, object?> { }
            public static class KernelExtensions
            {
                public static System.Threading.Tasks.Task<object> InvokePromptAsync(this Kernel kernel, string promptTemplate, KernelArguments? arguments = null) => null!;
            }
        }
        """;

    public const string Compliance = """
        namespace Microsoft.AspNetCore.Identity
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public class PersonalDataAttribute : System.Attribute { }
            public class ProtectedPersonalDataAttribute : PersonalDataAttribute { }
        }
        namespace Microsoft.Extensions.Compliance.Classification
        {
            public abstract class DataClassificationAttribute : System.Attribute { }
        }
        namespace Microsoft.Extensions.Compliance.Redaction
        {
            public abstract class Redactor
            {
                public string Redact(string? source) => "";
            }
        }
        """;

    /// <summary>EF Core's query surface and Dapper's extension methods, as DG1008 sees them.</summary>
    public const string DataAccess = """
        namespace Microsoft.EntityFrameworkCore
        {
            using System.Linq;
            public abstract class DbSet<TEntity> : IQueryable<TEntity> where TEntity : class
            {
                public abstract System.Type ElementType { get; }
                public abstract System.Linq.Expressions.Expression Expression { get; }
                public abstract IQueryProvider Provider { get; }
                public abstract System.Collections.Generic.IEnumerator<TEntity> GetEnumerator();
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
                public virtual TEntity? Find(params object?[]? keyValues) => null;
                public virtual System.Threading.Tasks.ValueTask<TEntity?> FindAsync(params object?[]? keyValues) => default;
                public virtual void Remove(TEntity entity) { }
                public virtual void RemoveRange(System.Collections.Generic.IEnumerable<TEntity> entities) { }
                public virtual void Update(TEntity entity) { }
                public virtual void Add(TEntity entity) { }
            }
            public static class EntityFrameworkQueryableExtensions
            {
                public static System.Threading.Tasks.Task<System.Collections.Generic.List<T>> ToListAsync<T>(this IQueryable<T> source) => null!;
                public static System.Threading.Tasks.Task<T?> FirstOrDefaultAsync<T>(this IQueryable<T> source, System.Linq.Expressions.Expression<System.Func<T, bool>> predicate) => null!;
                public static Query.IIncludableQueryable<T, P> Include<T, P>(this IQueryable<T> source, System.Linq.Expressions.Expression<System.Func<T, P>> navigation) => null!;
                public static Query.IIncludableQueryable<T, P> ThenInclude<T, Previous, P>(this Query.IIncludableQueryable<T, System.Collections.Generic.IEnumerable<Previous>> source, System.Linq.Expressions.Expression<System.Func<Previous, P>> navigation) => null!;
                public static Query.IIncludableQueryable<T, P> ThenInclude<T, Previous, P>(this Query.IIncludableQueryable<T, Previous> source, System.Linq.Expressions.Expression<System.Func<Previous, P>> navigation) => null!;
                public static IQueryable<T> Include<T>(this IQueryable<T> source, string navigationPath) => source;
            }
        }
        namespace Microsoft.EntityFrameworkCore.Query
        {
            public interface IIncludableQueryable<out T, out P> : System.Linq.IQueryable<T> { }
        }
        namespace Microsoft.EntityFrameworkCore.Migrations
        {
            public abstract class Migration { protected abstract void Up(object migrationBuilder); }
        }
        namespace Dapper
        {
            public static class SqlMapper
            {
                public static System.Collections.Generic.IEnumerable<T> Query<T>(this System.Data.IDbConnection cnn, string sql, object? param = null) => null!;
                public static System.Threading.Tasks.Task<T?> QueryFirstOrDefaultAsync<T>(this System.Data.IDbConnection cnn, string sql, object? param = null) => null!;
            }
        }
        """;
}
