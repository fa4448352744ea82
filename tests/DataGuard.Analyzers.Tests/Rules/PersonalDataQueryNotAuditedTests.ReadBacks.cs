namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and the row a create command reads back (round 33: the HR back end's <c>CreateEmployeeAsync</c> reloading the new
/// employee with its position, the shop's posted address, the clinic's saved animal): the read selects by the key of the value
/// the path has just stored. A read by another key, or before the store, stays a look-up.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    [Fact]
    public Task Row_read_back_by_the_key_of_the_value_just_stored_is_silent() => Run(Accounts + """
        class Desk
        {
            Resident Register(CityDb db, Resident resident) { db.Residents.Add(resident); db.SaveChanges(); return db.Residents.First(r => r.Id == resident.Id); }
            string Verify(CityDb db, Resident resident) { db.Residents.Add(resident); db.SaveChanges(); var back = db.Residents.FirstOrDefault(r => r.Id == resident.Id && r.UserId == resident.UserId); return back?.FullName ?? ""; }
        }
        """);

    [Fact]
    public Task Row_read_by_another_key_or_before_the_store_is_reported() => Run(Accounts + """
        class Desk
        {
            Resident Other(CityDb db, Resident resident, int id) { db.Residents.Add(resident); db.SaveChanges(); return {|DG1008:db.Residents.First(r => r.Id == id)|}; }
            Resident Mixed(CityDb db, Resident resident, string userId) { db.Residents.Add(resident); db.SaveChanges(); return {|DG1008:db.Residents.First(r => r.Id == resident.Id || r.UserId == userId)|}; }
            Resident Before(CityDb db, Resident resident) { var old = {|DG1008:db.Residents.First(r => r.Id == resident.Id)|}; db.Residents.Add(resident); db.SaveChanges(); return old; }
        }
        """);
}
