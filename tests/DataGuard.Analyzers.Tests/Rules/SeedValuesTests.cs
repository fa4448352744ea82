using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// Seed and demo values are no one's data: people a generator (Bogus) makes up, and constants in seeding or start-up code.
/// What such code reads from a request, a parameter or the database is still judged (round 7's wrong reports: Bogus-generated
/// employees' ids, seed administrators' addresses printed at start-up).
/// </summary>
public class SeedValuesTests
{
    /// <summary>The shape of Bogus's API the tests use.</summary>
    private const string Bogus = """

        namespace Bogus
        {
            public class Faker { public DataSets.Name Name => new(); public DataSets.Internet Internet => new(); }
            public class Faker<T> where T : class
            {
                public Faker(string locale = "en") { }
                public Faker<T> RuleFor<TProperty>(System.Linq.Expressions.Expression<System.Func<T, TProperty>> property, System.Func<Faker, T, TProperty> setter) => this;
                public Faker<T> FinishWith(System.Action<Faker, T> action) => this;
                public T Generate() => null!;
                public System.Collections.Generic.List<T> Generate(int count) => new();
            }
        }

        namespace Bogus.DataSets
        {
            public class Name { public string FullName() => ""; }
            public class Internet { public string Email(string first = "", string last = "") => ""; }
        }
        """;

    private static Task Run(string code, OutputKind output = OutputKind.DynamicallyLinkedLibrary)
    {
        var test = Verify<PersonalDataLoggedAnalyzer>.Create(TestCode.Usings + code + TestCode.Citizen + Bogus);
        test.TestState.OutputKind = output;
        return test.RunAsync();
    }

    // ----- generated people -----

    [Fact]
    public Task Person_a_generator_hands_to_its_callback_is_not_reported() => Run("""
        public class Staff
        {
            readonly ILogger _logger = null!;
            public Bogus.Faker<Citizen> People() => new Bogus.Faker<Citizen>("en_GB")
                .RuleFor(c => c.FullName, (f, c) => f.Name.FullName())
                .FinishWith((f, citizen) => _logger.LogInformation("Generated {Id} {Name}", citizen.NationalId, citizen.FullName));
        }
        """);

    [Fact]
    public Task People_a_generator_returns_are_not_reported() => Run("""
        public class Staff
        {
            readonly ILogger _logger = null!;
            public void Create(Bogus.Faker<Citizen> faker)
            {
                var generated = faker.Generate(20);
                foreach (var citizen in generated) _logger.LogInformation("Generated {Phone}", citizen.Phone);
                var phone = new Bogus.Faker().Internet.Email();
                _logger.LogInformation("Generated {Phone}", phone);
            }
        }
        """);

    [Fact]
    public Task Real_person_next_to_generated_ones_is_reported() => Run("""
        public class DataSeeder
        {
            readonly ILogger _logger = null!;
            public void Seed(Bogus.Faker<Citizen> faker, Citizen requester)
            {
                var generated = faker.Generate();
                _logger.LogInformation("Generated {Phone}", generated.Phone);
                {|DG1001:_logger.LogInformation("Seeded for {Phone}", requester.Phone)|};
            }
        }
        """);

    // ----- constants in seeding and start-up code -----

    [Fact]
    public Task Seed_account_constant_printed_at_start_up_is_not_reported() => Run("""
        ILogger logger = null!;
        await CreateAdmin();

        async Task CreateAdmin()
        {
            string email = "admin@clinic.example";
            await Task.Yield();
            logger.LogInformation("Admin user created: {Email}", email);
        }
        """, OutputKind.ConsoleApplication);

    [Fact]
    public Task Seed_constant_in_a_class_named_for_its_seeding_interface_is_not_reported() => Run("""
        public interface ISeeder { void Seed(); }
        public class ApplicationInitializer : ISeeder
        {
            readonly ILogger _logger = null!;
            public void Seed() { var phone = "02-2345-6789"; _logger.LogInformation("Seeded {Phone}", phone); }
        }
        """);

    [Fact]
    public Task Seeding_class_that_logs_a_value_it_reads_is_reported() => Run("""
        public class DbSeeder
        {
            readonly ILogger _logger = null!;
            public void Seed(Citizen citizen, System.Collections.Generic.Dictionary<string, string> form)
            {
                var email = "admin@clinic.example";
                _logger.LogInformation("Seeded {Email}", email);
                var phone = form["phone"];
                {|DG1001:_logger.LogInformation("Seeded {Phone}", phone)|};
                {|DG1001:_logger.LogInformation("Seeded {Id}", citizen.NationalId)|};
            }
        }
        """);

