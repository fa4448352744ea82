namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and a refusal that answers with an error result instead of leaving early (round 21's insurer: <c>else if
/// (policy.PolicyUserId != userId) result = new CommonOutput { Result = FAILURE }; else result = … policy …</c>): the row is
/// answered with only in the branch where it is the signed-in user's own. Compared with a route key, or used outside that
/// branch, it is still a look-up.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    private const string Outcomes = """
        public class Outcome { public bool Succeeded { get; set; } public object? Output { get; set; } }

        """;

    [Fact]
    public Task Row_answered_only_in_the_branch_where_it_is_the_users_own_is_silent() => Run(Accounts + Sessions + Outcomes + """
        class Room : Page
        {
            readonly SessionDb _db = null!;
            async Task<Outcome> Open(int sessionId)
            {
                var claim = User.FindFirst("sub")?.Value;
                var me = await _db.Clients.FirstOrDefaultAsync(c => c.UserId == claim);
                var session = await _db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId);
                Outcome result;
                if (session == null) result = new Outcome { Succeeded = false };
                else if (me == null || session.ClientId != me.ClientId) result = new Outcome { Succeeded = false, Output = "not yours" };
                else result = new Outcome { Succeeded = true, Output = session };
                return result;
            }
            async Task<object> Show(int sessionId)
            {
                var me = await _db.Clients.FirstOrDefaultAsync(c => c.UserId == User.FindFirst("sub")!.Value);
                var session = await _db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId);
                if (session is not null && session.ClientId == me!.ClientId) return session;
                return new Outcome { Succeeded = false };
            }
        }
        """);

    [Fact]
    public Task Row_answered_in_the_branch_of_a_route_key_or_outside_the_users_branch_is_reported() => Run(Accounts + Sessions + Outcomes + """
        class Room : Page
        {
            readonly SessionDb _db = null!;
            async Task<Outcome> ByRoute(int sessionId, int clientId)
            {
                var session = await {|DG1008:_db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId)|};
                if (session == null || session.ClientId != clientId) return new Outcome { Succeeded = false };
                else return new Outcome { Succeeded = true, Output = session };
            }
            async Task<Outcome> Leaky(int sessionId)
            {
                var me = await _db.Clients.FirstOrDefaultAsync(c => c.UserId == User.FindFirst("sub")!.Value);
                var session = await {|DG1008:_db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId)|};
                if (session!.ClientId != me!.ClientId) return new Outcome { Succeeded = false, Output = session.ClientPhone };
                else return new Outcome { Succeeded = true, Output = session };
            }
        }
        """);
}
