using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A table named as a log is a log sink (DG1001) unless the program keeps its rows as a record's own history: a visit's
/// activity entries, held by the visit as a collection and shown with it, are application data with the visit's readers.
/// A table named only as a log needs a log's shape — a level, message, exception or action column, its own or a base
/// entity's: a CRM's e-mail history (subject, recipients, body) is a product table (round 29, onlinesales.core).
/// </summary>
public class RecordHistoryTests
{
    private const string Model = """
        namespace Microsoft.EntityFrameworkCore
        {
            public abstract class DbSet<TEntity> where TEntity : class { public virtual void Add(TEntity entity) { } }
            public abstract class DbContext { public virtual int SaveChanges() => 0; }
        }

        public class Account { public string Id { get; set; } = ""; public string FullName { get; set; } = ""; public string Email { get; set; } = ""; }
        public class Visit { public int Id { get; set; } public string Status { get; set; } = ""; public ICollection<VisitLog> Logs { get; set; } = new List<VisitLog>(); }
        public class VisitLog { public int Id { get; set; } public int VisitId { get; set; } public Visit Visit { get; set; } = null!; public string Action { get; set; } = ""; public string? Notes { get; set; } public string PerformedById { get; set; } = ""; public Account PerformedBy { get; set; } = null!; }
        public class ActivityLog { public int Id { get; set; } public Visit Visit { get; set; } = null!; public string Action { get; set; } = ""; public string? Notes { get; set; } }
        public abstract class BaseEntity { public int Id { get; set; } public DateTime CreatedAt { get; set; } }
        public abstract class LogEntity : BaseEntity { public string LogLevel { get; set; } = ""; }
        public class EmailLog : BaseEntity { public int? VisitId { get; set; } public string Subject { get; set; } = ""; public string Recipients { get; set; } = ""; public string? TextBody { get; set; } public string MessageId { get; set; } = ""; }
        public class SmsLog : BaseEntity { public string Message { get; set; } = ""; public string Recipient { get; set; } = ""; }
        public class DeliveryLog : LogEntity { public string Recipient { get; set; } = ""; }
        public abstract class ClinicDb : Microsoft.EntityFrameworkCore.DbContext
        {
            public abstract Microsoft.EntityFrameworkCore.DbSet<EmailLog> EmailLogs { get; }
            public abstract Microsoft.EntityFrameworkCore.DbSet<SmsLog> SmsLogs { get; }
            public abstract Microsoft.EntityFrameworkCore.DbSet<DeliveryLog> DeliveryLogs { get; }
            public abstract Microsoft.EntityFrameworkCore.DbSet<VisitLog> VisitLogs { get; }
            public abstract Microsoft.EntityFrameworkCore.DbSet<ActivityLog> ActivityLogs { get; }
        }
        """;

    private static Task Run(string body) => LibraryLeakTest.Run("using System; using System.Collections.Generic;\n" + body + Model);

    /// <summary>A status change that stores one activity entry (STORE) naming the actor.</summary>
    private const string StatusChange = """
        public class Visits
        {
            private readonly ClinicDb _db = null!;

            public void ChangeStatus(Visit visit, Account actor, string status)
            {
                visit.Status = status;
                STORE;
                _db.SaveChanges();
            }
        }
        """;

    [Fact]
    public Task Entry_of_a_records_own_history_is_not_a_log() => Run(StatusChange.Replace("STORE",
        "_db.VisitLogs.Add(new VisitLog { VisitId = visit.Id, Action = \"Status changed\", PerformedById = actor.Id, Notes = \"changed by \" + actor.Email })"));

    [Fact]
    public Task Log_row_no_record_holds_is_reported() => Run(StatusChange.Replace("STORE",
        "{|DG1001:_db.ActivityLogs.Add(new ActivityLog { Visit = visit, Action = \"Status changed\", Notes = \"changed by \" + actor.Email })|}"));

    [Fact]
    public Task Product_table_named_log_without_a_log_column_is_not_a_log() => Run(StatusChange.Replace("STORE",
        "_db.EmailLogs.Add(new EmailLog { VisitId = visit.Id, Subject = status, Recipients = actor.Email, TextBody = \"Dear \" + actor.FullName })"));

    [Fact]
    public Task Table_named_log_with_a_message_column_is_reported() => Run(StatusChange.Replace("STORE",
        "{|DG1001:_db.SmsLogs.Add(new SmsLog { Message = \"sent \" + status, Recipient = actor.Email })|}"));

    [Fact]
    public Task Log_column_of_a_base_entity_makes_the_table_a_log() => Run(StatusChange.Replace("STORE",
        "{|DG1001:_db.DeliveryLogs.Add(new DeliveryLog { LogLevel = \"Information\", Recipient = actor.Email })|}"));
}