    /// <summary>Against the real ASP.NET Core reference assemblies: request content stays personal inside a seeder.</summary>
    [Fact]
    public Task Seeder_that_logs_the_posted_form_is_reported() => LibraryLeakTest.Run("""
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.Logging;

        public class DbSeeder
        {
            readonly ILogger<DbSeeder> _logger = null!;

            public void SeedFromRequest(HttpContext context)
            {
                var adminEmail = "admin@clinic.example";
                _logger.LogInformation("Seeding {Email}", adminEmail);
                var email = context.Request.Form["email"].ToString();
                {|DG1001:_logger.LogInformation("Seeding requested by {Email}", email)|};
            }
        }
        """);

    [Fact]
    public Task Constant_in_a_local_named_for_personal_data_outside_seeding_is_reported() => Run("""
        public class Lookups
        {
            readonly ILogger _logger = null!;
            public void Find() { var phone = "02-2345-6789"; {|DG1001:_logger.LogInformation("Looking up {Phone}", phone)|}; }
        }
        """);

    // ----- demo accounts a seeder creates from constants (round 15) -----

    private const string DoctorSeeder = """
        public class DemoClinicSeeder
        {
            readonly ILogger _logger = null!;
            public void Seed(SEED_PARAMETERS)
            {
                SetupDoctor(email: FIRST, phone: "02-0000-0000");
                SetupDoctor(email: "doctor2@clinic.example", phone: "02-0000-0001");
            }
            private void SetupDoctor(string email, string phone) => CreateUser(email, phone);
            private void CreateUser(string email, string phone) => LOG;
        }
        """;

    [Fact]
    public Task Constants_handed_down_a_seeders_private_helpers_are_not_reported() => Run(DoctorSeeder
        .Replace("SEED_PARAMETERS", "").Replace("FIRST", "\"doctor@clinic.example\"")
        .Replace("LOG", "_logger.LogInformation(\"Demo doctor created: {Email} {Phone}\", email, phone)"));

    [Fact]
    public Task Parameter_handed_down_a_seeders_private_helpers_is_reported() => Run(DoctorSeeder
        .Replace("SEED_PARAMETERS", "string email").Replace("FIRST", "email")
        .Replace("LOG", "{|DG1001:_logger.LogInformation(\"Demo doctor created: {Email} {Phone}\", email, phone)|}"));

    private const string AccountSeeder = """
        public class SystemUserSeedService
        {
            readonly ILogger _logger = null!;
            public async Task SeedAsync(SEED_PARAMETERS)
            {
                var owner = await EnsureUserAsync(OWNER_ID, "Demo Owner", new[] { "owner" });
                LOG;
                LogMember(owner.NationalId);
            }
            private Task<Citizen> EnsureUserAsync(string nationalId, string fullName, string[] roles)
                => Task.FromResult(new Citizen { NationalId = nationalId, FullName = fullName });
            private void LogMember(string id) => _logger.LogInformation("Member seeded: {Id}", id);
        }
        """;

    [Fact]
    public Task Seed_account_made_from_constants_is_not_reported() => Run(AccountSeeder
        .Replace("SEED_PARAMETERS", "").Replace("OWNER_ID", "\"DEMO-OWNER\"")
        .Replace("LOG", "_logger.LogInformation(\"Seeded {Id} {Name}\", owner.NationalId, owner.FullName)"));

    [Fact]
    public Task Seed_account_made_from_a_parameter_is_reported() => Run(AccountSeeder
        .Replace("SEED_PARAMETERS", "string ownerId").Replace("OWNER_ID", "ownerId")
        .Replace("LOG", "{|DG1001:_logger.LogInformation(\"Seeded {Id} {Name}\", owner.NationalId, owner.FullName)|}")
        .Replace("LogMember(owner.NationalId);", "{|DG1001:LogMember(owner.NationalId)|};"));

    // ----- a seeder's own list of demo accounts -----

    private const string Initializer = """
        public interface ISeeder { void Seed(); }
        public class Account { public string UserName { get; set; } = ""; public string Email { get; set; } = ""; }
        public class ApplicationInitializer : ISeeder
        {
            readonly ILogger _logger = null!;
            private readonly List<Account> _accounts = new();

            public ApplicationInitializer() => _accounts.AddRange(new[]
            {
                new Account { UserName = "maria.lazarova", Email = "maria@practice.example" },
                new Account { UserName = "admin", Email = "admin@practice.example" },
            });

            public void Seed()
            {
                foreach (var account in _accounts)
                {
                    var email = account.Email ?? "";
                    LOG;
                }
            }
        }
        """;

    [Fact]
    public Task Demo_account_from_a_seeders_own_list_is_not_reported()
        => Run(Initializer.Replace("LOG", "_logger.LogInformation(\"Seeded {Email}\", email)"));

    [Fact]
    public Task Seeders_list_filled_from_a_parameter_is_reported() => Run(Initializer
        .Replace("public void Seed()", "public void Add(Account account) => _accounts.Add(account);\n    public void Seed()")
        .Replace("LOG", "{|DG1001:_logger.LogInformation(\"Seeded {Email}\", email)|}"));
}
