using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Tests.Sources;

/// <summary>
/// Round 20's default-rule wrong classes (training examples of my own, synthetic values): an organisation's own account —
/// a clinic's or lab's sign-up, login and reset e-mails and phones, a CRM's organisation records — is no person's; a claim
/// picked by a constant type that names an id or a role is no person's datum; a parameter every caller fills with null, a
/// constant or configuration holds no one's data, nor do the records one seeder hands another. The person's side of each
/// class stays reported.
/// </summary>
public class OrganisationAccountsTests
{
    private const string Usings = "using System.ComponentModel.DataAnnotations; using System.Security.Claims;\n";

    private static Task Logged(string body) => Verify<PersonalDataLoggedAnalyzer>.Analyzer(TestCode.Wrap(body).Insert(0, Usings));

    private static Task ToString(string code) => Verify<PersonalDataExposedByToStringAnalyzer>.Analyzer(TestCode.Usings + code);

    /// <summary>An executable whose <c>Main</c> runs <paramref name="main"/>: code nothing calls never runs and is not judged.</summary>
    private static Task Executable(string code, string main, OutputKind output = OutputKind.ConsoleApplication)
    {
        var test = Verify<PersonalDataLoggedAnalyzer>.Create(Usings + TestCode.Usings + code + "\nstatic class Program { static void Main() { " + main + " } }\n");
        test.TestState.OutputKind = output;
        return test.RunAsync();
    }

    /// <summary>A clinic's sign-up row and a clinic user's row, as the login code compares them.</summary>
    private const string Records = """

        public class ClinicSignup
        {
            public string ClinicName { get; set; } = "";
            [EmailAddress] public string Email { get; set; } = "";
            [Phone] public string PhoneNumber { get; set; } = "";
        }
        public class User
        {
            public string FirstName { get; set; } = "";
            public string LastName { get; set; } = "";
            public string Email { get; set; } = "";
        }
        public class OtpLogin { public string Email { get; set; } = ""; public string Otp { get; set; } = ""; }
        public interface IClinics { ClinicSignup? GetByEmail(string email); User? GetUserByEmail(string email); }
        """;

    // ----- (1) an organisation's record -----

    [Fact]
    public Task Organisations_validated_email_and_phone_are_not_reported() => Logged("""
        void Signup(ClinicSignup clinic)
        {
            _logger.LogInformation("Signup for {Email} {Phone}", clinic.Email, clinic.PhoneNumber);
        }
        """ + Records);

    [Fact]
    public Task Persons_record_with_a_company_name_member_stays_personal() => Logged("""
        void Register(CustomerDto customer, StaffSignup staff)
        {
            {|DG1001:_logger.LogInformation("Customer {Email}", customer.Email)|};
            {|DG1001:_logger.LogInformation("Staff {Email}", staff.Email)|};
        }

        public class CustomerDto { public string CompanyName { get; set; } = ""; [EmailAddress] public string Email { get; set; } = ""; }
        public class StaffSignup { public string CompanyName { get; set; } = ""; public string FullName { get; set; } = ""; public string Email { get; set; } = ""; }
        """);

    [Fact]
    public Task Lab_and_organisation_records_print_their_contact_silently() => ToString("""
        public record LabSignup(string LabName, string Email, string PhoneNumber, string Pincode);
        public record CreateOrgDto(string Name, string INN, double Latitude, double Longitude, string Address);
        public record ClinicOtpLogin(string Email, string PhoneNumber, string Otp);
        """);

    [Fact]
    public Task Lab_record_naming_a_person_stays_reported() => ToString("""
        public record {|DG1007:LabSignup|}(string LabName, string OwnerName, string Email);
        public record {|DG1007:ClinicUserLogin|}(string Email, string Otp);
        """);

