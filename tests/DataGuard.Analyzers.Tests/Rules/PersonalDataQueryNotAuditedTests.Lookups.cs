using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 asks whether anyone is looked up: rows that reach nobody (deleted, overwritten, counted, tested), the signed-in
/// user's own record, methods an application never calls and the entry point's start-up statements are no look-up.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    /// <summary>Residents linked to sign-in accounts, wards with their residents and supplies, and a page with the request's user.</summary>
    private const string Accounts = """
        public class Resident { public int Id { get; set; } public string UserId { get; set; } = ""; public string FullName { get; set; } = ""; public string Phone { get; set; } = ""; public string Remark { get; set; } = ""; public bool Active { get; set; } public string Status { get; set; } = ""; }
        public class Ward { public int Id { get; set; } public string Title { get; set; } = ""; public ICollection<Resident> Residents { get; set; } = new List<Resident>(); public ICollection<Product> Supplies { get; set; } = new List<Product>(); }
        public abstract class CityDb { public abstract DbSet<Resident> Residents { get; } public abstract DbSet<Ward> Wards { get; } public abstract void SaveChanges(); }
        public abstract class Page { public System.Security.Claims.ClaimsPrincipal User { get; } = new(); }

        """;

    private const string Entry = """

        static class Program { static void Main() { } }
        """;

    // ----- rows that reach nobody -----

    [Fact]
    public Task Rows_read_only_to_delete_or_overwrite_them_are_silent() => Run(Accounts + """
        class Desk
        {
            void Delete(CityDb db, int id) { var resident = db.Residents.Find(id); if (resident == null || resident.UserId != "" || !resident.Active || resident.Status == "held") return; db.Residents.Remove(resident); db.SaveChanges(); }
            void Rename(CityDb db, int id, string name) { var resident = db.Residents.FirstOrDefault(r => r.Id == id); if (resident is null) return; resident.FullName = name; db.Residents.Update(resident); }
            void Unlink(CityDb db, string userId) { var residents = db.Residents.Where(r => r.UserId == userId).ToList(); foreach (var r in residents) r.UserId = ""; db.SaveChanges(); }
            void KeepLink(CityDb db, Resident edited) { var existing = db.Residents.FirstOrDefault(r => r.Id == edited.Id); edited.Id = existing?.Id ?? 0; db.Residents.Update(edited); }
            void Clear(CityDb db) { var all = db.Residents.ToList(); db.Residents.RemoveRange(all); }
        }
        """);

    [Fact]
    public Task Row_whose_free_text_column_is_shown_is_reported() => Run(Accounts + """
        class Desk { string Remark(CityDb db, int id) { var resident = {|DG1008:db.Residents.Find(id)|}; return resident == null || !resident.Active ? "" : resident.Remark; } }
        """);

    [Fact]
    public Task Returned_row_that_every_caller_only_tests_or_overwrites_is_silent() => Run(Accounts + """
        class Residents
        {
            readonly CityDb _db = null!;
            public Resident? ByPhone(string phone) => _db.Residents.FirstOrDefault(r => r.Phone == phone);
            public async Task<Resident?> Entity(int id) => await _db.Residents.FirstOrDefaultAsync(r => r.Id == id);
        }
        class Registration { bool Taken(Residents residents, string phone) => residents.ByPhone(phone) != null; }
        class Editor
        {
            async Task Rename(Residents residents, int id, string name) { var resident = await residents.Entity(id); if (resident == null) return; UpdateResident(resident, name); }
            static void UpdateResident(Resident resident, string name) => resident.FullName = name;
        }
        """);

    [Fact]
    public Task Returned_row_shown_by_one_caller_is_reported() => Run(Accounts + """
        class Residents
        {
            readonly CityDb _db = null!;
            public Resident? ByPhone(string phone) => {|DG1008:_db.Residents.FirstOrDefault(r => r.Phone == phone)|};
        }
        class Registration { bool Taken(Residents residents, string phone) => residents.ByPhone(phone) != null; }
        class Lookup { string Show(Residents residents, string phone) => residents.ByPhone(phone)?.FullName ?? ""; }
        """);

    [Fact]
    public Task Count_of_a_rows_people_and_navigations_without_people_are_silent() => Run(Accounts + """
        class Wards
        {
            int Headcount(CityDb db, int id) { var ward = db.Wards.Include(w => w.Residents).FirstOrDefault(w => w.Id == id); return ward?.Residents.Count ?? 0; }
            List<Product> Supplies(CityDb db, int id) { var ward = db.Wards.Include(w => w.Residents).FirstOrDefault(w => w.Id == id); return ward == null ? new List<Product>() : ward.Supplies.ToList(); }
            int Reachable(CityDb db) => db.Residents.ToList().Count(r => r.Phone != "");
        }
        """);

    [Fact]
    public Task A_rows_people_handed_on_are_reported() => Run(Accounts + """
        class Wards
        {
            List<Resident> People(CityDb db, int id)
            {
                var ward = {|DG1008:db.Wards.Include(w => w.Residents).FirstOrDefault(w => w.Id == id)|};
                return ward == null ? new List<Resident>() : ward.Residents.ToList();
            }
        }
        """);

    // ----- the signed-in user's own record -----

    [Fact]
    public Task Signed_in_users_own_record_is_silent() => Run(Accounts + """
        class Portal : Page
        {
            readonly CityDb _db = null!;
            string Profile() { var userId = User.FindFirst("sub")?.Value; var me = _db.Residents.FirstOrDefault(r => r.UserId == userId); return me?.FullName ?? ""; }
            Resident? ByUser(string userId) => _db.Residents.FirstOrDefault(r => r.UserId == userId);
            string Mine() => ByUser(User.FindFirst("sub")!.Value)?.Phone ?? "";
            string Cancel(int id)
            {
                var resident = _db.Residents.Find(id);
                if (resident == null) return "";
                var userId = User.FindFirst("sub")!.Value;
                if (resident.UserId != userId) return "forbidden";
                return resident.Phone;
            }
        }
        """);

    /// <summary>Round 16's student portal: the claim's text parsed into a number, and rows keyed by the own row's key.</summary>
    [Fact]
    public Task Own_record_keyed_by_a_parsed_claim_or_by_the_own_rows_key_is_silent() => Run(Accounts + """
        class Portal : Page
        {
            readonly CityDb _db = null!;
            string Profile()
            {
                var text = User.FindFirst("sub")?.Value;
                if (!int.TryParse(text, out var id)) return "";
                return _db.Residents.FirstOrDefault(r => r.Id == id)?.Phone ?? "";
            }

            int Parsed() { int.TryParse(User.FindFirst("sub")?.Value, out int id); return id; }
            string Again() => _db.Residents.Find(Parsed())?.FullName ?? "";

            async Task<Resident?> ByUserAsync(int userId) => await Task.FromResult<Resident?>(null);

            async Task<string> Registered()
            {
                var text = User.FindFirst("sub")?.Value;
                if (!int.TryParse(text, out var userId)) return "";
                var me = await ByUserAsync(userId);
                return _db.Residents.Where(r => r.Id == me!.Id).ToList().FirstOrDefault()?.Phone ?? "";
            }

            string Household()
            {
                var me = _db.Residents.First(r => r.UserId == User.FindFirst("sub")!.Value);
                return string.Join(",", _db.Residents.Where(r => r.Id == me.Id).ToList().Select(r => r.Remark));
            }
        }
        """);

    [Fact]
    public Task Record_keyed_by_a_parsed_route_value_or_by_another_rows_key_is_reported() => Run(Accounts + """
        class Portal : Page
        {
            readonly CityDb _db = null!;
            string Profile(string text)
            {
                if (!int.TryParse(text, out var id)) return "";
                return {|DG1008:_db.Residents.FirstOrDefault(r => r.Id == id)|}?.Phone ?? "";
            }

            string Household(string name)
            {
                var them = {|DG1008:_db.Residents.First(r => r.FullName == name)|};
                return them.Phone + string.Join(",", _db.Residents.Where(r => r.Id == them.Id).ToList().Select(r => r.Remark));
            }
        }
        """);

    /// <summary>Round 8's police case system: the key comes from a controller helper that reads the principal.</summary>
    [Fact]
    public Task Own_record_keyed_through_a_helper_that_reads_the_principal_is_silent() => Run(Accounts + """
        class Portal : Page
        {
            readonly CityDb _db = null!;
            string CurrentUserId() => User.FindFirst("sub")!.Value;
            string CurrentUserIdOrNone() { var claim = User.FindFirst("sub"); if (claim is null) return ""; return claim.Value; }
            string SubjectId() { var claim = User.Claims.First(c => { return c.Type == "sub"; }); return claim.Value; }
            string Remark() => _db.Residents.FirstOrDefault(r => r.UserId == SubjectId())?.Remark ?? "";
            string Profile() => _db.Residents.FirstOrDefault(r => r.UserId == CurrentUserId())?.FullName ?? "";
            string Phone() { var id = CurrentUserIdOrNone(); return _db.Residents.FirstOrDefault(r => r.UserId == id)?.Phone ?? ""; }
        }
        """);

    [Fact]
    public Task Record_keyed_through_a_helper_that_returns_anything_else_is_reported() => Run(Accounts + """
        class Portal : Page
        {
            readonly CityDb _db = null!;
            string _selected = "";
            string SelectedUserId() => _selected;
            string MixedUserId(bool own) { if (own) return User.FindFirst("sub")!.Value; return _selected; }
            string Profile() => {|DG1008:_db.Residents.FirstOrDefault(r => r.UserId == SelectedUserId())|}?.FullName ?? "";
            string Phone(bool own) => {|DG1008:_db.Residents.FirstOrDefault(r => r.UserId == MixedUserId(own))|}?.Phone ?? "";
        }
        """);

    [Fact]
    public Task Record_keyed_by_anyone_elses_id_is_reported() => Run(Accounts + """
        class Portal : Page
        {
            readonly CityDb _db = null!;
            string Profile(string userId) => {|DG1008:_db.Residents.FirstOrDefault(r => r.UserId == userId)|}?.FullName ?? "";
            string Details(int id)
            {
                var resident = {|DG1008:_db.Residents.Find(id)|};
                if (resident == null) return "";
                if (User.IsInRole("citizen")) { var userId = User.FindFirst("sub")!.Value; if (resident.UserId != userId) return "forbidden"; }
                return resident.Phone;
            }
            Resident? ByUser(string userId) => {|DG1008:_db.Residents.FirstOrDefault(r => r.UserId == userId)|};
            string Mine() => ByUser(User.FindFirst("sub")!.Value)?.Phone ?? "";
            string Theirs(string other) => ByUser(other)?.Phone ?? "";
        }
        """);

    // ----- code that serves no request -----

    [Fact]
    public Task Method_an_application_never_calls_is_silent() => Run(Accounts + """
        class ResidentRepository { readonly CityDb _db = null!; public List<Resident> Named(string name) => _db.Residents.Where(r => r.FullName == name).ToList(); }
        """ + Entry, output: OutputKind.ConsoleApplication);

    [Fact]
    public Task Uncalled_method_of_a_library_kept_to_itself_is_reported() => Run(Accounts + """
        class ResidentRepository { readonly CityDb _db = null!; public List<Resident> Named(string name) => {|DG1008:_db.Residents.Where(r => r.FullName == name).ToList()|}; }
        """);

    [Fact]
    public Task Controller_action_of_an_application_is_reported() => Run(Accounts + """
        class ResidentsController { readonly CityDb _db = null!; public List<Resident> Index() => {|DG1008:_db.Residents.ToList()|}; }
        """ + Entry, output: OutputKind.ConsoleApplication);

    [Fact]
    public Task Start_up_statements_of_the_entry_point_are_silent() => Run(Accounts + """
        static class Program
        {
            static void Main()
            {
                CityDb db = null!;
                foreach (var resident in db.Residents.ToList()) Console.WriteLine(resident.FullName);
            }
        }
        """, output: OutputKind.ConsoleApplication);

    [Fact]
    public Task Handler_mapped_by_the_entry_point_is_reported() => Run(Accounts + """
        namespace Microsoft.AspNetCore.Builder { public class WebApplication { public void MapGet(string pattern, Delegate handler) { } } }
        static class Program
        {
            static void Main()
            {
                CityDb db = null!;
                foreach (var resident in db.Residents.ToList()) Console.WriteLine(resident.FullName);
                new Microsoft.AspNetCore.Builder.WebApplication().MapGet("/residents/{id}", (int id) => {|DG1008:db.Residents.Find(id)|});
            }
        }
        """, output: OutputKind.ConsoleApplication);
}
