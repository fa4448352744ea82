using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Log sinks by shape (Sinks/LogShapes): methods of another assembly that format a message template
/// (<c>[MessageTemplateFormatMethod]</c>, or <c>string messageTemplate</c> then <c>params object[]</c>, as SerilogTimings'
/// <c>Operation.Begin</c>) and a logging facade of another project (<c>ILoggingService.LogError(message, ex, data)</c>). The
/// library is compiled into an assembly of its own, as a project reference or a package is seen.
/// </summary>
public class LogShapesTests
{
    private const string Library = """
        namespace Contoso.Diagnostics
        {
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class MessageTemplateFormatMethodAttribute : System.Attribute
            {
                public MessageTemplateFormatMethodAttribute(string parameterName) { }
            }

            public sealed class Timing : System.IDisposable
            {
                [MessageTemplateFormatMethod("messageTemplate")]
                public static Timing Begin(string template, params object[] args) => new Timing();
                public static Timing Time(string messageTemplate, params object[] propertyValues) => new Timing();
                public static string Describe(string format, params object[] args) => string.Format(format, args);
                public void Complete() { }
                public void Dispose() { }
            }

            public interface ILoggingService
            {
                void LogError(string message, System.Exception? exception = null, object? data = null);
                void LogUserAction(string userId, string action, object? data = null);
            }

            public interface IAuditLogService
            {
                System.Threading.Tasks.Task LogActionAsync(string action, string entityType, string? userId, string? userName, object? details = null);
            }

            public interface IAuditLogger : Microsoft.Extensions.Logging.ILogger
            {
                void LogAccess(string userName, object? details = null);
            }

            public interface IShipmentTracker
            {
                void LogDelivery(string recipient, object? data = null);
            }
        }
        """;

    private const string Usings = """
        using System;
        using Contoso.Diagnostics;

        """;

    private static Task Run(string body) => LibraryLeakTest.RunWithLibrary(Usings + """
        public sealed class Checkout
        {
            private readonly ILoggingService _log = null!;
            private readonly IShipmentTracker _tracker = null!;
            private readonly IAuditLogService _audit = null!;
            private readonly IAuditLogger _auditLogger = null!;

            public void Pay(Buyer buyer, Exception ex)
            {
                BODY;
            }
        }
        """.Replace("BODY", body) + LibraryLeakTest.Buyer, Library);

    [Fact]
    public Task A_method_marked_as_formatting_a_message_template_is_a_log() => Run("""
        using var op = {|DG1001:Timing.Begin("Paying for {Email}", buyer.Email)|}
        """);

    [Fact]
    public Task A_message_template_parameter_followed_by_params_values_is_a_log() => Run("""
        using var op = {|DG1001:Timing.Time("Charging {Phone}", buyer.Phone)|}
        """);

    [Fact]
    public Task A_message_template_method_given_no_personal_value_is_not_reported() => Run("""
        using var op = Timing.Begin("Paying for order {OrderNo}", buyer.OrderNo)
        """);

    [Fact]
    public Task A_format_parameter_followed_by_params_values_is_not_a_log() => Run("""
        var text = Timing.Describe("Paying for {0}", buyer.Email)
        """);

    [Fact]
    public Task A_message_template_method_of_this_compilation_is_a_log_whatever_its_body() => LibraryLeakTest.Run("""
        public sealed class Timed : System.IDisposable
        {
            public static Timed Begin(string messageTemplate, params object[] args) => new Timed();
            public void Dispose() { }
        }

        public sealed class Checkout
        {
            public void Pay(Buyer buyer)
            {
                using var op = {|DG1001:Timed.Begin("Paying for {Email}", buyer.Email)|};
            }
        }
        """ + LibraryLeakTest.Buyer);

    [Fact]
    public Task A_logging_facade_given_an_anonymous_object_with_a_phone_is_a_log() => Run("""
        {|DG1001:_log.LogError("SMS sending failed", ex, new { buyer.Phone })|}
        """);

    [Fact]
    public Task A_logging_facade_given_a_user_action_with_an_email_is_a_log() => Run("""
        {|DG1001:_log.LogUserAction("42", "signed in", new { buyer.Email })|}
        """);

    [Fact]
    public Task A_logging_facade_given_an_order_number_is_not_reported() => Run("""
        _log.LogError("Payment failed", ex, new { buyer.OrderNo })
        """);

    [Fact]
    public Task A_type_not_named_as_a_logger_is_not_a_log_by_its_method_name() => Run("""
        _tracker.LogDelivery(buyer.Email)
        """);

    [Fact]
    public Task An_audit_trail_service_named_as_a_log_service_is_not_a_log() => Run("""
        _audit.LogActionAsync("BookUpdated", "Book", "42", buyer.Email, new { buyer.Email, buyer.Phone })
        """);

    [Fact]
    public Task An_audit_named_logger_that_is_an_ILogger_is_a_log() => Run("""
        {|DG1001:_auditLogger.LogAccess(buyer.Email)|}
        """);
}
