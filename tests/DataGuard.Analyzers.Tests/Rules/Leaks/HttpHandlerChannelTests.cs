using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// DG1003 on an HTTP client's handler that accepts every server certificate (TransportChannelAnalyzer): the handler factory
/// of a client registered for dependency injection, a handler handed to <c>new HttpClient(handler)</c>, SocketsHttpHandler's
/// <c>SslOptions</c>. Every request of the client goes over the channel, so it is reported where the callback is set; a
/// method that also sends through the client is judged at the send, by what it sends. A development-only branch is reported
/// unless <c>dataguard.ignore_development_only</c> is set.
/// </summary>
public class HttpHandlerChannelTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Net.Security;
        using System.Threading.Tasks;

        """;

    /// <summary>A host's environment, with the hosting abstractions' test of its name.</summary>
    private const string Environment = """

        public interface IHostEnvironment { string EnvironmentName { get; } }

        public static class HostEnvironmentExtensions
        {
            public static bool IsDevelopment(this IHostEnvironment environment) => environment.EnvironmentName == "Development";
        }
        """;

    private static string Factory(string body) => Usings + """
        public static class ApiClients
        {
            public static HttpMessageHandler CreatePrimaryHandler(IHostEnvironment environment)
            {
                BODY
            }
        }
        """.Replace("BODY", body) + Environment;

    private static Task Run(string source, string? editorConfig = null) => LibraryLeakTest.Run(source, editorConfig);

    [Fact]
    public Task Dangerous_accept_any_validator_on_a_handler_is_reported() => Run(Factory("""
        var handler = new HttpClientHandler();
                {|DG1003:handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|};
                return handler;
        """));

    [Fact]
    public Task A_lambda_returning_true_in_the_handler_initializer_is_reported() => Run(Factory("""
        return new HttpClientHandler { {|DG1003:ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true|} };
        """));

    [Fact]
    public Task Sockets_handler_ssl_options_accepting_any_certificate_are_reported() => Run(Factory("""
        return new SocketsHttpHandler { SslOptions = { {|DG1003:RemoteCertificateValidationCallback = (sender, certificate, chain, errors) => true|} } };
        """));

    [Fact]
    public Task A_callback_that_checks_the_policy_errors_is_not_reported() => Run(Factory("""
        return new HttpClientHandler { ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => errors == SslPolicyErrors.None };
        """));

    private const string DevelopmentOnly = """
        var handler = new HttpClientHandler();
                if (environment.IsDevelopment())
                {
                    {|#0:handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|};
                }

                return handler;
        """;

    [Fact]
    public Task A_development_only_accept_all_callback_is_reported_by_default()
        => Run(Factory(DevelopmentOnly.Replace("{|#0:", "{|DG1003:")));

    [Fact]
    public Task A_development_only_accept_all_callback_is_not_reported_when_development_code_is_ignored()
        => Run(Factory(DevelopmentOnly.Replace("{|#0:", string.Empty).Replace("|};", ";")), "dataguard.ignore_development_only = true");

    [Fact]
    public Task An_accept_all_callback_outside_the_development_branch_is_reported_when_development_code_is_ignored() => Run(Factory("""
        var handler = new HttpClientHandler();
                if (environment.IsDevelopment())
                {
                    handler.UseProxy = false;
                }

                {|DG1003:handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|};
                return handler;
        """), "dataguard.ignore_development_only = true");

    [Fact]
    public Task A_method_that_sends_through_the_client_is_judged_by_what_it_sends() => Run(Usings + """
        public static class Pinger
        {
            public static async Task PingAsync(Buyer buyer)
            {
                var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true };
                using var client = new HttpClient(handler);
                await client.PostAsync("https://status.example.org/ping", new StringContent(buyer.OrderNo));
            }
        }
        """ + LibraryLeakTest.Buyer);
}
