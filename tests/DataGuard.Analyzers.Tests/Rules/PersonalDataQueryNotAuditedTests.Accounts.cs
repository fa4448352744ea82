namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and access administration (round 36: staff and user administration, 19 of 48 wrong reports): the sign-in accounts
/// a read answers with — an Identity user, a row keeping a password hash, a row named for an account or its role grants —
/// are the access directory, not a served person's record; so are a school's teachers and the audit trail itself. An account
/// loaded with the served record it refers to, a served row loaded with its account, and served rows answered by another
/// project stay look-ups.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    private const string SignInAccounts = """
        namespace Microsoft.AspNetCore.Identity
        {
            public class IdentityUser<TKey> { public TKey Id { get; set; } = default!; public string? UserName { get; set; } public string? Email { get; set; } public string? PhoneNumber { get; set; } }
            public class IdentityUser : IdentityUser<string> { }
        }
        public class AppUser : Microsoft.AspNetCore.Identity.IdentityUser { public bool IsAgree { get; set; } }
        public class Login { public int Id { get; set; } public string Username { get; set; } = ""; public string Email { get; set; } = ""; public string FirstName { get; set; } = ""; public byte[] PasswordHash { get; set; } = new byte[0]; public int? CitizenId { get; set; } public Citizen? Citizen { get; set; } }
        public class Resident { public int Id { get; set; } public int LoginId { get; set; } public Login Login { get; set; } = null!; public DateTime MovedIn { get; set; } }
        public class UserRoleDto { public int UserId { get; set; } public string Username { get; set; } = ""; public string FullName { get; set; } = ""; public string RoleName { get; set; } = ""; }
        public class CustomerAccount { public int Id { get; set; } public string FullName { get; set; } = ""; public string Email { get; set; } = ""; }
        public class Teacher { public int Id { get; set; } public string FullName { get; set; } = ""; public string Email { get; set; } = ""; public string PhoneNumber { get; set; } = ""; }
        public class AuditEntry { public int Id { get; set; } public string UserEmail { get; set; } = ""; public string IpAddress { get; set; } = ""; public string Action { get; set; } = ""; }
        public class AuditErrorLog { public int Id { get; set; } public string UserEmail { get; set; } = ""; public string Exception { get; set; } = ""; }
        public abstract class AccessDb
        {
            public abstract IQueryable<AppUser> Users { get; }
            public abstract DbSet<Login> Logins { get; }
            public abstract DbSet<Resident> Residents { get; }
            public abstract DbSet<UserRoleDto> Grants { get; }
            public abstract DbSet<CustomerAccount> Customers { get; }
            public abstract DbSet<Teacher> Teachers { get; }
            public abstract DbSet<AuditEntry> Trail { get; }
            public abstract DbSet<AuditErrorLog> Errors { get; }
        }

        """;

    [Fact]
    public Task Accounts_their_grants_teachers_and_the_audit_trail_are_silent() => Run(SignInAccounts + """
        class Administration
        {
            readonly AccessDb _db = null!;
            public List<AppUser> Users(string term) => _db.Users.Where(u => u.UserName!.Contains(term)).ToList();
            public Login? Account(int id) => _db.Logins.Find(id);
            public List<Login> Accounts() => _db.Logins.OrderBy(l => l.Username).ToList();
            public List<UserRoleDto> Roles(int userId) => _db.Grants.Where(g => g.UserId == userId).ToList();
            public List<Teacher> Staff() => _db.Teachers.ToList();
            public List<AuditEntry> Trail(string email) => _db.Trail.Where(a => a.UserEmail == email).ToList();
        }
        """);

    [Fact]
    public Task Account_with_its_served_record_served_row_with_its_account_and_a_served_account_are_reported() => Run(SignInAccounts + """
        class Lookups
        {
            readonly AccessDb _db = null!;
            public Login? WithCitizen(int id) => {|DG1008:_db.Logins.Include(l => l.Citizen).FirstOrDefault(l => l.Id == id)|};
            public List<Resident> Residents() => {|DG1008:_db.Residents.Include(r => r.Login).ToList()|};
            public List<CustomerAccount> Customers() => {|DG1008:_db.Customers.ToList()|};
            public List<AuditErrorLog> Errors() => {|DG1008:_db.Errors.ToList()|};
        }
        """);

    /// <summary>Another project's mediator-style service answering envelopes around accounts, staff and served rows.</summary>
    private const string AccountService = """
        public class Result<T> { public bool Status { get; set; } public T? Data { get; set; } }
        public class PagedResult<T> { public List<T> Items { get; set; } = new(); public int TotalCount { get; set; } }
        public class UserDto { public string Id { get; set; } = ""; public string Username { get; set; } = ""; public string Email { get; set; } = ""; public string FullName { get; set; } = ""; public string PhoneNumber { get; set; } = ""; }
        public class TeacherDto { public int Id { get; set; } public string FullName { get; set; } = ""; public string Email { get; set; } = ""; }
        public class CitizenDto { public int Id { get; set; } public string FullName { get; set; } = ""; public string NationalId { get; set; } = ""; }
        public class ResidentUserDto { public string Id { get; set; } = ""; public string Username { get; set; } = ""; public CitizenDto Citizen { get; set; } = new(); }
        public class AccessDirectory
        {
            public Task<Result<PagedResult<UserDto>>> Users(int page) => Task.FromResult(new Result<PagedResult<UserDto>>());
            public Task<Result<TeacherDto>> Teacher(int id) => Task.FromResult(new Result<TeacherDto>());
            public Task<Result<CitizenDto>> Citizen(int id) => Task.FromResult(new Result<CitizenDto>());
            public Task<Result<PagedResult<CitizenDto>>> Citizens(int page) => Task.FromResult(new Result<PagedResult<CitizenDto>>());
            public Task<Result<ResidentUserDto>> Resident(int id) => Task.FromResult(new Result<ResidentUserDto>());
        }
        """;

    [Fact]
    public Task Another_projects_accounts_and_teachers_in_envelopes_are_silent() => RunAcrossProjects(
        Library + AccountService, """
        private readonly AccessDirectory _directory = new();
        public async Task<object?> Users(int page) => (await _directory.Users(page)).Data;
        public async Task<object?> Teacher(int id) => (await _directory.Teacher(id)).Data;
        """);

    [Fact]
    public Task Another_projects_served_rows_and_an_account_with_its_served_record_are_reported() => RunAcrossProjects(
        Library + AccountService, """
        private readonly AccessDirectory _directory = new();
        public async Task<object?> Citizen(int id) => (await {|DG1008:_directory.Citizen(id)|}).Data;
        public async Task<object?> Citizens(int page) => (await {|DG1008:_directory.Citizens(page)|}).Data;
        public async Task<object?> Resident(int id) => (await {|DG1008:_directory.Resident(id)|}).Data;
        """);
}
