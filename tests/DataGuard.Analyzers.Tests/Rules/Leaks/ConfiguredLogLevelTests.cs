using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// DG1001 and the program's configured minimum level: a Debug or Trace call below every level its appsettings*.json set
/// (MEL <c>Logging:LogLevel</c>, Serilog <c>MinimumLevel</c>, NLog rules) is dropped by the logger; anything that lets the
/// level through anywhere — an override, an environment file, the code, no file at all — keeps the report.
/// </summary>
public class ConfiguredLogLevelTests
{
    private const string Usings = """
        using Microsoft.Extensions.Logging;

        """;

    /// <summary>A service that logs a buyer's e-mail address with MEL's <paramref name="call"/> (marked #0).</summary>
    private static string MelService(string call) => Usings + """
        public sealed class CheckoutService
        {
            private readonly ILogger<CheckoutService> _logger;
            public CheckoutService(ILogger<CheckoutService> logger) => _logger = logger;

            public void Confirm(Buyer buyer)
            {
                {|#0:CALL|};
            }
        }
        """.Replace("CALL", call) + LibraryLeakTest.Buyer;

    private const string SerilogRegistrations = """
        public sealed class Registrations
        {
            public void Register(Serilog.ILogger log, Buyer buyer)
            {
                {|#0:log.Debug("Registered {Email}", buyer.Email)|};
            }
        }
        """ + LibraryLeakTest.Buyer;

    private const string NLogRegistrations = """
        public sealed class Registrations
        {
            private static readonly NLog.Logger Log = NLog.LogManager.GetCurrentClassLogger();

            public void Register(Buyer buyer)
            {
                {|#0:Log.Debug("Registered {Email}", buyer.Email)|};
            }
        }
        """ + LibraryLeakTest.Buyer;

    private const string LogDebug = "_logger.LogDebug(\"Confirmed {Email}\", buyer.Email)";

    private const string SerilogInformation = """
        { "Serilog": { "MinimumLevel": { "Default": "Information", "Override": { "Microsoft": "Warning", "System": "Warning" } } },
          "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } } }
        """;

    private static string Reported(string source) => source.Replace("{|#0:", "{|DG1001:");

    private static string Silent(string source) => source.Replace("{|#0:", string.Empty).Replace("|};", ";");

    private static Task Run(string source, params (string, string)[] files) => LibraryLeakTest.RunWithFiles(source, files);

    [Fact]
    public Task Debug_call_below_serilog_and_logging_minimum_is_not_reported()
        => Run(Silent(MelService(LogDebug)), ("appsettings.json", SerilogInformation));

    [Fact]
    public Task Log_with_a_constant_trace_level_below_the_minimum_is_not_reported()
        => Run(Silent(MelService("_logger.Log(LogLevel.Trace, \"Confirmed {Email}\", buyer.Email)")), ("appsettings.json", SerilogInformation));

    [Theory]
    [InlineData("Level = LogLevel.Debug", false)]
    [InlineData("Level = LogLevel.Warning", true)]
    public Task LoggerMessage_method_is_judged_by_its_attribute_level(string level, bool reported)
    {
        var source = MelService("_logger.Confirmed(buyer.Email)") + """

            public static partial class CheckoutLog
            {
                [LoggerMessage(EventId = 1, LEVEL, Message = "Confirmed {Email}")]
                public static partial void Confirmed(this ILogger logger, string email);
                public static partial void Confirmed(this ILogger logger, string email) { }
            }
            """.Replace("LEVEL", level);
        return Run(reported ? Reported(source) : Silent(source), ("appsettings.json", SerilogInformation));
    }

    [Fact]
    public Task Information_call_at_the_minimum_is_reported()
        => Run(Reported(MelService("_logger.LogInformation(\"Confirmed {Email}\", buyer.Email)")), ("appsettings.json", SerilogInformation));

    [Fact]
    public Task Debug_call_with_no_configuration_file_is_reported()
        => Run(Reported(MelService(LogDebug)));

    [Fact]
    public Task Debug_call_with_no_level_setting_in_the_files_is_reported()
        => Run(Reported(MelService(LogDebug)), ("appsettings.json", """{ "AllowedHosts": "*" }"""));

    [Fact]
    public Task Debug_call_when_one_category_override_lets_debug_through_is_reported()
        => Run(Reported(MelService(LogDebug)),
            ("appsettings.json", """{ "Logging": { "LogLevel": { "Default": "Warning", "Checkout": "Debug" } } }"""));

