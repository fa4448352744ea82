namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and rows changed in the ways round 33's property manager changes them: overwritten through the change tracker's
/// entry (<c>Entry(existing).CurrentValues.SetValues(edited)</c>, <c>Entry(row).State = …</c>), or changed inside a delegate
/// handed to the program's own transaction runner, which saves after running it. A row shown, or changed where nothing saves,
/// stays a look-up.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    private const string Tracking = """
        public class PropertyValues { public void SetValues(object values) { } }
        public class EntityEntry { public PropertyValues CurrentValues { get; } = new(); public int State { get; set; } }
        public abstract class TrackingDb : CityDb { public EntityEntry Entry(object row) => new(); }
        abstract class Workflows
        {
            protected readonly TrackingDb _db = null!;
            protected async Task<bool> InTransaction(Func<Task<bool>> work) { var done = await work(); if (done) _db.SaveChanges(); return done; }
            protected Task<bool> Unsaved(Func<Task<bool>> work) => work();
        }

        """;

    [Fact]
    public Task Rows_overwritten_through_their_entry_or_changed_in_a_saving_runner_are_silent() => Run(Accounts + Tracking + """
        class Desk : Workflows
        {
            Resident Edit(Resident edited) { var existing = _db.Residents.FirstOrDefault(r => r.Id == edited.Id); if (existing == null) throw new InvalidOperationException(); _db.Entry(existing).CurrentValues.SetValues(edited); _db.SaveChanges(); return edited; }
            string Mark(int id) { var row = _db.Residents.First(r => r.Id == id); _db.Entry(row).State = 3; _db.SaveChanges(); return row.FullName; }
            Task<bool> Expire(int id) => InTransaction(() => { var row = _db.Residents.First(r => r.Id == id); row.Status = "expired"; Console.WriteLine(row.Phone); return Task.FromResult(true); });
        }
        """);

    [Fact]
    public Task Rows_shown_or_changed_where_nothing_saves_are_reported() => Run(Accounts + Tracking + """
        class Desk : Workflows
        {
            string Shown(int id) { var row = {|DG1008:_db.Residents.First(r => r.Id == id)|}; _db.Entry(row).CurrentValues.SetValues(new Resident()); return row.Phone; }
            Task<bool> Show(int id) => InTransaction(() => { var row = {|DG1008:_db.Residents.First(r => r.Id == id)|}; Console.WriteLine(row.Phone); return Task.FromResult(true); });
            Task<bool> Expire(int id) => Unsaved(() => { var row = {|DG1008:_db.Residents.First(r => r.Id == id)|}; row.Status = "expired"; Console.WriteLine(row.Phone); return Task.FromResult(true); });
        }
        """);
}
