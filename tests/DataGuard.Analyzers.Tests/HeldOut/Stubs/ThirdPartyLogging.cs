// Stubs of Serilog, NLog and log4net public surfaces (names as in the real packages).
using System;
namespace Serilog
{
    public interface ILogger
    {
        ILogger ForContext(string propertyName, object? value, bool destructureObjects = false);
        ILogger ForContext<TSource>();
        void Information(string messageTemplate);
        void Information<T>(string messageTemplate, T propertyValue);
        void Information<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1);
        void Information(string messageTemplate, params object?[]? propertyValues);
        void Warning(string messageTemplate, params object?[]? propertyValues);
        void Error(Exception? exception, string messageTemplate, params object?[]? propertyValues);
        void Error(string messageTemplate, params object?[]? propertyValues);
        void Debug(string messageTemplate, params object?[]? propertyValues);
    }
    public static class Log
    {
        public static ILogger Logger { get; set; } = null!;
        public static ILogger ForContext<TSource>() => Logger;
        public static ILogger ForContext(string propertyName, object? value, bool destructureObjects = false) => Logger;
        public static void Verbose(string messageTemplate, params object?[]? propertyValues) { }
        public static void Debug(string messageTemplate, params object?[]? propertyValues) { }
        public static void Information(string messageTemplate) { }
        public static void Information<T>(string messageTemplate, T propertyValue) { }
        public static void Information<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1) { }
        public static void Information(string messageTemplate, params object?[]? propertyValues) { }
        public static void Warning(string messageTemplate, params object?[]? propertyValues) { }
        public static void Warning<T>(string messageTemplate, T propertyValue) { }
        public static void Error(string messageTemplate, params object?[]? propertyValues) { }
        public static void Error(Exception? exception, string messageTemplate, params object?[]? propertyValues) { }
        public static void Fatal(Exception? exception, string messageTemplate, params object?[]? propertyValues) { }
    }
}
namespace Serilog.Context
{
    public static class LogContext
    {
        public static IDisposable PushProperty(string name, object? value, bool destructureObjects = false) => null!;
    }
}
namespace NLog
{
    public class Logger
    {
        public void Trace(string message) { }
        public void Debug(string message) { }
        public void Debug(string message, params object?[] args) { }
        public void Info(string message) { }
        public void Info(string message, params object?[] args) { }
        public void Info<TArgument>(string message, TArgument argument) { }
        public void Warn(string message) { }
        public void Warn(string message, params object?[] args) { }
        public void Error(string message) { }
        public void Error(Exception exception, string message, params object?[] args) { }
        public void Fatal(string message) { }
    }
    public static class LogManager
    {
        public static Logger GetCurrentClassLogger() => new Logger();
        public static Logger GetLogger(string name) => new Logger();
    }
}
namespace log4net
{
    public interface ILog
    {
        void Debug(object message);
        void Info(object message);
        void Info(object message, Exception exception);
        void InfoFormat(string format, params object[] args);
        void Warn(object message);
        void WarnFormat(string format, params object[] args);
        void Error(object message);
        void Error(object message, Exception exception);
        void ErrorFormat(string format, params object[] args);
    }
    public static class LogManager
    {
        public static ILog GetLogger(Type type) => null!;
        public static ILog GetLogger(string name) => null!;
    }
}
