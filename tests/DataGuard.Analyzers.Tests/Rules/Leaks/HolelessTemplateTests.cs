using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A constant message template without a hole (a message key such as <c>"account.banned"</c>) writes none of the values
/// after it: Microsoft.Extensions.Logging enumerates only the values its holes name and Serilog binds no property for it. So
/// a person's e-mail handed after such a template is dropped, also through the program's own facade that passes its
/// template parameter on. A template with a hole, a template chosen at run time and a facade that adds its own hole write them.
/// </summary>
public class HolelessTemplateTests
{
    private const string Facade = """

        public static class Messages
        {
            public const string AccountBanned = "account.banned";
            public const string AccountBannedFor = "account.banned {Email}";
        }

        public sealed class LogService
        {
            private readonly ILogger<LogService> _logger = null!;

            // A message-template method by its shape, wherever it is (Sinks/LogShapes).
            public void LogInformation(string messageTemplate, params object[] propertyValues) => _logger.LogInformation(messageTemplate, propertyValues);

            // Wrappers by their bodies: the first passes its template on, the second adds a hole of its own.
            public void Info(string message, params object[] values) => _logger.LogInformation(message, values);

            public void Audit(string message, params object[] values) => _logger.LogInformation(message + " {Values}", values);
        }

        public sealed class BanHandler
        {
            private readonly LogService _log = null!;

            public void Ban(Citizen citizen)
            {
                BODY;
            }
        }
        """;

    private static Task Run(string body) => Verify<PersonalDataLoggedAnalyzer>.Analyzer(TestCode.Wrap(body));

    private static Task ThroughFacade(string body) => Verify<PersonalDataLoggedAnalyzer>.Analyzer(TestCode.Wrap(string.Empty) + Facade.Replace("BODY", body));

    [Fact]
    public Task Value_after_a_constant_template_without_a_hole_is_not_reported() => Run("""
        const string Banned = "account.banned";
        void M(Citizen citizen)
        {
            _logger.LogInformation("account.banned", citizen.Phone);
            _logger.LogWarning(Banned, citizen.NationalId, citizen.FullName);
        }
        """);

    [Fact]
    public Task Value_after_a_template_with_a_hole_is_reported() => Run("""
        void M(Citizen citizen)
        {
            {|DG1001:_logger.LogInformation("account.banned {Phone}", citizen.Phone)|};
            {|DG1001:_logger.LogInformation("account {Id} banned", citizen.Age, citizen.NationalId)|};
        }
        """);

    [Fact]
    public Task Value_after_a_template_chosen_at_run_time_is_reported() => Run("""
        void M(Citizen citizen, string key)
        {
            {|DG1001:_logger.LogInformation(key, citizen.Phone)|};
        }
        """);

    [Fact]
    public Task Message_key_through_a_template_method_of_the_program_is_not_reported()
        => ThroughFacade("_log.LogInformation(Messages.AccountBanned, citizen.Phone)");

    [Fact]
    public Task Template_with_a_hole_through_a_template_method_of_the_program_is_reported()
        => ThroughFacade("{|DG1001:_log.LogInformation(Messages.AccountBannedFor, citizen.Phone)|}");

    [Fact]
    public Task Message_key_through_a_wrapper_that_passes_its_template_on_is_not_reported()
        => ThroughFacade("_log.Info(Messages.AccountBanned, citizen.Phone)");

    [Fact]
    public Task Template_with_a_hole_through_a_wrapper_that_passes_it_on_is_reported()
        => ThroughFacade("{|DG1001:_log.Info(Messages.AccountBannedFor, citizen.Phone)|}");

    [Fact]
    public Task Message_key_through_a_wrapper_that_adds_its_own_hole_is_reported()
        => ThroughFacade("{|DG1001:_log.Audit(Messages.AccountBanned, citizen.Phone)|}");
}
