namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and rows named for an organisation (round 11): a court and a bank's company customer own the numbers they are
/// registered or paid by; a person's column in such a row, or a person's row beside them, is still a look-up.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    private const string Bodies = """
        public class Courts { public int Id { get; set; } public string? Name { get; set; } public string? IdentificationNumber { get; set; } public string? FullAddress { get; set; } }
        public class CompanyCustomer { public int Id { get; set; } public string CompanyName { get; set; } = ""; public string CompanyAddress { get; set; } = ""; public string Phone1 { get; set; } = ""; public string Email1 { get; set; } = ""; public string DefaultAccountNumber { get; set; } = ""; public string DefaultAccountName { get; set; } = ""; }
        public class Branch { public int Id { get; set; } public string Name { get; set; } = ""; public string PassportNumber { get; set; } = ""; }
        public class CompanyContact { public int Id { get; set; } public string CompanyName { get; set; } = ""; public string FirstName { get; set; } = ""; public DateTime DateOfBirth { get; set; } public string Email { get; set; } = ""; }
        public class CustomerProfile { public int Id { get; set; } public string FullName { get; set; } = ""; public string Email { get; set; } = ""; public string AccountNumber { get; set; } = ""; }
        public abstract class RegistryDb { public abstract DbSet<Courts> Courts { get; } public abstract DbSet<CompanyCustomer> Customers { get; } public abstract DbSet<Branch> Branches { get; } public abstract DbSet<CompanyContact> Contacts { get; } public abstract DbSet<CustomerProfile> Profiles { get; } }

        """;

    [Fact]
    public Task Courts_and_company_customers_with_their_numbers_are_silent() => Run(Bodies + """
        class Registry
        {
            readonly RegistryDb _db = null!;
            public List<Courts> AllCourts() => _db.Courts.ToList();
            public CompanyCustomer? Customer(int id) => _db.Customers.FirstOrDefault(c => c.Id == id);
        }
        """);

    [Fact]
    public Task Persons_columns_in_organisation_rows_and_persons_rows_are_reported() => Run(Bodies + """
        class Registry
        {
            readonly RegistryDb _db = null!;
            public List<Branch> Branches() => {|DG1008:_db.Branches.ToList()|};
            public List<CompanyContact> Contacts() => {|DG1008:_db.Contacts.ToList()|};
            public CustomerProfile? Profile(int id) => {|DG1008:_db.Profiles.FirstOrDefault(p => p.Id == id)|};
        }
        """);

    /// <summary>Round 33's property manager: the organisation's mail and SMS settings — its sender address, name and number.</summary>
    private const string OrganisationSettings = """
        public class OrganizationEmailSettings { public int Id { get; set; } public int OrganizationId { get; set; } public string Username { get; set; } = ""; public string Password { get; set; } = ""; [System.ComponentModel.DataAnnotations.EmailAddress] public string? FromEmail { get; set; } public string? FromName { get; set; } }
        public class OrganizationSMSSettings { public int Id { get; set; } public int OrganizationId { get; set; } public string? TwilioPhoneNumber { get; set; } public string? TwilioAccountSid { get; set; } public string? AccountType { get; set; } }
        public class OrganizationMemberSettings { public int Id { get; set; } public string Email { get; set; } = ""; public DateTime DateOfBirth { get; set; } }
        public class OrganizationContactSettings { public int Id { get; set; } [PersonalField] public string? ReplyTo { get; set; } }
        public class UserEmailSettings { public int Id { get; set; } public string Email { get; set; } = ""; public string FullName { get; set; } = ""; }
        public abstract class SettingsDb { public abstract DbSet<OrganizationEmailSettings> Mail { get; } public abstract DbSet<OrganizationSMSSettings> Sms { get; } public abstract DbSet<OrganizationMemberSettings> Members { get; } public abstract DbSet<UserEmailSettings> Users { get; } public abstract DbSet<OrganizationContactSettings> Contacts { get; } }

        """;

    [Fact]
    public Task Organisations_mail_and_sms_settings_are_silent() => Run(OrganisationSettings + """
        class Settings
        {
            readonly SettingsDb _db = null!;
            public OrganizationEmailSettings? Mail(int org) => _db.Mail.FirstOrDefault(s => s.OrganizationId == org);
            public OrganizationSMSSettings? Sms(int org) => _db.Sms.FirstOrDefault(s => s.OrganizationId == org);
        }
        """);

    [Fact]
    public Task Settings_with_a_persons_column_or_named_for_a_user_are_reported() => Run(OrganisationSettings + """
        class Settings
        {
            readonly SettingsDb _db = null!;
            public OrganizationMemberSettings? Member(int id) => {|DG1008:_db.Members.FirstOrDefault(s => s.Id == id)|};
            public UserEmailSettings? User(int id) => {|DG1008:_db.Users.FirstOrDefault(s => s.Id == id)|};
            public OrganizationContactSettings? Contact(int id) => {|DG1008:_db.Contacts.FirstOrDefault(s => s.Id == id)|};
        }
        """);
}
