// Stub of Microsoft.Extensions.Logging.Abstractions: same namespaces, types and method shapes as the real package.
using System;
namespace Microsoft.Extensions.Logging
{
    public enum LogLevel { Trace, Debug, Information, Warning, Error, Critical, None }
    public readonly struct EventId
    {
        public EventId(int id, string? name = null) { Id = id; Name = name; }
        public int Id { get; }
        public string? Name { get; }
        public static implicit operator EventId(int i) => new EventId(i);
    }
    public interface ILogger
    {
        void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter);
        bool IsEnabled(LogLevel logLevel);
        IDisposable? BeginScope<TState>(TState state) where TState : notnull;
    }
    public interface ILogger<out TCategoryName> : ILogger { }
    public interface ILoggerFactory : IDisposable { ILogger CreateLogger(string categoryName); }
    public static class LoggerFactoryExtensions { public static ILogger<T> CreateLogger<T>(this ILoggerFactory factory) => null!; }
    public static class LoggerExtensions
    {
        public static void LogDebug(this ILogger logger, string? message, params object?[] args) { }
        public static void LogDebug(this ILogger logger, Exception? exception, string? message, params object?[] args) { }
        public static void LogTrace(this ILogger logger, string? message, params object?[] args) { }
        public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
        public static void LogInformation(this ILogger logger, EventId eventId, string? message, params object?[] args) { }
        public static void LogInformation(this ILogger logger, Exception? exception, string? message, params object?[] args) { }
        public static void LogWarning(this ILogger logger, string? message, params object?[] args) { }
        public static void LogWarning(this ILogger logger, Exception? exception, string? message, params object?[] args) { }
        public static void LogWarning(this ILogger logger, EventId eventId, string? message, params object?[] args) { }
        public static void LogError(this ILogger logger, string? message, params object?[] args) { }
        public static void LogError(this ILogger logger, Exception? exception, string? message, params object?[] args) { }
        public static void LogCritical(this ILogger logger, Exception? exception, string? message, params object?[] args) { }
        public static void LogCritical(this ILogger logger, string? message, params object?[] args) { }
        public static void Log(this ILogger logger, LogLevel logLevel, string? message, params object?[] args) { }
        public static void Log(this ILogger logger, LogLevel logLevel, Exception? exception, string? message, params object?[] args) { }
        public static IDisposable? BeginScope(this ILogger logger, string messageFormat, params object?[] args) => null;
    }
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class LoggerMessageAttribute : Attribute
    {
        public LoggerMessageAttribute() { }
        public LoggerMessageAttribute(int eventId, LogLevel level, string message) { EventId = eventId; Level = level; Message = message; }
        public LoggerMessageAttribute(LogLevel level, string message) { Level = level; Message = message; }
        public int EventId { get; set; }
        public string? EventName { get; set; }
        public LogLevel Level { get; set; }
        public string Message { get; set; } = "";
    }
}
namespace Microsoft.Extensions.Logging.Abstractions
{
    public sealed class NullLogger<T> : Microsoft.Extensions.Logging.ILogger<T>
    {
        public static readonly NullLogger<T> Instance = new();
        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, System.Exception? exception, System.Func<TState, System.Exception?, string> formatter) { }
        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => false;
        public System.IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    }
}
