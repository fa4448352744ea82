using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Tests.Sources;

/// <summary>
/// The constant-caller rule (a parameter every call fills with a constant holds no one's data) and a method the source also
/// refers to without calling it: handed on as a delegate, subscribed to an event or put in a delegate variable, it is called
/// by whoever invokes the delegate with arguments not shown — an unknown caller, so its parameter stays personal. A
/// <c>nameof</c> calls nothing. Synthetic examples of my own (training).
/// </summary>
public class MethodGroupCallersTests
{
    /// <summary>An executable (every caller is in the compilation) whose <c>Main</c> runs <paramref name="main"/>.</summary>
    private static Task Executable(string code, string main)
    {
        var test = Verify<PersonalDataLoggedAnalyzer>.Create(TestCode.Usings + code + "\nstatic class Program { static void Main() { " + main + " } }\n");
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    /// <summary>A notifier whose one direct call passes a constant; <c>USE</c> is the other reference to <c>Notify</c>.</summary>
    private static string Notifier(string log, string use) => """
        public sealed class Notifier
        {
            readonly ILogger _logger = null!;
            public event Action<string>? Changed;
            public void Notify(string phone) { LOG; }
            public void Start(List<string> phones)
            {
                Notify("0000");
                USE;
            }
            public void Raise(string phone) => Changed?.Invoke(phone);
        }
        """.Replace("LOG", log).Replace("USE", use);

    private const string Main = "var n = new Notifier(); n.Start(new List<string>()); n.Raise(\"1\");";

    [Fact]
    public Task Parameter_of_a_method_handed_on_as_a_delegate_is_reported() => Executable(
        Notifier("{|DG1001:_logger.LogInformation(\"Texting {Phone}\", phone)|}", "phones.ForEach(Notify)"), Main);

    [Fact]
    public Task Parameter_of_a_method_subscribed_to_an_event_is_reported() => Executable(
        Notifier("{|DG1001:_logger.LogInformation(\"Texting {Phone}\", phone)|}", "Changed += Notify"), Main);

    [Fact]
    public Task Parameter_of_a_method_held_in_a_delegate_variable_is_reported() => Executable(
        Notifier("{|DG1001:_logger.LogInformation(\"Texting {Phone}\", phone)|}", "Action<string> send = Notify; send(phones[0])"), Main);

    [Fact]
    public Task Parameter_of_a_method_only_called_with_constants_and_named_by_nameof_is_not_reported() => Executable(
        Notifier("_logger.LogInformation(\"Texting {Phone}\", phone)", "_logger.LogDebug(nameof(Notify))"), Main);
}