    [Fact]
    public Task Debug_call_when_the_development_file_lowers_the_level_is_reported()
        => Run(Reported(MelService(LogDebug)), ("appsettings.json", SerilogInformation),
            ("appsettings.Development.json", """{ "Serilog": { "MinimumLevel": "Debug" } }"""));

    [Fact]
    public Task Debug_call_when_serilog_level_is_controlled_by_a_switch_is_reported()
        => Run(Reported(MelService(LogDebug)),
            ("appsettings.json", """{ "Serilog": { "LevelSwitches": { "$app": "Information" }, "MinimumLevel": { "ControlledBy": "$app" } } }"""));

    [Fact]
    public Task Debug_call_when_the_code_sets_a_lower_minimum_is_reported()
        => Run(Reported(MelService(LogDebug) + """

            public static class Logs
            {
                public static void Configure(ILoggingBuilder logging) => logging.SetMinimumLevel(LogLevel.Debug);
            }
            """), ("appsettings.json", SerilogInformation));

    [Fact]
    public Task Debug_call_when_the_code_sets_a_higher_minimum_is_not_reported()
        => Run(Silent(MelService(LogDebug) + """

            public static class Logs
            {
                public static void Configure(ILoggingBuilder logging) => logging.SetMinimumLevel(LogLevel.Warning);
            }
            """), ("appsettings.json", SerilogInformation));

    /// <summary>
    /// NLog behind MEL reads nlog.config, which the package does not pass, and sets MEL's filters aside. NLog.Extensions.Logging
    /// is not restored for the tests; the wiring is found by its call's name, so the program's own extension of that name
    /// stands in for it here.
    /// </summary>
    [Fact]
    public Task Debug_call_when_mel_ends_in_nlog_configured_elsewhere_is_reported()
        => Run(Reported(MelService(LogDebug) + """

            public static class Logs
            {
                public static ILoggingBuilder AddNLog(this ILoggingBuilder logging) => logging;
                public static void Configure(ILoggingBuilder logging) => logging.AddNLog();
            }
            """), ("appsettings.json", SerilogInformation));

    [Fact]
    public Task Serilog_debug_call_when_serilog_code_configures_verbose_is_reported()
        => Run(Reported("""
            public sealed class Registrations
            {
                public static Serilog.ILogger Build() => new Serilog.LoggerConfiguration().MinimumLevel.Verbose().CreateLogger();

                public void Register(Serilog.ILogger log, Buyer buyer)
                {
                    {|#0:log.Debug("Registered {Email}", buyer.Email)|};
                }
            }
            """ + LibraryLeakTest.Buyer), ("appsettings.json", SerilogInformation));

    [Fact]
    public Task Serilog_debug_call_below_its_minimum_is_not_reported()
        => Run(Silent(SerilogRegistrations), ("appsettings.json", """{ "Serilog": { "MinimumLevel": "Information" } }"""));

    [Fact]
    public Task Serilog_debug_call_with_only_logging_settings_is_reported()
        => Run(Reported(SerilogRegistrations), ("appsettings.json", """{ "Logging": { "LogLevel": { "Default": "Warning" } } }"""));

    [Fact]
    public Task Nlog_debug_call_below_every_rule_is_not_reported_and_a_rule_without_level_reports()
        => Run(Silent(NLogRegistrations), ("appsettings.json", """{ "NLog": { "rules": [ { "logger": "*", "minLevel": "Info", "writeTo": "file" } ] } }"""));

    [Fact]
    public Task Nlog_debug_call_with_a_rule_that_takes_every_level_is_reported()
        => Run(Reported(NLogRegistrations),
            ("appsettings.json", """{ "NLog": { "rules": [ { "logger": "*", "minLevel": "Info", "writeTo": "file" }, { "logger": "Audit.*", "writeTo": "db" } ] } }"""));

    [Fact]
    public Task Log4net_debug_call_is_reported_whatever_appsettings_say()
        => Run(Reported("""
            public sealed class Registrations
            {
                private static readonly log4net.ILog Log = log4net.LogManager.GetLogger(typeof(Registrations));

                public void Register(Buyer buyer)
                {
                    {|#0:Log.Debug("Registered " + buyer.Email)|};
                }
            }
            """ + LibraryLeakTest.Buyer), ("appsettings.json", SerilogInformation));
}
