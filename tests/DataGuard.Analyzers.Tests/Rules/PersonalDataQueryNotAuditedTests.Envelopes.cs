namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and another project's static response helpers (round 35's CRM): <c>ApiResponseHelper.NotFound&lt;CitizenView&gt;("…")</c>
/// builds a reply around a type it is only named, and reads no row; a static generic query that answers with rows of its type
/// argument (<c>Sql.Rows&lt;Citizen&gt;(text)</c>) still does.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    private const string ResponseHelpers = """

        public class ApiResponse<T> { public int StatusCode { get; set; } public string Message { get; set; } = ""; public T? Data { get; set; } }
        public class Paged<T> { public List<T> Items { get; set; } = new(); public int TotalCount { get; set; } }

        public static class ApiResponseHelper
        {
            public static ApiResponse<T> Unauthorized<T>(string message) => new() { StatusCode = 401, Message = message };
            public static ApiResponse<T> Conflict<T>(string message) => new() { StatusCode = 409, Message = message };
        }

        public static class Sql
        {
            public static List<T> Rows<T>(string text) => new();
            public static Paged<T> Page<T>(string text, int page) => new();
        }
        """;

    [Fact]
    public Task Static_response_helper_named_a_persons_record_reads_nothing() => RunAcrossProjects(
        Library + ResponseHelpers, """
        public ApiResponse<Citizen> Update(int id, string outcome)
            => outcome == "ok" ? ApiResponseHelper.Conflict<Citizen>(outcome) : ApiResponseHelper.Unauthorized<Citizen>("Sign in first");
        """);

    [Fact]
    public Task Static_generic_query_answering_with_rows_of_its_type_argument_is_reported() => RunAcrossProjects(
        Library + ResponseHelpers, """
        public List<Citizen> All() => {|DG1008:Sql.Rows<Citizen>("select * from citizens")|};
        public Paged<Citizen> Page(int page) => {|DG1008:Sql.Page<Citizen>("select * from citizens", page)|};
        """);
}