    [Fact]
    public Task Login_email_compared_with_the_organisations_row_is_not_reported() => Logged("""
        void Login(OtpLogin dto, IQueryable<ClinicSignup> clinics)
        {
            _logger.LogInformation("OTP login for {Email}", dto.Email);
            var clinic = clinics.FirstOrDefault(c => c.Email == dto.Email);
            if (clinic == null) _logger.LogWarning("{Email} not registered", dto.Email);
        }
        """ + Records);

    [Fact]
    public Task Reset_email_looked_up_as_the_organisation_is_not_reported() => Logged("""
        void Reset(string email, IClinics clinics)
        {
            _logger.LogInformation("Reset requested for {Email}", email);
            if (clinics.GetByEmail(email) is null) _logger.LogWarning("No clinic for {Email}", email);
        }
        """ + Records);

    [Fact]
    public Task Login_email_compared_with_a_users_row_is_reported() => Logged("""
        void Login(OtpLogin dto, IQueryable<User> users)
        {
            {|DG1001:_logger.LogInformation("OTP login for {Email}", dto.Email)|};
            var user = users.FirstOrDefault(u => u.Email == dto.Email);
        }
        """ + Records);

    [Fact]
    public Task Email_looked_up_as_a_clinic_and_as_a_user_is_reported() => Logged("""
        void Reset(OtpLogin dto, IClinics clinics)
        {
            var clinic = clinics.GetByEmail(dto.Email);
            var user = clinics.GetUserByEmail(dto.Email);
            {|DG1001:_logger.LogInformation("Reset for {Email}", dto.Email)|};
        }
        """ + Records);

    // ----- (2) claims -----

    [Fact]
    public Task Claims_named_as_ids_or_roles_are_not_reported() => Logged("""
        void Branches(ClaimsPrincipal user)
        {
            var clinicId = user.Claims.FirstOrDefault(c => c.Type == "ClinicId")?.Value;
            _logger.LogInformation("Branches of clinic {ClinicId}", clinicId);
            var adminClaim = user.Claims.FirstOrDefault(c => c.Type == "LabAdminId");
            var role = user.Claims.First(c => c.Type == ClaimTypes.Role).Value;
            if (adminClaim != null && int.TryParse(adminClaim.Value, out var adminId))
                _logger.LogWarning("Admin {AdminId} as {Role}", adminId, role);
            var roleName = user?.Claims?.FirstOrDefault(c => c.Type == ClaimTypes.Role)?.Value;
            _logger.LogInformation("Role {RoleName}", roleName);
        }
        """);

    [Fact]
    public Task Claims_of_the_persons_type_picked_from_the_list_are_reported() => Logged("""
        void Who(ClaimsPrincipal user)
        {
            {|DG1001:_logger.LogInformation("Mail {Email}", user.Claims.FirstOrDefault(c => c.Type == ClaimTypes.Email)?.Value)|};
            {|DG1001:_logger.LogInformation("Subject {Id}", user.Claims.First(c => c.Type == ClaimTypes.NameIdentifier).Value)|};
            {|DG1001:_logger.LogInformation("Name {Name}", user.Claims.Single(c => c.Type == "FullName").Value)|};
        }
        """);

    // ----- (3) constant callers and seeders -----

    /// <summary>A mail service whose sender parameters every caller leaves null or sets to the program's own address.</summary>
    private const string Mailer = """
        public interface IMailer { Task Send(string to, string body, string? fromEmail = null); }
        public sealed class Mailer : IMailer
        {
            readonly ILogger _logger = null!;
            public async Task Send(string to, string body, string? fromEmail = null)
            {
                await Task.Yield();
                if (fromEmail != null) _logger.LogInformation("Using sender {Sender}", fromEmail);
            }
        }
        """;

