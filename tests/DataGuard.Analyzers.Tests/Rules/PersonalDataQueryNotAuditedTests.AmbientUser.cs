namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and a query asked by nothing (round 30's library: <c>await _auth.GetAppUserAsync()</c> on every administration page,
/// 18 wrong reports): with no argument to select by, one person's row can only be the signed-in user's. Lists, a summary
/// holding people in a collection (round 30's Planning Center import preview), rows asked by a route key and a helper in
/// source that selects by something else stay look-ups.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    /// <summary>Another project's account service: the current account, every account, one account by its number.</summary>
    private const string AppUsers = """

        public class ImportPreview { public int Total { get; set; } public List<Citizen> People { get; set; } = new(); }
        public class AppUsers
        {
            public Task<Citizen> GetAppUserAsync() => Task.FromResult(new Citizen());
            public Task<List<Citizen>> Everyone() => Task.FromResult(new List<Citizen>());
            public Task<ImportPreview> PreviewImportAsync() => Task.FromResult(new ImportPreview());
            public Citizen? ByNationalId(string nationalId) => null;
        }
        """;

    [Fact]
    public Task Another_projects_row_asked_by_nothing_is_the_signed_in_users_own() => RunAcrossProjects(
        Library + AppUsers, """
        private readonly AppUsers _users = new();
        public async Task<string> Me() => (await _users.GetAppUserAsync()).FullName;
        """);

    [Fact]
    public Task Another_projects_list_or_summary_asked_by_nothing_or_row_asked_by_a_route_key_is_reported() => RunAcrossProjects(
        Library + AppUsers, """
        private readonly AppUsers _users = new();
        public async Task<List<Citizen>> All() => await {|DG1008:_users.Everyone()|};
        public async Task<ImportPreview> Preview() => await {|DG1008:_users.PreviewImportAsync()|};
        public string Show(string id) => {|DG1008:_users.ByNationalId(id)|}?.FullName ?? "";
        """);

    [Fact]
    public Task Query_in_source_asked_by_nothing_is_silent_when_it_selects_by_the_principal() => Run("""
        class Profile
        {
            readonly PoliceDb _db = null!;
            readonly System.Security.Claims.ClaimsPrincipal _principal = new();
            [PersonalDataQuery] public Citizen Current() => _db.Citizens.First(c => c.NationalId == _principal.Identity!.Name);
            string Mine() => Current().FullName;
        }
        """);

    [Fact]
    public Task Query_in_source_asked_by_nothing_that_selects_by_something_else_is_reported() => Run("""
        class Profile
        {
            readonly PoliceDb _db = null!;
            [PersonalDataQuery] public Citizen Newest() => _db.Citizens.OrderBy(c => c.Id).Last();
            string Latest() => {|DG1008:Newest()|}.FullName;
        }
        """);
}
