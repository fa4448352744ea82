namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// Round 22/23's missed admin lists (T): another project's query that answers with a page of persons' rows — a list wrapper
/// (<c>CustomerListDto { Items, TotalCount, … }</c>) or a tuple of the rows and their count — is a read at the caller; a
/// catalogue row that describes itself and holds persons only in a collection stays no read.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    private const string Pages = """

        public class CitizenPage { public List<Citizen> Items { get; set; } = new(); public int TotalCount { get; set; } public int Page { get; set; } public bool HasNext { get; set; } }
        public class Squad { public int Id { get; set; } public string Title { get; set; } = ""; public List<Citizen> Members { get; set; } = new(); }
        public class Pager
        {
            public CitizenPage Page(int page) => new();
            public (List<Citizen> Items, int TotalCount) Slice(int page) => (new(), 0);
            public Squad Squad(int id) => new();
        }
        """;

    private const string PagerController = """
        private readonly Pager _pager = new();
        """;

    [Fact]
    public Task Page_of_persons_rows_from_another_project_is_reported() => RunAcrossProjects(
        Library + Pages, PagerController + """
        public CitizenPage Index(int page) => {|DG1008:_pager.Page(page)|};
        """);

    [Fact]
    public Task Tuple_of_persons_rows_and_their_count_from_another_project_is_reported() => RunAcrossProjects(
        Library + Pages, PagerController + """
        public List<Citizen> Index(int page) => {|DG1008:_pager.Slice(page)|}.Items;
        """);

    [Fact]
    public Task Catalogue_row_holding_persons_in_a_collection_stays_silent() => RunAcrossProjects(
        Library + Pages, PagerController + """
        public Squad Show(int id) => _pager.Squad(id);
        """);
}
