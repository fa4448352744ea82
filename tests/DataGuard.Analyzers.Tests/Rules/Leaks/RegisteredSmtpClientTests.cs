using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// DG1003 for an <c>SmtpClient</c> built by a dependency-injection registration in Program.cs and sent through a field or
/// constructor parameter of a mail service: reported at the send when nothing in the compilation sets <c>EnableSsl</c> to
/// anything but false; silent when the factory (or any code) turns it on.
/// </summary>
public class RegisteredSmtpClientTests
{
    /// <summary>The registration methods' shape, as far as a factory is handed over: the real package is not among the test references.</summary>
    private const string Container = """
        using System;
        using System.Net.Mail;
        using System.Threading.Tasks;

        namespace Microsoft.Extensions.DependencyInjection
        {
            public interface IServiceCollection { }
            public static class ServiceCollectionServiceExtensions
            {
                public static IServiceCollection AddTransient<TService>(this IServiceCollection services, Func<IServiceProvider, TService> factory) where TService : class => services;
                public static IServiceCollection AddSingleton<TService>(this IServiceCollection services, Func<IServiceProvider, TService> factory) where TService : class => services;
                public static IServiceCollection AddSingleton<TService>(this IServiceCollection services, TService instance) where TService : class => services;
            }
        }

        public class Application { public string ApplicantEmail { get; set; } = ""; public string Position { get; set; } = ""; }

        public class MailService
        {
            private readonly SmtpClient _smtp;

            public MailService(SmtpClient smtp) => _smtp = smtp;

            public Task Confirm(Application application)
                => {|#0:_smtp.SendMailAsync(new MailMessage("jobs@example.org", application.ApplicantEmail, "Application received", "Thank you"))|};
        }

        """;

    /// <summary>The mail service's send marked as reported, or left plain.</summary>
    private static string Shape(bool reported)
        => reported ? Container.Replace("{|#0:", "{|DG1003:") : Container.Replace("{|#0:", "").Replace("\"Thank you\"))|};", "\"Thank you\"));");

    private static Task Run(string program, bool reported) => LibraryLeakTest.Run(Shape(reported) + program);

    [Fact]
    public Task Client_built_by_a_transient_factory_without_tls_is_reported_at_the_send() => Run("""
        public static class Program
        {
            public static void Configure(Microsoft.Extensions.DependencyInjection.IServiceCollection services, string host, int port)
                => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddTransient(services, _ => new SmtpClient(host, port));
        }
        """, reported: true);

    [Fact]
    public Task Singleton_instance_without_tls_sent_through_a_primary_constructor_parameter_is_reported() => Run("""
        public class Notifications(SmtpClient client)
        {
            public Task Notify(Application application)
                => {|DG1003:client.SendMailAsync(new MailMessage("jobs@example.org", application.ApplicantEmail, "Interview", "See you"))|};
        }

        public static class Program
        {
            public static void Configure(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
                => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<SmtpClient>(services, new SmtpClient("mail.example.org", 25));
        }
        """, reported: true);

    [Fact]
    public Task Client_built_in_a_block_factory_and_handed_to_the_service_constructor_is_reported_at_the_send() => Run("""
        public interface INotifier { void Send(string email); }

        public sealed class Notifier : INotifier
        {
            private readonly SmtpClient _client;
            public Notifier(SmtpClient client) => _client = client;

            public void Send(string email)
            {
                Task.Run(() =>
                {
                    using var message = new MailMessage();
                    message.From = new MailAddress("careers@example.org");
                    message.To.Add(email);
                    message.Subject = "Application received";
                    {|DG1003:_client.Send(message)|};
                });
            }
        }

        public static class Program
        {
            public static void Configure(Microsoft.Extensions.DependencyInjection.IServiceCollection services, string host, int port)
                => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<INotifier>(services, _ =>
                {
                    var client = new SmtpClient(host, port);
                    return new Notifier(client);
                });
        }
        """, reported: true);

    [Fact]
    public Task Factory_that_enables_tls_is_not_reported() => Run("""
        public static class Program
        {
            public static void Configure(Microsoft.Extensions.DependencyInjection.IServiceCollection services, string host, int port)
                => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddTransient(services, _ => new SmtpClient(host, port) { EnableSsl = true });
        }
        """, reported: false);

    [Fact]
    public Task Tls_enabled_on_the_client_elsewhere_in_the_compilation_is_not_reported() => Run("""
        public static class Program
        {
            public static void Configure(Microsoft.Extensions.DependencyInjection.IServiceCollection services, string host, int port, bool useSsl)
                => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton(services, _ =>
                {
                    var client = new SmtpClient(host, port);
                    client.EnableSsl = useSsl;
                    return client;
                });
        }
        """, reported: false);

    [Fact]
    public Task Injected_client_with_no_registration_in_the_compilation_is_not_reported() => Run("", reported: false);
}
