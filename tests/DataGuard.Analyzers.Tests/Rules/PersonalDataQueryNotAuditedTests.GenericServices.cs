namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// A generic service of another project (<c>TGetList</c>, <c>TGetById</c>, <c>TDelete</c>): the row a handler reads to hand
/// to its delete is no look-up, and a row whose only persons are a collection it holds (a category with its contacts) is
/// nobody's record at the caller, which cannot see the collection loaded.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    /// <summary>A library with a generic service: its methods carry a one-letter prefix, as in many tutorial-built code bases.</summary>
    private const string GenericService = """
        public class Topic { public int Id { get; set; } public string Title { get; set; } = ""; public List<Citizen> Subscribers { get; set; } = new(); }
        public class GenericService<T> where T : class
        {
            public List<T> TGetList() => new();
            public T TGetById(int id) => null!;
            public void TDelete(T row) { }
        }
        public class Visitor
        {
            public string FullName { get; private set; } = "";
            public static Visitor Create(string fullName) => new() { FullName = fullName };
            public static Visitor? Lookup(int id) => null;
        }
        """;

    [Fact]
    public Task Row_read_to_hand_to_a_prefixed_delete_is_silent() => RunAcrossProjects(
        Library + GenericService, """
        private readonly GenericService<Citizen> _rows = new();
        public string Delete(int id) { var row = _rows.TGetById(id); _rows.TDelete(row); return "ok"; }
        """);

    [Fact]
    public Task Row_of_another_project_shown_by_id_is_still_reported() => RunAcrossProjects(
        Library + GenericService, """
        private readonly GenericService<Citizen> _rows = new();
        public Citizen Show(int id) { var row = {|DG1008:_rows.TGetById(id)|}; return row; }
        """);

    [Fact]
    public Task Rows_whose_only_persons_are_a_collection_they_hold_are_silent_at_the_caller() => RunAcrossProjects(
        Library + GenericService, """
        private readonly GenericService<Topic> _topics = new();
        public List<Topic> Index() => _topics.TGetList();
        """);

    [Fact]
    public Task Record_made_by_its_own_types_factory_is_no_read() => RunAcrossProjects(
        Library + GenericService, """
        public Visitor Register(string name) { var visitor = Visitor.Create(name); return visitor; }
        """);

    [Fact]
    public Task Static_look_up_of_another_project_keyed_by_id_is_still_reported() => RunAcrossProjects(
        Library + GenericService, """
        public Visitor? Show(int id) => {|DG1008:Visitor.Lookup(id)|};
        """);
}
