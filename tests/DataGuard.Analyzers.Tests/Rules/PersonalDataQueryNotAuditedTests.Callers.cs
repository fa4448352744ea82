namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 on a reading method that is no request handler: its callers' paths decide. A repository query whose interface this
/// compilation consumes, but which none of those calls reaches, is on no path; one whose interface is only implemented here
/// stays judged. A library's public store is left to the projects that call it (<c>PersonalDataQueryNotAuditedTests.AcrossProjects</c>).
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    /// <summary>
    /// A store interface with two queries, implemented by a repository of a library; <c>CALLS</c> is the service's body. Kept
    /// internal, the library holds every caller; public, they are in the projects that reference it.
    /// </summary>
    private static string Store(string calls, string access = "internal") => """
        ACCESS interface ICitizenStore
        {
            List<Citizen> Active();
            Citizen? ByNationalId(string nationalId);
        }

        ACCESS class CitizenStore : ICitizenStore
        {
            private readonly PoliceDb _db;
            public CitizenStore(PoliceDb db) => _db = db;
            public List<Citizen> Active() => ACTIVE;
            public Citizen? ByNationalId(string nationalId) => BY_ID;
        }

        ACCESS class CitizenService
        {
            private readonly ICitizenStore _store;
            public CitizenService(ICitizenStore store) => _store = store;
            CALLS
        }
        """.Replace("CALLS", calls).Replace("ACCESS", access);

    [Fact]
    public Task Query_of_a_consumed_interface_that_no_call_reaches_is_silent() => Run(Store("public List<Citizen> List() => _store.Active();")
        .Replace("ACTIVE", "{|DG1008:_db.Citizens.Where(c => c.Id > 0).ToList()|}")
        .Replace("BY_ID", "_db.Citizens.FirstOrDefault(c => c.NationalId == nationalId)"));

    [Fact]
    public Task Query_of_a_consumed_interface_is_reported_once_a_call_reaches_it() => Run(Store(
            "public List<Citizen> List() => _store.Active(); public Citizen? Get(string id) => _store.ByNationalId(id);")
        .Replace("ACTIVE", "{|DG1008:_db.Citizens.Where(c => c.Id > 0).ToList()|}")
        .Replace("BY_ID", "{|DG1008:_db.Citizens.FirstOrDefault(c => c.NationalId == nationalId)|}"));

    [Fact]
    public Task Queries_of_an_interface_this_compilation_only_implements_are_reported() => Run(Store("public int Count() => 0;")
        .Replace("ACTIVE", "{|DG1008:_db.Citizens.Where(c => c.Id > 0).ToList()|}")
        .Replace("BY_ID", "{|DG1008:_db.Citizens.FirstOrDefault(c => c.NationalId == nationalId)|}"));

    [Fact]
    public Task Query_no_call_reaches_is_reported_when_unreachable_code_is_judged() => Run(Store("public List<Citizen> List() => _store.Active();")
            .Replace("ACTIVE", "{|DG1008:_db.Citizens.Where(c => c.Id > 0).ToList()|}")
            .Replace("BY_ID", "{|DG1008:_db.Citizens.FirstOrDefault(c => c.NationalId == nationalId)|}"),
        "dataguard.report_unreachable_code = true");

    [Fact]
    public Task Public_store_and_service_of_a_library_are_left_to_the_projects_that_call_them() => Run(Store(
            "public List<Citizen> List() => _store.Active(); public Citizen? Get(string id) => _store.ByNationalId(id);", "public")
        .Replace("ACTIVE", "_db.Citizens.Where(c => c.Id > 0).ToList()")
        .Replace("BY_ID", "_db.Citizens.FirstOrDefault(c => c.NationalId == nationalId)"));
}
