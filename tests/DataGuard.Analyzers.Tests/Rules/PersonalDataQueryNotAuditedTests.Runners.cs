namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and another project's generic runner (round 33's HR back end: every repository method wraps its query in
/// <c>_circuitBreaker.ExecuteAsync(async () =&gt; …)</c>): the runner answers with what the handed delegate answers, so the
/// call is no look-up of its own — the reads inside the delegate are judged where they are written. A library method asked
/// through a delegate for a record type of its own stays a look-up.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    private const string Runner = Library + """

        public interface IRunner
        {
            Task<T> ExecuteAsync<T>(System.Func<Task<T>> operation);
            Task<Citizen?> FindAsync(System.Func<int> key);
        }
        """;

    [Fact]
    public Task Generic_runner_of_the_callers_delegate_is_no_read_of_its_own() => RunAcrossProjects(
        Runner, """
        private readonly IRunner _runner = null!;
        public async Task<Citizen> Keep(Citizen citizen) => await _runner.ExecuteAsync(() => Task.FromResult(citizen));
        """);

    [Fact]
    public Task Read_inside_the_runners_delegate_and_a_delegate_keyed_library_query_are_reported() => RunAcrossProjects(
        Runner, """
        private readonly IRunner _runner = null!;
        private readonly PoliceDb _db = null!;
        public async Task<Citizen?> Show(int id) => await _runner.ExecuteAsync(() => Task.FromResult({|DG1008:System.Linq.Queryable.FirstOrDefault(_db.Citizens, c => c.Id == id)|}));
        public async Task<Citizen?> Find(int id) => await {|DG1008:_runner.FindAsync(() => id)|};
        """);
}
