using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// The dataflow rules in code of an executable that never runs: methods nothing calls, classes nothing registers or
/// constructs (round 7's unregistered development mail service), and the option that asks for such code to be judged anyway.
/// </summary>
public class UnreachableCodeTests
{
    private const string ReportUnreachable = "dataguard.report_unreachable_code = true";

    /// <summary>An application's mail abstraction: the registered service and a development one nobody registers.</summary>
    private const string Mail = """
        public interface IMailer { void Send(string to, string body); }
        public sealed class SmtpMailer : IMailer
        {
            readonly ILogger _logger;
            public SmtpMailer(ILogger logger) { _logger = logger; }
            public void Send(string to, string body) { _logger.LogInformation("Mail sent"); }
        }
        """;

    private const string DevelopmentMailer = """
        public sealed class DevelopmentMailer : IMailer
        {
            readonly ILogger _logger;
            public DevelopmentMailer(ILogger logger) { _logger = logger; }
            public void Send(string email, string body) { _logger.LogInformation("Mail to {Email}: {Body}", email, body); }
            public static string LastCode(string to) => "000000";
        }
        """;

    private const string Logged = "_logger.LogInformation(\"Mail to {Email}: {Body}\", email, body)";

    private const string Reported = "{|DG1001:" + Logged + "|}";

    private const string Register = """
        public sealed class Accounts
        {
            readonly IMailer _mailer;
            public Accounts(IMailer mailer) { _mailer = mailer; }
            public void Register(Citizen citizen) { _mailer.Send(citizen.Phone, "Welcome " + citizen.FullName); }
        }
        """;

    private static Task Run(string code, string? editorConfig = null, OutputKind output = OutputKind.ConsoleApplication)
    {
        var test = Verify<PersonalDataLoggedAnalyzer>.Create(TestCode.Usings + code + TestCode.Citizen, editorConfig);
        test.TestState.OutputKind = output;
        return test.RunAsync();
    }

    private static string Program(string statements) => "static class Program { static void Main() { ILogger logger = null!; " + statements + " } }\n";

    // ----- silent: code that never runs -----

    [Fact]
    public Task Class_nothing_registers_or_constructs_is_silent_and_so_are_calls_through_its_interface()
        => Run(Mail + DevelopmentMailer + Register + Program("new Accounts(new SmtpMailer(logger)).Register(new Citizen());"));

    [Fact]
    public Task Class_named_only_for_a_static_member_runs_none_of_its_instance_code()
        => Run(Mail + DevelopmentMailer + Register + Program("new Accounts(new SmtpMailer(logger)).Register(new Citizen()); var code = DevelopmentMailer.LastCode(\"x\");"));

    [Fact]
    public Task Method_of_an_application_nothing_calls_is_silent() => Run("""
        public sealed class Notices
        {
            readonly ILogger _logger = null!;
            public void Announce(Citizen citizen) { _logger.LogInformation("Notice for {Name}", citizen.FullName); }
        }
        """ + Program("new Notices();"));

    /// <summary>A repository method whose only caller is a service method of the same name nothing calls (round 7's ticketing repositories).</summary>
    private const string Layers = """
        public sealed class Repository
        {
            readonly ILogger _logger = null!;
            public void Load(Citizen citizen) { LOG; }
        }
        public sealed class Service
        {
            readonly Repository _repository = new();
            public void Load(Citizen citizen) => _repository.Load(citizen);
        }
        """;

    [Fact]
    public Task Method_called_only_from_code_that_never_runs_is_silent()
        => Run(Layers.Replace("LOG", "_logger.LogInformation(\"Loaded {Name}\", citizen.FullName)") + Program("new Service();"));

    [Fact]
    public Task Method_also_handed_over_as_a_method_group_is_reported()
        => Run(Layers.Replace("LOG", "{|DG1001:_logger.LogInformation(\"Loaded {Name}\", citizen.FullName)|}")
               + Program("new Service(); Action<Citizen> load = new Repository().Load;"));

    /// <summary>Round 32's school ERP: a registered mail service whose contract has methods no project here calls yet.</summary>
    private const string AccountMail = """
        public interface IAccountMail { void SendReset(string email, string link); void SendWelcome(string email, string firstName); void SendDigest(int count); }
        public sealed class AccountMail : IAccountMail
        {
            readonly ILogger _logger;
            public AccountMail(ILogger logger) { _logger = logger; }
            public void SendReset(string email, string link) { _logger.LogError("Failed to send reset to {Email}", email); }
            public void SendWelcome(string email, string firstName) { WELCOME; }
            public void SendDigest(int count) { _logger.LogInformation("Digest of {Count} for {Name}", count, new Citizen().FullName); }
            public void Announce(string email) { _logger.LogInformation("Announced to {Email}", email); }
        }
        """;

    private const string AccountMailCaller = "IAccountMail mail = new AccountMail(logger); mail.SendReset(new Citizen().Phone, \"l\");";

