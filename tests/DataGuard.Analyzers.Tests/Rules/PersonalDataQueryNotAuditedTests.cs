using DataGuard.Analyzers.CodeFixes;
using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace DataGuard.Analyzers.Tests.Rules;

public partial class PersonalDataQueryNotAuditedTests
{
    private const string Model = """
        using System; using System.Linq; using System.Threading.Tasks; using System.Collections.Generic; using DataGuard;
        using Microsoft.EntityFrameworkCore; using Dapper;

        public class Citizen { public int Id { get; set; } public string NationalId { get; set; } = ""; public string FullName { get; set; } = ""; }
        public class Product { public int Id { get; set; } public string Sku { get; set; } = ""; public decimal Price { get; set; } }
        public abstract class PoliceDb { public abstract DbSet<Citizen> Citizens { get; } public abstract DbSet<Product> Products { get; } }

        """;

    private const string AuditLog = """

        public class AuditLog
        {
            [AuditsPersonalDataAccess]
            public void Record(string officerId, string purpose) { }
        }
        """;

    private static Task Run(string code, string? editorConfig = null, bool declareAudit = true, OutputKind output = OutputKind.DynamicallyLinkedLibrary)
    {
        var test = Verify<PersonalDataQueryNotAuditedAnalyzer>.Create(Model + code + (declareAudit ? AuditLog : string.Empty), editorConfig);
        test.TestState.Sources.Add(("Stubs.DataAccess.cs", Stubs.DataAccess));
        test.TestState.OutputKind = output;
        return test.RunAsync();
    }

    /// <summary>Oqtane's shapes: a link row that refers to a person, and a site that carries the current user per request.</summary>
    private const string Links = """
        public class Role { public int Id { get; set; } public string Name { get; set; } = ""; }
        public class CitizenRole { public int PersonKey { get; set; } public int RoleId { get; set; } public DateTime? ExpiryDate { get; set; } public Role? Role { get; set; } public Citizen? Citizen { get; set; } }
        public class Station { public int Id { get; set; } public string Title { get; set; } = ""; [System.ComponentModel.DataAnnotations.Schema.NotMapped] public Citizen? CurrentOfficer { get; set; } }
        public abstract class LinkDb { public abstract DbSet<CitizenRole> CitizenRoles { get; } public abstract DbSet<Station> Stations { get; } }

        """;

    // ----- reported -----

    [Fact]
    public Task Link_rows_read_with_their_person_included_are_reported() => Run(Links + """
        class Lookup
        {
            List<CitizenRole> All(LinkDb db) => {|DG1008:db.CitizenRoles.Include(r => r.Role).Include(r => r.Citizen).Where(r => r.RoleId > 0).ToList()|};
            CitizenRole? One(LinkDb db) => {|DG1008:db.CitizenRoles.Include("Citizen").FirstOrDefault()|};
        }
        """);

    [Fact]
    public Task Ef_query_materialised_without_audit_is_reported() => Run("""
        class Lookup { List<Citizen> All(PoliceDb db) => {|DG1008:db.Citizens.Where(c => c.Id > 0).ToList()|}; }
        """);

    [Fact]
    public Task Ef_async_query_is_reported() => Run("""
        class Lookup { async Task<Citizen?> Find(PoliceDb db, string id) => await {|DG1008:db.Citizens.FirstOrDefaultAsync(c => c.NationalId == id)|}; }
        """);

    [Fact]
    public Task DbSet_find_is_reported() => Run("""
        class Lookup { Citizen? Find(PoliceDb db, int id) => {|DG1008:db.Citizens.Find(id)|}; }
        """);

    [Fact]
    public Task Foreach_over_a_query_is_reported() => Run("""
        class Lookup { int Letters(PoliceDb db) { var n = 0; {|DG1008:foreach (var c in db.Citizens) n += c.FullName.Length;|} return n; } }
        """);

    [Fact]
    public Task Dapper_query_of_a_personal_record_is_reported() => Run("""
        class Lookup { IEnumerable<Citizen> All(System.Data.IDbConnection cn) => {|DG1008:cn.Query<Citizen>("select * from citizens")|}; }
        """);

