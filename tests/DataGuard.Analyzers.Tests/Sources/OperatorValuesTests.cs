using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Sources;

/// <summary>
/// Values the program's operator sets — configuration and options, compile-time constants, seed records built from them — are
/// no one's personal data, whatever their names or keys say; a person's value that reaches the same variable still is.
/// Compiled against the real Microsoft.Extensions.Configuration and Options assemblies.
/// </summary>
public class OperatorValuesTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Logging;
        using Microsoft.Extensions.Options;

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body + LibraryLeakTest.Buyer);

    // ----- configuration -----

    [Fact]
    public Task Configured_seed_and_sender_addresses_are_not_reported() => Run("""
        public class SeedAccounts { public string AdminEmail { get; set; } = ""; }
        class Seeder
        {
            private readonly ILogger _logger = null!;
            private readonly IConfiguration _configuration = null!;
            private readonly IOptions<SeedAccounts> _seed = null!;
            void Seed(IConfiguration config)
            {
                string adminEmail = config["Seed:AdminEmail"] ?? throw new InvalidOperationException("Seed:AdminEmail is not configured.");
                _logger.LogInformation("Seeded admin account: {Email}", adminEmail);
                _logger.LogInformation("From: {FromEmail}", _configuration["EmailSettings:FromEmail"]);
                var port = _configuration.GetValue<int>("EmailSettings:Port", 587);
                _logger.LogInformation("SMTP {Host}:{Port}", _configuration.GetSection("EmailSettings")["SmtpHost"], port);
                _logger.LogInformation("Admin {Email} {Phone}", _seed.Value.AdminEmail, Environment.GetEnvironmentVariable("ADMIN_PHONE"));
            }
        }
        """);

    [Fact]
    public Task Persons_address_beside_configured_ones_is_reported() => Run("""
        class Seeder
        {
            private readonly ILogger _logger = null!;
            void Seed(IConfiguration config, Buyer buyer)
            {
                string adminEmail = config["Seed:AdminEmail"] ?? "";
                {|DG1001:_logger.LogInformation("Seeded {Admin} and {Buyer}", adminEmail, buyer.Email)|};
                adminEmail = buyer.Email;
                {|DG1001:_logger.LogInformation("Now {Admin}", adminEmail)|};
            }
        }
        """);

    [Fact]
    public Task Fields_holding_only_configured_or_constant_addresses_are_not_reported() => Run("""
        class Mailer
        {
            private readonly ILogger _logger = null!;
            private readonly string _fromEmail;
            private readonly string _supportPhone = "0800-000-000";
            private string _adminEmail = "";
            public Mailer(IConfiguration config) { _fromEmail = config["Mail:From"] ?? "noreply@example.com"; }
            public void Reload(IOptions<SeedAccounts> seed) { _adminEmail = seed.Value.AdminEmail; }
            void Send() { _logger.LogInformation("Sending from {From}, helpline {Phone}, admin {Admin}", _fromEmail, _supportPhone, _adminEmail); }
        }
        public class SeedAccounts { public string AdminEmail { get; set; } = ""; }
        """);

    /// <summary>An SMS sender whose constructor (PARAMETER) stores its own number (VALUE) and logs it (LOGGED … END).</summary>
    private const string SmsSender = """
        class SmsSender
        {
            private readonly ILogger _logger;
            private readonly string _fromPhoneNumber;
            public SmsSender(PARAMETER, ILogger logger)
            {
                _fromPhoneNumber = VALUE;
                _logger = logger;
                LOGGED_logger.LogInformation("SMS sender ready, from {From}", _fromPhoneNumber)END;
            }
            public void Send(string body) => LOGGED_logger.LogInformation("Sending from {From}: {Length}", _fromPhoneNumber, body.Length)END;
        }
        """;

    /// <summary>
    /// Round 31's clinic: the SMS sender's own number, read from an environment variable or configuration (or the constructor
    /// throws), logged where the constructor stores it and where each message is sent — the organisation's sender, as an SMTP account is.
    /// </summary>
    [Fact]
    public Task Configured_sender_number_logged_in_the_constructor_that_reads_it_is_not_reported() => Run(SmsSender
        .Replace("PARAMETER", "IConfiguration configuration")
        .Replace("VALUE", "Environment.GetEnvironmentVariable(\"SMS_FROM\") ?? configuration[\"Sms:FromPhoneNumber\"] ?? throw new InvalidOperationException(\"not configured\")")
        .Replace("LOGGED", "").Replace("END", ""));

    /// <summary>A sender number the constructor is handed by its caller (a person's, for all the class knows) stays reported.</summary>
    [Fact]
    public Task Sender_number_handed_to_the_constructor_is_reported() => Run(SmsSender
        .Replace("PARAMETER", "string fromPhoneNumber").Replace("VALUE", "fromPhoneNumber")
        .Replace("LOGGED", "{|DG1001:").Replace("END", "|}"));

    [Fact]
    public Task Fields_given_a_persons_address_are_reported() => Run("""
        class Mailer
        {
            private readonly ILogger _logger = null!;
            private readonly string _replyEmail;
            private string _lastEmail = "nobody@example.com";
            public Mailer(string replyEmail) { _replyEmail = replyEmail; }
            void Send(Buyer buyer)
            {
                {|DG1001:_logger.LogInformation("Reply to {Reply}", _replyEmail)|};
                _lastEmail = buyer.Email;
                {|DG1001:_logger.LogInformation("Last {Email}", _lastEmail)|};
            }
        }
        """);

    // ----- connection accounts (round 24) -----

    [Fact]
    public Task Account_stored_by_a_constructor_that_configures_a_broker_connection_is_not_reported() => Run("""
        class Publisher
        {
            private readonly ILogger _logger = null!;
            private readonly string _virtualHost;
            private readonly string _username;
            private readonly string _password;
            private readonly string _exchange;
            public Publisher(string virtualHost, string username, string password, string exchange)
            {
                _virtualHost = virtualHost;
                _username = username;
                _password = password;
                _exchange = exchange;
                _logger.LogInformation("Broker {Host} as {UserName} to {Exchange}", _virtualHost, _username, _exchange);
            }
        }
        """);

    [Fact]
    public Task Account_stored_beside_a_password_alone_is_reported() => Run("""
        class SignIn
        {
            private readonly ILogger _logger = null!;
            private readonly string _username;
            private readonly string _password;
            public SignIn(string username, string password)
            {
                _username = username;
                _password = password;
                {|DG1001:_logger.LogInformation("Signing in {UserName}", _username)|};
            }
        }
        """);

    [Fact]
    public Task Connection_account_field_given_a_persons_address_elsewhere_is_reported() => Run("""
        class Publisher
        {
            private readonly ILogger _logger = null!;
            private readonly string _host;
            private string _username;
            private readonly string _password;
            public Publisher(string host, string username, string password)
            {
                _host = host;
                _username = username;
                _password = password;
            }
            void Switch(Buyer buyer)
            {
                _username = buyer.Email;
                {|DG1001:_logger.LogInformation("Now {UserName} on {Host}", _username, _host)|};
            }
        }
        """);

    // ----- constants and seed records -----

    [Fact]
    public Task Seed_records_built_from_constants_are_not_reported() => Run("""
        class Seeder
        {
            private readonly ILogger _logger = null!;
            void Seed(bool development)
            {
                var staffMembers = new[]
                {
                    new Buyer { FullName = "Sarah Johnson", Email = "reception@example.com", OrderNo = DateTime.UtcNow.ToString() },
                    new Buyer { FullName = "Front Desk", Email = "desk@example.com" },
                };
                foreach (var staff in staffMembers)
                {
                    Console.WriteLine($"Created user: {staff.Email}");
                }

                var admin = new Buyer { Email = development ? "dev@example.com" : "ops@example.com" };
                _logger.LogInformation("Seeded {Admin} {Name}", admin.Email, admin.FullName);
            }
        }
        """);

    [Fact]
    public Task Seed_records_given_a_persons_data_are_reported() => Run("""
        class Seeder
        {
            private readonly ILogger _logger = null!;
            void Seed(Buyer buyer, Func<string> readEmail)
            {
                var staffMembers = new List<Buyer> { new Buyer { Email = "reception@example.com" } };
                staffMembers.Add(new Buyer { Email = buyer.Email });
                foreach (var staff in staffMembers)
                {
                    {|DG1001:Console.WriteLine($"Created user: {staff.Email}")|};
                }

                var admin = new Buyer { Email = "admin@example.com" };
                admin.Email = readEmail();
                {|DG1001:_logger.LogInformation("Seeded {Admin}", admin.Email)|};
                var other = new Buyer { Email = "other@example.com", FullName = buyer.FullName };
                {|DG1001:_logger.LogInformation("Seeded {Other}", other.FullName)|};
            }
        }
        """);
}
