namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// Command handlers: a method that answers its caller with no record (<c>Task ExecuteAsync(command)</c>) reads a row through
/// its own helpers to check, change or delete it. The rows reach no one unless some step keeps them (a field, a property, a
/// command's output) or sends or writes them out; the program's own helpers are followed into their bodies.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    /// <summary>Members of a club with an area code, a settings store, and a message bus with no body here.</summary>
    private const string Members = """
        public class Member { public int Id { get; set; } public string AreaCode { get; set; } = ""; public string FullName { get; set; } = ""; public string Email { get; set; } = ""; public bool Active { get; set; } public string Status { get; set; } = "";
            public void Suspend(string reason) { Active = false; Status = reason; }
            public void CopyTo(MemberCard card) { card.Name = FullName; } }
        public class MemberCard { public string Name { get; set; } = ""; }
        public abstract class ClubDb { public abstract DbSet<Member> Members { get; } public abstract Task SaveChangesAsync(); }
        public interface IAreaSettings { int LimitFor(string areaCode); }
        public interface IBus { Task PublishAsync(object message); }
        public class MemberChanged { public int MemberId { get; set; } public string AreaCode { get; set; } = ""; }
        public interface IPasswordRules { Task CheckAsync(PasswordContext context); }
        public class PasswordContext { public string Email { get; set; } = ""; public string Password { get; set; } = ""; public static PasswordContext For(Member member) => new() { Email = member.Email }; }
        public static class Guard { public static void NotNull(object? value, int id) { if (value == null) throw new ArgumentException("missing " + id); } }

        """;

    [Fact]
    public Task Command_handler_that_reads_a_row_to_check_and_change_it_is_silent() => Run(Members + """
        public class RenameMemberHandler
        {
            readonly ClubDb _db = null!;
            readonly IAreaSettings _settings = null!;
            readonly IBus _bus = null!;

            public async Task ExecuteAsync(int id, string name)
            {
                var member = await GetAsync(id);
                Validate(member, _settings.LimitFor(member.AreaCode));
                Apply(member, name);
                await _db.SaveChangesAsync();
                await _bus.PublishAsync(new MemberChanged { MemberId = member.Id, AreaCode = member.AreaCode });
            }

            async Task<Member> GetAsync(int id)
            {
                var member = await _db.Members.FirstOrDefaultAsync(m => m.Id == id);
                Guard.NotNull(member, id);
                return member!;
            }

            static void Validate(Member member, int limit) { if (!member.Active || member.Status == "held" || limit < 1) throw new InvalidOperationException("not editable"); }

            static void Apply(Member member, string name) { member.FullName = name; }
        }
        """);

    [Fact]
    public Task Command_handler_whose_helper_logs_a_personal_column_is_reported() => Run(Members + """
        public class NotifyMemberHandler
        {
            readonly ClubDb _db = null!;
            readonly Microsoft.Extensions.Logging.ILogger _logger = null!;

            public async Task ExecuteAsync(int id)
            {
                var member = await {|DG1008:_db.Members.FirstOrDefaultAsync(m => m.Id == id)|};
                Note(member!);
            }

            void Note(Member member) { Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(_logger, "Notified {Email}", member.Email); }
        }
        """);

    [Fact]
    public Task Command_handler_that_hands_a_personal_column_to_a_request_url_is_reported() => Run(Members + """
        public class LookUpMemberHandler
        {
            readonly ClubDb _db = null!;
            readonly System.Net.Http.HttpClient _http = null!;

            public async Task ExecuteAsync(int id)
            {
                var member = await {|DG1008:_db.Members.FirstOrDefaultAsync(m => m.Id == id)|};
                await _http.GetStringAsync(member!.Email);
            }
        }
        """);

    [Fact]
    public Task Command_handler_that_keeps_the_row_for_a_view_is_reported() => Run(Members + """
        public class ShowMemberHandler
        {
            readonly ClubDb _db = null!;
            public Member? Shown { get; private set; }

            public async Task ExecuteAsync(int id)
            {
                var member = await {|DG1008:_db.Members.FirstOrDefaultAsync(m => m.Id == id)|};
                Keep(member!);
            }

            void Keep(Member member) { Shown = member; }
        }
        """);

    [Fact]
    public Task Command_handler_whose_helper_copies_a_personal_column_out_is_reported() => Run(Members + """
        public class LabelMemberHandler
        {
            readonly ClubDb _db = null!;
            string _label = "";

            public async Task ExecuteAsync(int id)
            {
                var member = await {|DG1008:_db.Members.FirstOrDefaultAsync(m => m.Id == id)|};
                Display(member!);
            }

            void Display(Member member) { _label = member.FullName; }
        }
        """);

    [Fact]
    public Task Command_handler_that_sends_the_row_out_is_reported() => Run(Members + """
        public class ExportMemberHandler
        {
            readonly ClubDb _db = null!;
            readonly IBus _bus = null!;

            public async Task ExecuteAsync(int id)
            {
                var member = await {|DG1008:_db.Members.FirstOrDefaultAsync(m => m.Id == id)|};
                await _bus.PublishAsync(member!);
            }
        }
        """);

    [Fact]
    public Task Handler_that_answers_with_the_row_its_helper_loaded_is_reported() => Run(Members + """
        public class MemberDetailsHandler
        {
            readonly ClubDb _db = null!;

            public async Task<Member> ExecuteAsync(int id)
            {
                var member = await GetAsync(id);
                return member;
            }

            async Task<Member> GetAsync(int id)
            {
                var member = await {|DG1008:_db.Members.FirstOrDefaultAsync(m => m.Id == id)|};
                Guard.NotNull(member, id);
                return member!;
            }
        }
        """);

    [Fact]
    public Task Command_handler_that_maps_the_row_into_a_validation_context_is_silent() => Run(Members + """
        public class ChangePasswordHandler
        {
            readonly ClubDb _db = null!;
            readonly IPasswordRules _rules = null!;

            public async Task ExecuteAsync(int id, string password)
            {
                var member = await _db.Members.FirstOrDefaultAsync(m => m.Id == id);
                Guard.NotNull(member, id);
                var context = PasswordContext.For(member!);
                context.Password = password;
                await _rules.CheckAsync(context);
                await _db.SaveChangesAsync();
            }
        }
        """);

    [Fact]
    public Task Command_handler_that_calls_the_rows_own_command_and_saves_is_silent() => Run(Members + """
        public class SuspendMemberHandler
        {
            readonly ClubDb _db = null!;

            public async Task ExecuteAsync(int id, string reason)
            {
                var member = await _db.Members.FirstOrDefaultAsync(m => m.Id == id) ?? throw new InvalidOperationException("missing");
                member.Suspend(reason);
                await _db.SaveChangesAsync();
            }
        }
        """);

    [Fact]
    public Task Rows_own_method_that_copies_it_into_what_it_is_handed_is_reported() => Run(Members + """
        public class MemberCardHandler
        {
            readonly ClubDb _db = null!;

            public async Task<MemberCard> ExecuteAsync(int id)
            {
                var member = await {|DG1008:_db.Members.FirstOrDefaultAsync(m => m.Id == id)|} ?? throw new InvalidOperationException("missing");
                var card = new MemberCard();
                member.CopyTo(card);
                return card;
            }
        }
        """);
}