    [Fact]
    public Task Sender_every_caller_fills_with_null_or_a_constant_is_not_reported() => Executable(Mailer + """
        public sealed class Accounts
        {
            readonly IMailer _mailer;
            public Accounts(IMailer mailer) { _mailer = mailer; }
            public Task Confirm(string email) => _mailer.Send(email, "Confirm", null);
            public Task Welcome(string email) => _mailer.Send(email, "Welcome", "noreply@school.example");
            public Task Remind(string email) => _mailer.Send(email, "Remind");
        }
        """, "var accounts = new Accounts(new Mailer()); accounts.Confirm(\"a@school.example\"); accounts.Welcome(\"b@school.example\"); accounts.Remind(\"c@school.example\");");

    [Fact]
    public Task Sender_one_caller_fills_with_a_persons_email_is_reported() => Executable("""
        public interface IMailer { Task Send(string to, string body, string? fromEmail = null); }
        public sealed class Mailer : IMailer
        {
            readonly ILogger _logger = null!;
            public async Task Send(string to, string body, string? fromEmail = null)
            {
                await Task.Yield();
                if (fromEmail != null) {|DG1001:_logger.LogInformation("Using sender {Sender}", fromEmail)|};
            }
        }
        public sealed class Accounts
        {
            readonly IMailer _mailer;
            public Accounts(IMailer mailer) { _mailer = mailer; }
            public Task Confirm(string email) => _mailer.Send(email, "Confirm", null);
            public Task Forward(string email, Citizen teacher) => _mailer.Send(email, "From your teacher", teacher.Phone);
        }
        """ + TestCode.Citizen, "var accounts = new Accounts(new Mailer()); accounts.Confirm(\"a@school.example\"); accounts.Forward(\"b@school.example\", new Citizen());");

    [Fact]
    public Task Sender_of_a_library_is_reported_whatever_its_callers_here_pass() => Executable("""
        public sealed class Mailer
        {
            readonly ILogger _logger = null!;
            public void Send(string to, string? fromEmail = null)
            {
                if (fromEmail != null) {|DG1001:_logger.LogInformation("Using sender {Sender}", fromEmail)|};
            }
        }
        public sealed class Accounts
        {
            readonly Mailer _mailer = new();
            public void Confirm(string email) => _mailer.Send(email, null);
        }
        """, "new Accounts().Confirm(\"a@school.example\");", OutputKind.DynamicallyLinkedLibrary);

    /// <summary>A seeder that makes up families and hands them to another seeder.</summary>
    private const string Families = """
        public sealed class ParentData { public string FirstName { get; set; } = ""; public string LastName { get; set; } = ""; public string Email { get; set; } = ""; }
        public static class ComprehensiveSeeder
        {
            static readonly string[] Names = { "Amina", "Karim" };
            public static void SeedFamilies(Random random)
            {
                var parents = new List<ParentData>();
                for (var i = 0; i < 3; i++) parents.Add(new ParentData { FirstName = Names[random.Next(2)], LastName = "Test", Email = $"parent{i}@school.example" });
                ParentSeeder.SeedParents(parents);
            }
        }
        """;

    [Fact]
    public Task Demo_people_one_seeder_hands_another_are_not_reported() => Executable(Families + """
        public static class ParentSeeder
        {
            public static void SeedParents(List<ParentData> parents)
            {
                foreach (var parent in parents) Console.WriteLine($"Failed to create user for parent {parent.FirstName} {parent.LastName}");
            }
        }
        """, "ComprehensiveSeeder.SeedFamilies(new Random());");

    [Fact]
    public Task Seeder_also_called_with_a_requests_people_is_reported() => Executable(Families + """
        public static class ParentSeeder
        {
            public static void SeedParents(List<ParentData> parents)
            {
                foreach (var parent in parents) {|DG1001:Console.WriteLine($"Failed to create user for parent {parent.FirstName} {parent.LastName}")|};
            }
        }
        public sealed class ImportController
        {
            public void Import(List<ParentData> uploaded) => ParentSeeder.SeedParents(uploaded);
        }
        """, "ComprehensiveSeeder.SeedFamilies(new Random()); new ImportController().Import(new List<ParentData>());");
}
