namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and the look-ups whose names say why they read (round 11): sign-in code finds the account of the person signing in,
/// and a repository method named for a test, which nobody in its compilation calls, returns rows only to be tested.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    [Fact]
    public Task Reads_in_sign_in_methods_and_classes_are_silent() => Run(Accounts + """
        public class LoginForm { public string Phone { get; set; } = ""; }
        class Accounts
        {
            readonly CityDb _db = null!;
            public Resident? StaffLogin(LoginForm form) => _db.Residents.FirstOrDefault(r => r.Phone == form.Phone);
            public Resident? SignInByPhone(string phone) => _db.Residents.FirstOrDefault(r => r.Phone == phone);
        }
        class ResidentAuthenticationService
        {
            readonly CityDb _db = null!;
            public string Token(string phone) => _db.Residents.FirstOrDefault(r => r.Phone == phone)?.FullName ?? "";
        }
        class LoginModel { readonly CityDb _db = null!; public Resident? OnPost(string phone) => _db.Residents.FirstOrDefault(r => r.Phone == phone); }
        """);

    [Fact]
    public Task Look_up_in_code_named_for_other_work_is_reported() => Run(Accounts + """
        class Blogging { readonly CityDb _db = null!; public Resident? Author(string phone) => {|DG1008:_db.Residents.FirstOrDefault(r => r.Phone == phone)|}; }
        class Catalogue { readonly CityDb _db = null!; public Resident? ByPhone(string phone) => {|DG1008:_db.Residents.FirstOrDefault(r => r.Phone == phone)|}; }
        """);

    [Fact]
    public Task Uncalled_method_named_for_a_test_is_silent() => Run(Accounts + """
        class ResidentRepository
        {
            readonly CityDb _db = null!;
            public Resident? CheckDuplicatePhone(string phone) => _db.Residents.FirstOrDefault(r => r.Phone == phone);
            public Resident? CheckActiveResident(int wardId) => _db.Residents.FirstOrDefault(r => r.Active && r.Id == wardId);
            public List<Resident> FindDuplicateRequests(string phone) => _db.Residents.Where(r => r.Phone == phone).ToList();
        }
        """);

    [Fact]
    public Task Test_named_method_whose_caller_shows_the_row_and_check_in_are_reported() => Run(Accounts + """
        class ResidentRepository
        {
            readonly CityDb _db = null!;
            public Resident? CheckDuplicatePhone(string phone) => {|DG1008:_db.Residents.FirstOrDefault(r => r.Phone == phone)|};
            public Resident? CheckInResident(int id) => {|DG1008:_db.Residents.Find(id)|};
        }
        class Desk { public string Show(ResidentRepository residents, string phone) => residents.CheckDuplicatePhone(phone)?.FullName ?? ""; }
        """);
}
