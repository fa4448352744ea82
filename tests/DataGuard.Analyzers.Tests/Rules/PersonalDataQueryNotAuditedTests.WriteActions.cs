namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// Round 31's school system: a nurse's <c>[HttpPost("{id}/take-ownership")]</c> action hands the route's key to another
/// project's service and answers with the one row the service changed. The row goes back to the user changing it; the
/// look-up that showed it is a <c>GET</c> of its own. A write action answering with rows in a list (a <c>POST</c> search) and
/// a <c>GET</c> answering with the same one row stay reads.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    private const string CaseLibrary = """
        public class HttpGetAttribute : Attribute { public HttpGetAttribute(string template = "") { } }
        public class HttpPostAttribute : Attribute { public HttpPostAttribute(string template = "") { } }
        public class HttpPutAttribute : Attribute { public HttpPutAttribute(string template = "") { } }
        public class Outcome { public bool Done { get; set; } }

        public class CitizenService
        {
            public Task<Citizen> TakeOwnershipAsync(int id) => Task.FromResult(new Citizen());
            public Task<Citizen> CompleteAsync(int id, Outcome outcome) => Task.FromResult(new Citizen());
            public Task<Citizen> CaseOfAsync(int id) => Task.FromResult(new Citizen());
            public Task<List<Citizen>> SearchAsync(int district) => Task.FromResult(new List<Citizen>());
        }
        """;

    [Fact]
    public Task Write_action_answering_with_the_one_row_its_service_changed_is_silent() => RunAcrossProjects(
        CaseLibrary, """
        [HttpPost("{id}/take-ownership")] public async Task<Citizen> TakeOwnership(int id) => await _citizens.TakeOwnershipAsync(id);
        [HttpPut("{id}/complete")] public async Task<Citizen> Complete(int id, Outcome outcome) => await _citizens.CompleteAsync(id, outcome);
        """);

    [Fact]
    public Task Write_action_answering_with_a_list_and_a_get_of_the_same_row_are_reported() => RunAcrossProjects(
        CaseLibrary, """
        [HttpPost("search")] public async Task<List<Citizen>> Search(int district) => await {|DG1008:_citizens.SearchAsync(district)|};
        [HttpGet("{id}")] public async Task<Citizen> Show(int id) => await {|DG1008:_citizens.CaseOfAsync(id)|};
        [HttpPost("{id}/copy")] public async Task<Citizen> Copy(int id) => await {|DG1008:_citizens.CaseOfAsync(7)|};
        """);

    /// <summary>Round 33's shop: <c>_orderCreator.Run(new() { QuoteId = quote.Id, Nonce = order.Nonce })</c> in a <c>POST</c>.</summary>
    private const string RunnerLibrary = CaseLibrary + """
        public class Placing { public int CaseId { get; set; } public bool Done { get; set; } }
        public class CaseRunner { public Task<Citizen> Run(Placing request) => Task.FromResult(new Citizen()); }
        """;

    [Fact]
    public Task Write_action_handing_a_request_built_from_its_body_is_silent() => RunAcrossProjects(
        RunnerLibrary, """
        private readonly CaseRunner _runner = new();
        [HttpPost] public async Task<Citizen> Place(Outcome outcome) => await _runner.Run(new() { CaseId = 1, Done = outcome.Done });
        [HttpPost("kept")] public async Task<Citizen> Kept(Outcome outcome) { var placing = new Placing { Done = outcome.Done }; return await _runner.Run(placing); }
        """);

    [Fact]
    public Task Request_built_from_nothing_of_the_action_or_in_a_get_is_reported() => RunAcrossProjects(
        RunnerLibrary, """
        private readonly CaseRunner _runner = new();
        [HttpPost] public async Task<Citizen> Place(Outcome outcome) => await {|DG1008:_runner.Run(new() { CaseId = 1, Done = true })|};
        [HttpGet] public async Task<Citizen> Show(Outcome outcome) => await {|DG1008:_runner.Run(new() { CaseId = 1, Done = outcome.Done })|};
        [HttpPost("kept")] public async Task<Citizen> Kept(Outcome outcome) { var placing = new Placing { Done = true }; return await {|DG1008:_runner.Run(placing)|}; }
        """);

    /// <summary>A generic repository of another project whose <c>GetQueryable()</c> hands out a query not yet run (round 31's school system).</summary>
    private const string QueryableLibrary = """
        public class Repository<T> { public IQueryable<T> GetQueryable() => new List<T>().AsQueryable(); }
        public class CitizenService
        {
            public Repository<Citizen> Citizens { get; } = new();
            public Task SaveChangesAsync() => Task.CompletedTask;
        }
        """;

    [Fact]
    public Task Row_run_from_another_projects_queryable_and_changed_is_silent() => RunAcrossProjects(
        QueryableLibrary, """
        public async Task<bool> Rename(int id, string name)
        {
            var citizen = System.Linq.Queryable.FirstOrDefault(_citizens.Citizens.GetQueryable(), c => c.Id == id);
            if (citizen == null) return false;
            citizen.FullName = name;
            await _citizens.SaveChangesAsync();
            return true;
        }
        """);

    [Fact]
    public Task Rows_run_from_another_projects_queryable_and_shown_are_reported_once_at_the_operator() => RunAcrossProjects(
        QueryableLibrary, """
        public List<Citizen> All() => {|DG1008:System.Linq.Enumerable.ToList(_citizens.Citizens.GetQueryable())|};
        """);
}
