namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and a row refused unless it is the signed-in user's, where the refusal is one test of several joined by
/// <c>||</c> (round 18: a patient joining the video of their own appointment). Joined by <c>&amp;&amp;</c>, or compared with a
/// key from the route, the row is still a look-up.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    private const string Sessions = """
        public class Client { public int ClientId { get; set; } public string UserId { get; set; } = ""; public string FullName { get; set; } = ""; }
        public class Session { public int Id { get; set; } public int ClientId { get; set; } public string ClientPhone { get; set; } = ""; public string Summary { get; set; } = ""; }
        public abstract class SessionDb { public abstract DbSet<Client> Clients { get; } public abstract DbSet<Session> Sessions { get; } }

        """;

    [Fact]
    public Task Row_refused_by_one_of_several_alternatives_unless_it_is_the_users_is_silent() => Run(Accounts + Sessions + """
        class Room : Page
        {
            readonly SessionDb _db = null!;
            async Task<string> Join(int sessionId)
            {
                var claim = User.FindFirst("sub")?.Value;
                var session = await _db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId);
                if (session == null) return "missing";
                var me = await _db.Clients.FirstOrDefaultAsync(c => c.UserId == claim);
                if (me == null || session.Summary == "" || session.ClientId != me.ClientId) return "forbidden";
                return session.ClientPhone;
            }
        }
        """);

    [Fact]
    public Task Row_guarded_only_together_with_another_test_or_by_a_route_key_is_reported() => Run(Accounts + Sessions + """
        class Room : Page
        {
            readonly SessionDb _db = null!;
            async Task<string> Peek(int sessionId)
            {
                var claim = User.FindFirst("sub")?.Value;
                var session = await {|DG1008:_db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId)|};
                var me = await _db.Clients.FirstOrDefaultAsync(c => c.UserId == claim);
                if (me != null && session!.ClientId != me.ClientId) return "forbidden";
                return session!.ClientPhone;
            }
            async Task<string> ByRoute(int sessionId, int clientId)
            {
                var session = await {|DG1008:_db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId)|};
                if (session == null || session.ClientId != clientId) return "forbidden";
                return session.ClientPhone;
            }
        }
        """);
}