    [Fact]
    public Task Ado_reader_asked_for_a_personal_column_is_reported() => Run("""
        class Lookup { object Read(System.Data.IDbCommand command) { using var reader = command.ExecuteReader(); return {|DG1008:reader["NationalId"]|}; } }
        """);

    /// <summary>Round 16's HR system: a reader-to-model helper is handed the reader its callers executed; the read is theirs.</summary>
    [Fact]
    public Task Reader_mapping_helper_is_silent_and_its_caller_is_reported() => Run("""
        class EmployeeStore
        {
            Citizen Map(System.Data.IDataReader reader) => new Citizen { NationalId = (string)reader["NationalId"], FullName = reader.GetString(reader.GetOrdinal("FullName")) };
            Product MapProduct(System.Data.IDataReader reader) => new Product { Sku = (string)reader["Sku"] };
            public List<Citizen> All(System.Data.IDbCommand command)
            {
                var all = new List<Citizen>();
                using var reader = command.ExecuteReader();
                while (reader.Read()) all.Add({|DG1008:Map(reader)|});
                return all;
            }

            public List<Product> Stock(System.Data.IDbCommand command)
            {
                var all = new List<Product>();
                using var reader = command.ExecuteReader();
                while (reader.Read()) all.Add(MapProduct(reader));
                return all;
            }
        }
        """);

    [Fact]
    public Task Call_of_a_personal_data_query_method_is_reported() => Run("""
        class Repository { [PersonalDataQuery] public Citizen? ByNationalId(string id) => null; }
        class Controller { Citizen? Get(Repository repository, string id) => {|DG1008:repository.ByNationalId(id)|}; }
        """);

    [Fact]
    public Task Interface_method_marked_as_query_is_reported_at_the_call() => Run("""
        interface ICitizens { [PersonalDataQuery] Citizen? Get(string id); }
        class Controller { Citizen? Get(ICitizens citizens, string id) => {|DG1008:citizens.Get(id)|}; }
        """);

    [Fact]
    public Task Minimal_api_handler_is_its_own_path() => Run("""
        namespace Microsoft.AspNetCore.Builder { public class WebApplication { public void MapGet(string pattern, Delegate handler) { } } }
        class Program
        {
            static void Main(Microsoft.AspNetCore.Builder.WebApplication app, PoliceDb db, AuditLog audit)
            {
                audit.Record("startup", "warm-up");
                app.MapGet("/citizens/{id}", (int id) => {|DG1008:db.Citizens.Find(id)|});
            }
        }
        """);

    [Fact]
    public Task Configured_audit_method_not_called_is_reported() => Run("""
        public static class Journal { public static void Write(string what) { } }
        class Lookup { Citizen? Find(PoliceDb db, int id) => {|DG1008:db.Citizens.Find(id)|}; }
        """, "dataguard.audit_methods = Journal.Write", declareAudit: false);

    [Fact]
    public Task Required_audit_reports_without_any_audit_method() => Run("""
        class Lookup { Citizen? Find(PoliceDb db, int id) => {|DG1008:db.Citizens.Find(id)|}; }
        """, "dataguard.require_audit = true", declareAudit: false);

    [Fact]
    public Task Audit_hidden_deeper_than_the_bound_is_not_seen() => Run("""
        class Lookup
        {
            AuditLog _audit = new();
            Citizen? Find(PoliceDb db, int id) { A(); return {|DG1008:db.Citizens.Find(id)|}; }
            void A() => B(); void B() => C(); void C() => D(); void D() => _audit.Record("x", "y");
        }
        """);

    [Fact]
    public Task Recursive_helpers_end_and_report() => Run("""
        class Lookup
        {
            Citizen? Find(PoliceDb db, int id) { Ping(3); return {|DG1008:db.Citizens.Find(id)|}; }
            void Ping(int n) { if (n > 0) Pong(n - 1); }
            void Pong(int n) { if (n > 0) Ping(n - 1); }
        }
        """);

