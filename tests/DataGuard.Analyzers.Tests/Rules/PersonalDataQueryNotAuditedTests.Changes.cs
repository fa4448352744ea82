namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// Load-to-change: an edit or delete command reads the row it overwrites, and what it answers with (the row echoed back, a
/// confirmation naming it) goes to the user changing it. The path must change that very row — by the row or by the key it
/// was read by — and, for columns set and the row's own commands, save. The endpoints are internal: a library's public query
/// returning a record is judged at its callers in other projects instead.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    private const string MemberStore = """
        public interface IMemberStore { Task DeleteAsync(int id); }

        """;

    [Fact]
    public Task Edit_that_sets_columns_saves_and_echoes_the_row_is_silent() => Run(Members + """
        internal class RenameMemberEndpoint
        {
            readonly ClubDb _db = null!;

            public async Task<Member> ExecuteAsync(int id, string name)
            {
                var member = await _db.Members.FirstOrDefaultAsync(m => m.Id == id) ?? throw new InvalidOperationException("missing");
                member.FullName = name;
                await _db.SaveChangesAsync();
                return member;
            }
        }
        """);

    [Fact]
    public Task Delete_by_the_key_the_row_was_read_by_with_a_confirmation_naming_it_is_silent() => Run(Members + MemberStore + """
        internal class RemoveMemberEndpoint
        {
            readonly ClubDb _db = null!;
            readonly IMemberStore _store = null!;

            public async Task<string> ExecuteAsync(int id)
            {
                var member = await _db.Members.FirstOrDefaultAsync(m => m.Id == id) ?? throw new InvalidOperationException("missing");
                await _store.DeleteAsync(id);
                return $"{member.FullName} was removed";
            }
        }
        """);

    [Fact]
    public Task Row_changed_through_a_helper_and_saved_is_silent() => Run(Members + """
        internal class SuspendMemberEndpoint
        {
            readonly ClubDb _db = null!;

            public async Task<Member> ExecuteAsync(int id, string reason)
            {
                var member = await _db.Members.FirstOrDefaultAsync(m => m.Id == id) ?? throw new InvalidOperationException("missing");
                await ApplyAsync(member, reason);
                return member;
            }

            async Task ApplyAsync(Member member, string reason)
            {
                member.Suspend(reason);
                await _db.SaveChangesAsync();
            }
        }
        """);

    [Fact]
    public Task Row_changed_but_never_saved_and_shown_is_reported() => Run(Members + """
        internal class PreviewSuspensionEndpoint
        {
            readonly ClubDb _db = null!;

            public async Task<Member> ExecuteAsync(int id, string reason)
            {
                var member = await {|DG1008:_db.Members.FirstOrDefaultAsync(m => m.Id == id)|} ?? throw new InvalidOperationException("missing");
                member.Suspend(reason);
                return member;
            }
        }
        """);

    [Fact]
    public Task Row_shown_while_another_row_is_deleted_is_reported() => Run(Members + MemberStore + """
        internal class ReplaceMemberEndpoint
        {
            readonly ClubDb _db = null!;
            readonly IMemberStore _store = null!;

            public async Task<Member> ExecuteAsync(int id, int formerId)
            {
                var member = await {|DG1008:_db.Members.FirstOrDefaultAsync(m => m.Id == id)|} ?? throw new InvalidOperationException("missing");
                await _store.DeleteAsync(formerId);
                return member;
            }
        }
        """);

    [Fact]
    public Task Rows_listed_to_change_each_and_save_are_silent() => Run(Members + """
        internal class SuspendAreaEndpoint
        {
            readonly ClubDb _db = null!;

            public async Task<List<Member>> ExecuteAsync(string areaCode)
            {
                var members = await _db.Members.Where(m => m.AreaCode == areaCode).ToListAsync();
                foreach (var member in members) member.Active = false;
                await _db.SaveChangesAsync();
                return members;
            }
        }
        """);

    /// <summary>A club's enrolments: each new one is made from the member it enrols.</summary>
    private const string Enrolments = """
        public class Enrolment { public int Id { get; set; } public Member Member { get; set; } = null!; public static Enrolment For(Member member) => new() { Member = member }; }
        public interface IEnrolments { void Add(Enrolment enrolment); Task AddAsync(Enrolment enrolment); }
        public abstract class EnrolmentDb { public abstract DbSet<Member> Members { get; } public abstract IEnrolments Enrolments { get; } public abstract Task SaveChangesAsync(); }

        """;

    /// <summary>An endpoint that reads a member with <paramref name="read"/>, runs <paramref name="make"/> and answers with its <c>enrolment</c>.</summary>
    private static string EnrolEndpoint(string read, string make) => Members + Enrolments + """
        internal class EnrolMemberEndpoint
        {
            readonly EnrolmentDb _db = null!;

            public async Task<Enrolment> ExecuteAsync(int memberId)
            {
                var member = await READ ?? throw new InvalidOperationException("missing");
                MAKE
                return enrolment;
            }
        }
        """.Replace("READ", read).Replace("MAKE", make);

    private const string MemberRead = "_db.Members.FirstOrDefaultAsync(m => m.Id == memberId)";

    [Theory]
    [InlineData("var enrolment = Enrolment.For(member); _db.Enrolments.Add(enrolment);")]
    [InlineData("var made = Enrolment.For(member); var enrolment = made; await _db.Enrolments.AddAsync(enrolment);")]
    [InlineData("var enrolment = new Enrolment { Member = member }; _db.Enrolments.Add(enrolment);")]
    public Task Create_that_adds_and_saves_a_row_made_from_the_read_row_is_silent(string add)
        => Run(EnrolEndpoint(MemberRead, add + " await _db.SaveChangesAsync();"));

    [Theory]
    [InlineData("var enrolment = Enrolment.For(member);")]
    [InlineData("var enrolment = Enrolment.For(member); _db.Enrolments.Add(enrolment);")]
    [InlineData("var enrolment = Enrolment.For(member); _db.Enrolments.Add(new Enrolment()); await _db.SaveChangesAsync();")]
    public Task Row_made_into_a_new_row_not_added_and_saved_is_reported(string make)
        => Run(EnrolEndpoint("{|DG1008:" + MemberRead + "|}", make));
}
