using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// An application's own audit trail — a table named for auditing whose rows record the actor (user id or typed e-mail,
/// action, time, address) — is what DG1008 asks for, not a log sink (DG1001), however its set is named or its row stored.
/// A log-named table stays a log: one without an audit name, or an "audit" table that stores failures' details.
/// </summary>
public class AuditTrailTests
{
    private const string Model = """

        namespace Microsoft.EntityFrameworkCore
        {
            public abstract class DbSet<TEntity> where TEntity : class
            {
                public virtual void Add(TEntity entity) { }
                public virtual Task AddAsync(TEntity entity) => Task.CompletedTask;
                public virtual void AddRange(IEnumerable<TEntity> entities) { }
            }
            public abstract class DbContext
            {
                public virtual void Add<TEntity>(TEntity entity) where TEntity : class { }
                public virtual int SaveChanges() => 0;
            }
        }

        public class Member { public string Id { get; set; } = ""; public string Email { get; set; } = ""; public string FullName { get; set; } = ""; }
        public class AuditLog { public int Id { get; set; } public string UserId { get; set; } = ""; public string Action { get; set; } = ""; public DateTime Timestamp { get; set; } public string? IpAddress { get; set; } }
        public class AuditTrailLog { public int Id { get; set; } public string Actor { get; set; } = ""; public string Action { get; set; } = ""; }
        public class UserAuditLogEntry { public int Id { get; set; } public string Actor { get; set; } = ""; public string Action { get; set; } = ""; }
        public class IntegrationAuditLog { public int Id { get; set; } public string Message { get; set; } = ""; public string? StackTrace { get; set; } }
        public class AuditErrorLog { public int Id { get; set; } public string Message { get; set; } = ""; }
        public class RequestLog { public int Id { get; set; } public string Message { get; set; } = ""; public string? Exception { get; set; } }
        public class Log { public int Id { get; set; } public string Message { get; set; } = ""; }
        public abstract class PortalDb : Microsoft.EntityFrameworkCore.DbContext
        {
            public abstract Microsoft.EntityFrameworkCore.DbSet<AuditLog> AuditLogs { get; }
            public abstract Microsoft.EntityFrameworkCore.DbSet<AuditTrailLog> SecurityEvents { get; }
            public abstract Microsoft.EntityFrameworkCore.DbSet<UserAuditLogEntry> Audits { get; }
            public abstract Microsoft.EntityFrameworkCore.DbSet<IntegrationAuditLog> IntegrationAudits { get; }
            public abstract Microsoft.EntityFrameworkCore.DbSet<AuditErrorLog> AuditErrors { get; }
            public abstract Microsoft.EntityFrameworkCore.DbSet<RequestLog> RequestLogs { get; }
            public abstract Microsoft.EntityFrameworkCore.DbSet<Log> Logs { get; }
        }
        """;

    private static Task Run(string body) => LibraryLeakTest.Run("using System; using System.Collections.Generic; using System.Threading.Tasks;\n" + body + Model);

    /// <summary>A sign-in page's handler that stores one row (STORE) naming the member who acted.</summary>
    private const string SignIn = """
        public class SignInPage
        {
            private readonly PortalDb _db = null!;

            public async Task OnPostAsync(Member member, string typedEmail, string address)
            {
                STORE;
                await Task.Yield();
                _db.SaveChanges();
            }
        }
        """;

    private static Task Store(string store) => Run(SignIn.Replace("STORE", store));

    [Fact]
    public Task Audit_log_row_added_to_its_set_is_not_reported() => Store(
        "_db.AuditLogs.Add(new AuditLog { UserId = member.Id, Action = \"Signed in \" + member.Email, IpAddress = address })");

    [Fact]
    public Task Audit_log_row_added_asynchronously_is_not_reported() => Store(
        "await _db.AuditLogs.AddAsync(new AuditLog { UserId = typedEmail, Action = \"Failed sign-in\", IpAddress = address })");

    [Fact]
    public Task Audit_log_rows_added_as_a_range_are_not_reported() => Store(
        "_db.AuditLogs.AddRange(new[] { new AuditLog { UserId = member.Id, Action = \"Code sent to \" + member.Email } })");

    [Fact]
    public Task Audit_log_row_added_through_the_context_is_not_reported() => Store(
        "_db.Add(new AuditLog { UserId = typedEmail, Action = \"Locked out\" })");