    /// <summary>A course with its groups; the groups' people come only when asked for (round 4: a school's courses).</summary>
    private const string Courses = """
        public class Group { public int Id { get; set; } public string Name { get; set; } = ""; public Citizen? Leader { get; set; } public ICollection<Citizen> Members { get; set; } = new List<Citizen>(); }
        public class Course { public int Id { get; set; } public string Name { get; set; } = ""; public ICollection<Group> Groups { get; set; } = new List<Group>(); }
        public abstract class SchoolDb { public abstract DbSet<Course> Courses { get; } }

        """;

    /// <summary>Contact cards of places and organisations (round 4: a spa's premises, a help desk's customer companies).</summary>
    private const string Premises = """
        public class Location { public int Id { get; set; } public string Name { get; set; } = ""; public string Address { get; set; } = ""; public string? Phone { get; set; } public string? Email { get; set; } public ICollection<Citizen> Staff { get; set; } = new List<Citizen>(); }
        public class Contact { public int Id { get; set; } public string FullName { get; set; } = ""; }
        public class Customer { public int Id { get; set; } public string CustomerName { get; set; } = ""; public string Address { get; set; } = ""; public string Phone { get; set; } = ""; public string Website { get; set; } = ""; public ICollection<Contact> Contacts { get; set; } = new List<Contact>(); }
        public class Client { public int Id { get; set; } public string Address { get; set; } = ""; public string Phone { get; set; } = ""; }
        public abstract class DeskDb { public abstract DbSet<Location> Locations { get; } public abstract DbSet<Customer> Customers { get; } public abstract DbSet<Client> Clients { get; } }

        """;

    [Fact]
    public Task Navigation_included_down_to_its_people_is_reported() => Run(Courses + """
        class Catalog
        {
            List<Course> WithMembers(SchoolDb db) => {|DG1008:db.Courses.Include(c => c.Groups).ThenInclude(g => g.Members).ToList()|};
            List<Course> ByPath(SchoolDb db) => {|DG1008:db.Courses.Include("Groups.Members").ToList()|};
            List<Course> WithLeaders(SchoolDb db) => {|DG1008:db.Courses.Include(c => c.Groups).ThenInclude(g => g.Leader).ToList()|};
        }
        """);

    [Fact]
    public Task History_rows_selected_by_a_persons_key_are_reported() => Run("""
        public class Subject { public int Id { get; set; } public string Name { get; set; } = ""; }
        public class Pupil { public int Id { get; set; } public string FullName { get; set; } = ""; }
        public class Absence { public int Id { get; set; } public DateTime Day { get; set; } public int PupilId { get; set; } public Pupil? Pupil { get; set; } public int SubjectId { get; set; } public Subject? Subject { get; set; } }
        public abstract class SchoolDb { public abstract DbSet<Absence> Absences { get; } }
        class Attendance
        {
            Task<List<Absence>> OfOne(SchoolDb db, int pupilId) => {|DG1008:db.Absences.Include(a => a.Subject).Where(a => a.PupilId == pupilId).ToListAsync()|};
            List<Absence> InSubject(SchoolDb db, int subjectId) => db.Absences.Where(a => a.SubjectId == subjectId).ToList();
        }
        """);

    [Fact]
    public Task Premises_read_with_their_people_included_are_reported() => Run(Premises + """
        class Desk
        {
            List<Location> WithStaff(DeskDb db) => {|DG1008:db.Locations.Include(l => l.Staff).ToList()|};
            List<Customer> WithContacts(DeskDb db) => {|DG1008:db.Customers.Include(c => c.Contacts).ToList()|};
            Client? OneClient(DeskDb db, int id) => {|DG1008:db.Clients.Find(id)|};
        }
        """);

    [Fact]
    public Task Row_whose_personal_value_is_used_after_the_null_test_is_reported() => Run("""
        class Lookup
        {
            string Name(PoliceDb db, string id)
            {
                var citizen = {|DG1008:db.Citizens.FirstOrDefault(c => c.NationalId == id)|};
                return citizen == null ? "" : citizen.FullName;
            }
        }
        """);

