namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and rows that say nothing about a person (round 18): a query projected inline to a key and the name shown in a
/// drop-down, and catalogue rows whose only personal columns are the stamps of the staff member who wrote them. A
/// projection carrying a contact or a number, or a row with a column about its person, is still a look-up.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    private const string Counselling = """
        public class Counsellor { public int CounsellorId { get; set; } public string DisplayName { get; set; } = ""; public string FirstName { get; set; } = ""; public string LastName { get; set; } = ""; public string MobilePhone { get; set; } = ""; public DateTime BirthDate { get; set; } public decimal HourlyRate { get; set; } public bool Accepting { get; set; } }
        public class Leaflet { public int Id { get; set; } public string Heading { get; set; } = ""; public string CreatedBy_FullName { get; set; } = ""; public string LastModifiedByName { get; set; } = ""; public DateTime CreatedOn { get; set; } }
        public class Visit { public int Id { get; set; } public string Notes { get; set; } = ""; public string CreatedByName { get; set; } = ""; public int CounsellorId { get; set; } public Counsellor? Visitor { get; set; } }
        public class Tribute { public int Id { get; set; } public string Heading { get; set; } = ""; public string HonoureeFullName { get; set; } = ""; public string UpdatedByName { get; set; } = ""; }
        public class Memo { public int Id { get; set; } [PersonalField] public string CreatedByName { get; set; } = ""; }
        public abstract class CounsellingDb { public abstract DbSet<Counsellor> Counsellors { get; } public abstract DbSet<Leaflet> Leaflets { get; } public abstract DbSet<Visit> Visits { get; } public abstract DbSet<Tribute> Tributes { get; } public abstract DbSet<Memo> Memos { get; } }

        """;

    [Fact]
    public Task Projection_to_a_key_and_a_display_name_is_silent() => Run(Counselling + """
        class BookingForm
        {
            readonly CounsellingDb _db = null!;
            public async Task<object> Choices() => await _db.Counsellors.Where(c => c.Accepting).Select(c => new { c.CounsellorId, c.DisplayName, c.HourlyRate }).ToListAsync();
            public object Names() => _db.Counsellors.OrderBy(c => c.LastName).Select(c => new { Value = c.CounsellorId, c.FirstName, c.LastName }).ToList();
        }
        """);

    [Fact]
    public Task Projection_with_a_contact_a_date_or_no_key_is_reported() => Run(Counselling + """
        class Directory
        {
            readonly CounsellingDb _db = null!;
            public object WithPhone() => {|DG1008:_db.Counsellors.Select(c => new { c.CounsellorId, c.DisplayName, c.MobilePhone }).ToList()|};
            public object WithBirthday() => {|DG1008:_db.Counsellors.Select(c => new { c.CounsellorId, c.DisplayName, c.BirthDate }).FirstOrDefault()|};
            public object Roster() => {|DG1008:_db.Counsellors.Select(c => new { c.FirstName, c.LastName }).ToList()|};
        }
        """);

    [Fact]
    public Task Rows_whose_only_personal_columns_are_authorship_stamps_are_silent() => Run(Counselling + """
        class Library
        {
            readonly CounsellingDb _db = null!;
            public List<Leaflet> Leaflets() => _db.Leaflets.Where(l => l.Heading != "").ToList();
            public Task<Visit?> Visit(int id) => _db.Visits.FirstOrDefaultAsync(v => v.Id == id);
        }
        """);

    [Fact]
    public Task Stamped_rows_with_a_person_of_their_own_are_reported() => Run(Counselling + """
        class Archive
        {
            readonly CounsellingDb _db = null!;
            public List<Visit> WithVisitor() => {|DG1008:_db.Visits.Include(v => v.Visitor).ToList()|};
            public List<Tribute> Tributes() => {|DG1008:_db.Tributes.ToList()|};
            public List<Memo> Marked() => {|DG1008:_db.Memos.ToList()|};
        }
        """);
    private const string Depot = """
        public class Clerk { public int Id { get; set; } public string FullName { get; set; } = ""; public string Email { get; set; } = ""; public List<Client> Clients { get; set; } = new(); }
        public class Client { public int Id { get; set; } public string FullName { get; set; } = ""; public string MobilePhone { get; set; } = ""; }
        public class Crate { public int Id { get; set; } public string LotCode { get; set; } = ""; public int Units { get; set; } public int CreatedById { get; set; } public Clerk? CreatedBy { get; set; } public Clerk? ModifiedByUser { get; set; } [PersonalField] public Clerk? UpdatedBy { get; set; } public int ConsigneeId { get; set; } public Client? Consignee { get; set; } }
        public abstract class DepotDb { public abstract DbSet<Crate> Crates { get; } }

        """;

    [Fact]
    public Task Stock_rows_loaded_with_the_staff_who_wrote_them_are_silent() => Run(Depot + """
        class Stock
        {
            readonly DepotDb _db = null!;
            public Task<Crate?> Find(int id) => _db.Crates.Include(c => c.CreatedBy).Include(c => c.ModifiedByUser).FirstOrDefaultAsync(c => c.Id == id);
            public List<Crate> EnteredBy(int clerkId) => _db.Crates.Where(c => c.CreatedById == clerkId).ToList();
        }
        """);

    [Fact]
    public Task Stock_rows_with_a_person_included_beside_or_below_a_stamp_are_reported() => Run(Depot + """
        class Stock
        {
            readonly DepotDb _db = null!;
            public List<Crate> WithConsignee() => {|DG1008:_db.Crates.Include(c => c.CreatedBy).Include(c => c.Consignee).ToList()|};
            public List<Crate> WithClerksClients() => {|DG1008:_db.Crates.Include(c => c.CreatedBy).ThenInclude(k => k.Clients).ToList()|};
            public List<Crate> MarkedStamp() => {|DG1008:_db.Crates.Include(c => c.UpdatedBy).ToList()|};
            public List<Crate> OfConsignee(int clientId) => {|DG1008:_db.Crates.Where(c => c.ConsigneeId == clientId).ToList()|};
        }
        """);
}