    [Fact]
    public Task Audit_trail_in_a_set_named_otherwise_is_not_reported() => Store(
        "_db.SecurityEvents.Add(new AuditTrailLog { Actor = member.Email, Action = \"Password changed\" })");

    [Fact]
    public Task Audit_entry_in_an_audits_set_is_not_reported() => Store(
        "_db.Audits.Add(new UserAuditLogEntry { Actor = member.FullName, Action = \"Profile viewed\" })");

    /// <summary>A page that records each step through a helper of its own and through a repository (TABLE, ROW): the row names the actor.</summary>
    private const string Wrappers = """
        public class TrailRepository
        {
            private readonly PortalDb _db = null!;
            public void Record(string actor, string action) => _db.TABLE.Add(new ROW);
        }

        public class ResetPasswordPage
        {
            private readonly PortalDb _db = null!;
            private readonly TrailRepository _trail = null!;

            public void OnPost(Member member, string address)
            {
                REPORTED_HELPERRecord(member.Email, "Password reset")END;
                REPORTED_REPOSITORY_trail.Record(member.Email, "Password reset")END;
            }

            private void Record(string actor, string action) => _db.TABLE.Add(new ROW);
        }
        """;

    [Fact]
    public Task Audit_row_stored_through_a_helper_or_a_repository_is_not_reported() => Run(Wrappers
        .Replace("TABLE", "AuditLogs").Replace("ROW", "AuditLog { UserId = actor, Action = action }")
        .Replace("REPORTED_HELPER", "").Replace("REPORTED_REPOSITORY", "").Replace("END", ""));

    [Fact]
    public Task Log_row_stored_through_a_helper_or_a_repository_is_reported_at_the_caller() => Run(Wrappers
        .Replace("TABLE", "Logs").Replace("ROW", "Log { Message = action + \" by \" + actor }")
        .Replace("REPORTED_HELPER", "{|DG1001:").Replace("REPORTED_REPOSITORY", "{|DG1001:").Replace("END", "|}"));

    /// <summary>A sync job that stores one row (STORE) when its call fails with <c>ex</c>.</summary>
    private const string FailedSync = """
        public class SyncJob
        {
            private readonly PortalDb _db = null!;

            public void Run(Member member, string outcome)
            {
                try { member.FullName = member.FullName.Trim(); }
                catch (InvalidOperationException ex)
                {
                    STORE;
                    _db.SaveChanges();
                }
            }
        }
        """;

    private static Task StoreOnFailure(string store) => Run(FailedSync.Replace("STORE", store));

    [Fact]
    public Task Audit_named_table_filled_with_an_exception_is_a_log() => StoreOnFailure(
        "{|DG1001:_db.IntegrationAudits.Add(new IntegrationAuditLog { Message = \"Sync failed for \" + member.Email, StackTrace = ex.StackTrace })|}");

    [Fact]
    public Task Audit_named_row_given_the_exception_after_creation_is_a_log() => StoreOnFailure(
        "var entry = new IntegrationAuditLog { Message = \"Sync failed for \" + member.Email }; entry.StackTrace = ex.ToString(); {|DG1001:_db.IntegrationAudits.Add(entry)|}");

    /// <summary>
    /// Round 31's PayFlowPro: an audit trail with <c>ErrorMessage</c>/<c>StackTrace</c> columns, filled with the acting user's
    /// e-mail and an outcome's text from the caller — no exception — is the trail the application lists on its audit pages.
    /// </summary>
    [Fact]
    public Task Audit_named_table_with_failure_columns_filled_without_an_exception_is_not_reported() => StoreOnFailure(
        "var entry = new IntegrationAuditLog { Message = \"Synced \" + member.Email, StackTrace = outcome }; _db.IntegrationAudits.Add(entry)");

    [Fact]
    public Task Audit_named_error_log_is_a_log() => Store(
        "{|DG1001:_db.AuditErrors.Add(new AuditErrorLog { Message = \"Rejected \" + typedEmail })|}");

    [Fact]
    public Task Request_log_row_is_reported() => Store(
        "{|DG1001:_db.RequestLogs.Add(new RequestLog { Message = \"POST /signin by \" + typedEmail })|}");

    [Fact]
    public Task Logs_row_added_asynchronously_is_reported() => Store(
        "await {|DG1001:_db.Logs.AddAsync(new Log { Message = \"Signed in: \" + member.Email })|}");
}