    [Fact]
    public Task Read_with_one_caller_that_does_not_audit_is_reported() => Run("""
        interface IGateway { Citizen? Get(int id); }
        class Gateway : IGateway { readonly PoliceDb _db = null!; public Citizen? Get(int id) => {|DG1008:_db.Citizens.Find(id)|}; }
        class AuditedUseCase { AuditLog _audit = new(); Citizen? Run(IGateway gateway, int id) { var c = gateway.Get(id); _audit.Record("officer", "case"); return c; } }
        class Shortcut { Citizen? Run(IGateway gateway, int id) => gateway.Get(id); }
        """);

    // ----- silent -----
    [Fact]
    public Task Navigation_included_without_its_people_is_silent() => Run(Courses + """
        class Catalog
        {
            List<Course> WithGroups(SchoolDb db) => db.Courses.Include(c => c.Groups).ToList();
            Course? One(SchoolDb db, int id) => db.Courses.Include("Groups").FirstOrDefault(c => c.Id == id);
        }
        """);

    [Fact]
    public Task Contact_cards_of_places_and_organisations_are_silent() => Run(Premises + """
        class Desk
        {
            List<Location> Premises(DeskDb db) => db.Locations.ToList();
            Customer? Company(DeskDb db, int id) => db.Customers.Find(id);
        }
        """);

    [Fact]
    public Task Read_that_only_tests_whether_a_row_exists_is_silent() => Run("""
        class Registry
        {
            bool Taken(PoliceDb db, string id) => db.Citizens.FirstOrDefault(c => c.NationalId == id) != null;
            async Task<int> Register(PoliceDb db, Citizen citizen)
            {
                var existing = await db.Citizens.FirstOrDefaultAsync(c => c.NationalId == citizen.NationalId);
                if (existing is not null) return existing.Id;
                return 0;
            }
        }
        """);

    [Fact]
    public Task Start_up_seeding_and_migrations_are_silent() => Run("""
        static class DbSeeder { public static void SeedCitizens(PoliceDb db) { foreach (var c in db.Citizens.ToList()) { } } }
        class Startup { void SeedDemoData(PoliceDb db) { var first = db.Citizens.Find(1); } }
        class AddNames : Microsoft.EntityFrameworkCore.Migrations.Migration { protected override void Up(object builder) { var all = ((PoliceDb)builder).Citizens.ToList(); } }
        """);

    [Fact]
    public Task Read_whose_callers_all_audit_is_silent() => Run("""
        interface IGateway { Citizen? Get(int id); }
        class Gateway : IGateway { readonly PoliceDb _db = null!; public Citizen? Get(int id) => _db.Citizens.Find(id); }
        class GetUseCase { AuditLog _audit = new(); Citizen? Run(IGateway gateway, int id) { var c = gateway.Get(id); _audit.Record("officer", "case"); return c; } }
        class Controller { readonly GetUseCase _useCase = new(); Citizen? Get(Gateway gateway, int id) => Fetch(gateway, id); Citizen? Fetch(Gateway gateway, int id) { new AuditLog().Record("officer", "view"); return gateway.Get(id); } }
        """);


    [Fact]
    public Task Link_rows_read_without_their_person_are_silent() => Run(Links + """
        class Lookup
        {
            List<CitizenRole> All(LinkDb db) => db.CitizenRoles.Include(r => r.Role).Where(r => r.RoleId > 0).ToList();
            CitizenRole? One(LinkDb db, int id) => db.CitizenRoles.Find(id);
            void Remove(LinkDb db) { foreach (var link in db.CitizenRoles.Where(r => r.RoleId == 3)) { } }
        }
        """);

    [Fact]
    public Task Not_mapped_personal_member_is_not_read_from_the_database() => Run(Links + """
        class Lookup { List<Station> All(LinkDb db) => db.Stations.OrderBy(s => s.Title).ToList(); Station? One(LinkDb db, int id) => db.Stations.Find(id); }
        """);

    [Fact]
    public Task Audited_read_is_silent() => Run("""
        class Lookup { Citizen? Find(PoliceDb db, AuditLog audit, int id) { audit.Record("officer", "case"); return db.Citizens.Find(id); } }
        """);