    [Fact]
    public Task Uncalled_method_of_a_service_contract_with_a_personal_parameter_is_reported()
        => Run(AccountMail.Replace("WELCOME", "{|DG1001:_logger.LogError(\"Failed to send welcome to {Email}\", email)|}")
               .Replace("_logger.LogError(\"Failed to send reset to {Email}\", email)", "{|DG1001:_logger.LogError(\"Failed to send reset to {Email}\", email)|}")
               + Program(AccountMailCaller));

    [Fact]
    public Task Uncalled_service_methods_without_a_personal_parameter_or_outside_the_contract_are_silent()
        => Run(AccountMail.Replace("WELCOME", "_logger.LogInformation(\"Welcome sent\")")
               .Replace("_logger.LogError(\"Failed to send reset to {Email}\", email)", "{|DG1001:_logger.LogError(\"Failed to send reset to {Email}\", email)|}")
               + Program(AccountMailCaller));

    // ----- reported -----

    [Fact]
    public Task Registered_class_is_reported_at_the_call_through_its_interface() => Run((Mail + DevelopmentMailer + Register).Replace(
            "_mailer.Send(citizen.Phone, \"Welcome \" + citizen.FullName)", "{|DG1001:_mailer.Send(citizen.Phone, \"Welcome \" + citizen.FullName)|}")
        .Replace(Logged, Reported)
        + Program("IMailer mailer = new DevelopmentMailer(logger); new Accounts(mailer).Register(new Citizen());"));

    [Fact]
    public Task Top_level_statements_and_the_handlers_they_map_are_reported() => Run("""
        ILogger logger = null!;
        Citizen citizen = new();
        {|DG1001:logger.LogInformation("Started for {Phone}", citizen.Phone)|};
        Handle((Citizen c) => {|DG1001:logger.LogInformation("Request for {Id}", c.NationalId)|});
        static void Handle(Action<Citizen> handler) { }
        """);

    [Fact]
    public Task Class_found_by_reflection_is_reported() => Run(DevelopmentMailer.Replace(
            Logged, Reported)
        + "public interface IMailer { void Send(string to, string body); }\n"
        + Program("foreach (var type in typeof(Program).Assembly.GetTypes()) { } IMailer mailer = null!; mailer.Send(Console.ReadLine()!, \"b\");"));

    [Fact]
    public Task Unused_class_of_a_library_is_reported() => Run(DevelopmentMailer.Replace(
            Logged, Reported)
        + "public interface IMailer { void Send(string to, string body); }\n", output: OutputKind.DynamicallyLinkedLibrary);

    [Fact]
    public Task Option_reports_code_that_never_runs() => Run(Mail + DevelopmentMailer.Replace(
            Logged, Reported)
        + Register.Replace("_mailer.Send(citizen.Phone, \"Welcome \" + citizen.FullName)", "{|DG1001:_mailer.Send(citizen.Phone, \"Welcome \" + citizen.FullName)|}")
        + """
        public sealed class Notices
        {
            readonly ILogger _logger = null!;
            public void Announce(Citizen citizen) { {|DG1001:_logger.LogInformation("Notice for {Name}", citizen.FullName)|}; }
        }
        """ + Program("new Accounts(new SmtpMailer(logger)).Register(new Citizen()); new Notices();"), ReportUnreachable);

    // ----- still judged: methods the host calls by convention -----

    /// <summary>Convention middleware (round 8's exception-handling middleware): ASP.NET Core calls its InvokeAsync by reflection.</summary>
    private const string QueryLoggingMiddleware = """
        using System;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.Logging;

        public sealed class FailureLogging
        {
            readonly RequestDelegate _next;
            readonly ILogger<FailureLogging> _logger;
            public FailureLogging(RequestDelegate next, ILogger<FailureLogging> logger) { _next = next; _logger = logger; }
            public async Task InvokeAsync(HttpContext context)
            {
                try { await _next(context); }
                catch (Exception) { {|DG1001:_logger.LogError("Failed {Query}", context.Request.QueryString)|}; throw; }
            }
        }

        public static class Program
        {
            public static void Main() { WebApplication app = null!; app.UseMiddleware<FailureLogging>(); }
        }
        """;

    [Fact]
    public Task Convention_middleware_invoked_by_the_host_is_still_judged()
        => LibraryLeakTest.RunAsApplication(QueryLoggingMiddleware);

    [Fact]
    public Task An_application_method_named_InvokeAsync_taking_its_own_type_is_still_silent_when_nothing_calls_it() => Run("""
        public sealed class Job { public Citizen Citizen { get; set; } = new(); }
        public sealed class Runner
        {
            readonly ILogger _logger = null!;
            public Task InvokeAsync(Job job) { _logger.LogInformation("Job for {Name}", job.Citizen.FullName); return Task.CompletedTask; }
        }
        """ + Program("new Runner();"));
}