    [Fact]
    public Task Audit_through_a_helper_is_silent() => Run("""
        class Lookup
        {
            AuditLog _audit = new();
            Citizen? Find(PoliceDb db, int id) { Trace(id); return db.Citizens.Find(id); }
            void Trace(int id) => _audit.Record("officer", "lookup");
        }
        """);

    [Fact]
    public Task Configured_audit_method_called_is_silent() => Run("""
        public static class Journal { public static void Write(string what) { } }
        class Lookup { Citizen? Find(PoliceDb db, int id) { Journal.Write("lookup"); return db.Citizens.Find(id); } }
        """, "dataguard.audit_methods = Journal.Write", declareAudit: false);

    [Fact]
    public Task Method_marked_as_query_is_silent_itself() => Run("""
        class Repository { [PersonalDataQuery] public Citizen? ByNationalId(PoliceDb db, string id) => db.Citizens.FirstOrDefault(c => c.NationalId == id); }
        """);

    [Fact]
    public Task Query_of_a_record_without_personal_members_is_silent() => Run("""
        class Catalog { List<Product> All(PoliceDb db) => db.Products.ToList(); }
        """);

    [Fact]
    public Task Unmaterialised_query_is_silent() => Run("""
        class Lookup { IQueryable<Citizen> Query(PoliceDb db) => db.Citizens.Where(c => c.Id > 0); }
        """);

    [Fact]
    public Task In_memory_list_is_silent() => Run("""
        class Lookup { Citizen? First(List<Citizen> citizens) => citizens.FirstOrDefault(); }
        """);

    [Fact]
    public Task No_audit_method_named_anywhere_is_silent() => Run("""
        class Lookup { Citizen? Find(PoliceDb db, int id) => db.Citizens.Find(id); }
        """, declareAudit: false);

    [Fact]
    public Task Non_personal_column_is_silent() => Run("""
        class Lookup { object Read(System.Data.IDataReader reader) => reader["Quantity"]; }
        """);

    [Fact]
    public Task Audited_handler_is_silent() => Run("""
        namespace Microsoft.AspNetCore.Builder { public class WebApplication { public void MapGet(string pattern, Delegate handler) { } } }
        class Program
        {
            static void Main(Microsoft.AspNetCore.Builder.WebApplication app, PoliceDb db, AuditLog audit)
            {
                app.MapGet("/citizens/{id}", (int id) => { audit.Record("officer", "lookup"); return db.Citizens.Find(id); });
            }
        }
        """);

    // ----- code fixes -----

    [Fact]
    public Task Fix_inserts_a_call_of_the_audit_method() => Fix("""
        class Lookup
        {
            AuditLog _audit = new();
            Citizen? Find(PoliceDb db, int id, string purpose)
            {
                return {|DG1008:db.Citizens.Find(id)|};
            }
        }
        """, """
        class Lookup
        {
            AuditLog _audit = new();
            Citizen? Find(PoliceDb db, int id, string purpose)
            {
                _audit.Record(nameof(Find), purpose);
                return db.Citizens.Find(id);
            }
        }
        """, 0);

    [Fact]
    public Task Fix_marks_the_method_as_a_query() => Fix("""
        class Repository
        {
            public Citizen? Find(PoliceDb db, int id) => {|DG1008:db.Citizens.Find(id)|};
        }
        """, """
        class Repository
        {
            [DataGuard.PersonalDataQuery]
            public Citizen? Find(PoliceDb db, int id) => db.Citizens.Find(id);
        }
        """, 0);

    private static Task Fix(string code, string fixedCode, int actionIndex)
    {
        var test = new CSharpCodeFixTest<PersonalDataQueryNotAuditedAnalyzer, AuditPersonalDataQueryCodeFixProvider, DefaultVerifier>
        {
            TestCode = Model + code + AuditLog,
            FixedCode = Model + fixedCode + AuditLog,
            CodeActionIndex = actionIndex,
        }.Use(References.Net80);
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            Verify<PersonalDataQueryNotAuditedAnalyzer>.AddCommon(state, null);
            state.Sources.Add(("Stubs.DataAccess.cs", Stubs.DataAccess));
        }
        return test.RunAsync();
    }
}
