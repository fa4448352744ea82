using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Whole-record dumps: request content (forms, query strings, headers, body, model state) and records holding personal values,
/// serialised, enumerated or printed into a log, an exception, a file or a mail. Compiled against the real ASP.NET Core and
/// Newtonsoft.Json reference assemblies.
/// </summary>
public class WholeRecordDumpTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using System.Linq;
        using System.Text;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Logging;

        """;

    private static Task Run(string body, string? editorConfig = null) => LibraryLeakTest.Run(Usings + body, editorConfig);

    /// <summary>SUI_Matcher's shape: a person's record with a bag of further values (care status, ethnicity) read from a file.</summary>
    private const string PersonWithBag = """
        public class PersonSpecification
        {
            public string? Given { get; set; }
            public DateOnly? BirthDate { get; set; }
            public Dictionary<string, object> OptionalProperties { get; set; } = new();
            public Dictionary<string, int> Scores { get; set; } = new();
        }
        public class Shipment { public string Carrier { get; set; } = ""; public Dictionary<string, object> Metadata { get; set; } = new(); }

        """;

    [Fact]
    public Task Bag_of_values_on_a_persons_record_serialised_into_a_log_is_reported() => Run(PersonWithBag + """
        public class Matching
        {
            private readonly ILogger<Matching> _logger = null!;

            public void Completed(PersonSpecification person)
                => {|DG1001:_logger.LogInformation("Match completed: {Optional}", System.Text.Json.JsonSerializer.Serialize(person.OptionalProperties))|};
        }
        """);

    [Fact]
    public Task Generic_envelope_around_a_persons_record_serialised_into_a_log_is_reported() => Run(PersonWithBag + """
        public class Envelope<T> { public T Payload { get; set; } = default!; public int Attempt { get; set; } public void Retry() { } }
        public class Matching
        {
            private readonly ILogger<Matching> _logger = null!;

            public void Completed(Envelope<PersonSpecification> match, Envelope<Shipment> delivery)
            {
                {|DG1001:_logger.LogInformation("Match: {Json}", System.Text.Json.JsonSerializer.Serialize(match))|};
                _logger.LogInformation("Shipment: {Json}", System.Text.Json.JsonSerializer.Serialize(delivery.Attempt));
            }
        }
        """);

    [Fact]
    public Task Bag_on_a_record_of_no_person_and_a_dictionary_of_numbers_are_not_reported() => Run(PersonWithBag + """
        public class Matching
        {
            private readonly ILogger<Matching> _logger = null!;

            public void Completed(PersonSpecification person, Shipment shipment)
            {
                _logger.LogInformation("Scores: {Scores}", System.Text.Json.JsonSerializer.Serialize(person.Scores));
                _logger.LogInformation("Shipment: {Meta}", System.Text.Json.JsonSerializer.Serialize(shipment.Metadata));
                _logger.LogInformation("Optional fields: {Count}", person.OptionalProperties.Count);
            }
        }
        """);

    [Fact]
    public Task Serialised_form_in_a_log_is_reported() => Run("""
        public class CheckoutController : Controller
        {
            private readonly ILogger<CheckoutController> _logger = null!;

            public IActionResult Submit()
            {
                {|DG1001:_logger.LogWarning("Checkout failed: {Form}", Newtonsoft.Json.JsonConvert.SerializeObject(Request.Form))|};
                return View();
            }
        }
        """);

    [Fact]
    public Task Enumerated_form_in_an_exception_is_reported() => Run("""
        public class ErrorReporter
        {
            public void Report(HttpContext context, Exception error)
            {
                var text = new StringBuilder();
                foreach (var key in context.Request.Form.Keys)
                {
                    text.AppendLine(key + " = " + context.Request.Form[key]);
                }

                throw {|DG1006:new InvalidOperationException("Form was: " + text)|};
            }
        }
        """);

    [Fact]
    public Task Joined_query_string_pairs_in_a_log_are_reported() => Run("""
        public class Tracker
        {
            private readonly ILogger<Tracker> _logger = null!;

            public void Track(HttpRequest request)
            {
                var pairs = string.Join("&", request.Query.Select(q => q.Key + "=" + q.Value));
                {|DG1001:_logger.LogInformation("Query {Pairs}", pairs)|};
            }
        }
        """);

    [Fact]
    public Task Request_body_read_into_a_log_is_reported() => Run("""
        public class BodyLogger
        {
            private readonly ILogger<BodyLogger> _logger = null!;

            public async Task LogAsync(HttpContext context)
            {
                using var reader = new StreamReader(context.Request.Body);
                var body = await reader.ReadToEndAsync();
                {|DG1001:_logger.LogDebug("Body {Body}", body)|};
            }
        }
        """);

    [Fact]
    public Task Json_body_read_from_the_request_and_serialised_into_a_log_is_reported() => Run("""
        public class Webhook
        {
            private readonly ILogger<Webhook> _logger = null!;

            public async Task ReceiveAsync(HttpContext context)
            {
                var payload = await context.Request.ReadFromJsonAsync<Dictionary<string, string>>();
                {|DG1001:_logger.LogInformation("Payload {Payload}", System.Text.Json.JsonSerializer.Serialize(payload))|};
            }
        }
        """);

    [Fact]
    public Task Model_state_serialised_into_a_log_is_reported() => Run("""
        public class ProfileController : Controller
        {
            private readonly ILogger<ProfileController> _logger = null!;

            public IActionResult Save()
            {
                if (!ModelState.IsValid)
                {
                    {|DG1001:_logger.LogWarning(System.Text.Json.JsonSerializer.Serialize(ModelState))|};
                }

                return View();
            }
        }
        """);

    [Fact]
    public Task Form_dumped_through_a_logger_helper_is_reported_at_the_helper() => Run("""
        public class Diagnostics
        {
            private readonly ILogger<Diagnostics> _logger = null!;

            public void Dump(IFormCollection form)
            {
                foreach (var field in form)
                {
                    {|DG1001:_logger.LogInformation("{Name}: {Value}", field.Key, field.Value)|};
                }
            }

            public void Handle(HttpRequest request) => Dump(request.Form);
        }
        """);

    [Fact]
    public Task Form_in_a_message_object_printed_by_ToString_is_reported() => Run("""
        public sealed class FailureMessage
        {
            private readonly string _fields;
            public FailureMessage(IFormCollection form) { _fields = string.Join(";", form.Select(f => f.Key + "=" + f.Value)); }
            public override string ToString() => "Submission failed: " + _fields;
        }

        public class Handler
        {
            private readonly ILogger<Handler> _logger = null!;

            public void Fail(HttpRequest request)
            {
                var message = new FailureMessage(request.Form);
                {|DG1001:_logger.LogError(message.ToString())|};
            }
        }
        """);

    /// <summary>EF Core's shape, as far as a row is stored: the real package is not among the test references.</summary>
    private const string EntityFramework = """

        namespace Microsoft.EntityFrameworkCore
        {
            public abstract class DbSet<TEntity> where TEntity : class { public virtual void Add(TEntity entity) { } }
            public abstract class DbContext
            {
                public virtual void Add<TEntity>(TEntity entity) where TEntity : class { }
                public virtual void Update<TEntity>(TEntity entity) where TEntity : class { }
                public virtual void Attach<TEntity>(TEntity entity) where TEntity : class { }
                public virtual int SaveChanges() => 0;
            }
        }

        public sealed class ErrorLogEntry { public string Message { get; set; } = ""; public string Form { get; set; } = ""; public string Url { get; set; } = ""; }
        public sealed class Order { public string Reference { get; set; } = ""; public string Notes { get; set; } = ""; }
        public sealed class TransferLog { public string CreditAccountNumber { get; set; } = ""; public string CreditAccountName { get; set; } = ""; public int Status { get; set; } }
        public abstract class ShopDb : Microsoft.EntityFrameworkCore.DbContext
        {
            public abstract Microsoft.EntityFrameworkCore.DbSet<ErrorLogEntry> ErrorLogs { get; }
            public abstract Microsoft.EntityFrameworkCore.DbSet<Order> Orders { get; }
        }
        """;

    [Fact]
    public Task Form_copied_into_an_error_log_table_is_reported() => Run("""
        public class ErrorReporter
        {
            private readonly ShopDb _db = null!;

            public void Report(HttpContext context, Exception error)
            {
                var entry = new ErrorLogEntry
                {
                    Message = error.Message,
                    Url = context.Request.Path,
                    Form = string.Join("&", context.Request.Form.Select(f => f.Key + "=" + f.Value)),
                };
                {|DG1001:_db.ErrorLogs.Add(entry)|};
                _db.SaveChanges();
            }
        }
        """ + EntityFramework);

    /// <summary>
    /// A table named as a log whose rows the program changes in place — a bank's transfer records (<c>TransferLog</c>) whose
    /// status is updated — keeps the application's data: a log is appended to, so only added rows are log entries.
    /// </summary>
    [Fact]
    public Task Row_of_a_log_named_table_updated_in_place_is_not_reported_and_an_added_error_entry_is() => Run("""
        public class Transfers
        {
            private readonly ShopDb _db = null!;

            public void Settle(TransferLog transfer)
            {
                transfer.Status = 2;
                _db.Update(transfer);
                _db.Attach(transfer);
            }

            public void Fail(HttpRequest request)
                => {|DG1001:_db.Add(new ErrorLogEntry { Message = "transfer failed", Form = request.Form["comment"] + " " + request.Form["email"] })|};
        }
        """ + EntityFramework);

    [Fact]
    public Task Entity_listed_in_log_sinks_is_a_log_table() => Run("""
        public class Checkout
        {
            private readonly ShopDb _db = null!;

            public void Keep(HttpRequest request)
            {
                {|DG1001:_db.Add(new Order { Reference = "web", Notes = request.Form["comment"] + " " + request.Form["email"] })|};
            }
        }
        """ + EntityFramework, "dataguard.log_sinks = T:Order");

    private const string LogFacade = """

        public enum LogFunction { Create, Read, Update, Delete }

        public interface ILogManager
        {
            void Log(LogLevel level, object @class, LogFunction function, string message, params object[] args);
        }

        public class User
        {
            public int UserId { get; set; }
            public string Username { get; set; } = "";
            public string DisplayName { get; set; } = "";
            public string Email { get; set; } = "";
        }

        public class Module
        {
            public int ModuleId { get; set; }
            public string Title { get; set; } = "";
        }
        """;

    private const string LogFacadeSink =
        "dataguard.log_sinks = M:ILogManager.Log(Microsoft.Extensions.Logging.LogLevel,System.Object,LogFunction,System.String,System.Object[])";

    [Fact]
    public Task Record_passed_to_a_configured_log_sink_or_destructured_is_reported() => Run("""
        public class UserController
        {
            private readonly ILogManager _log = null!;
            private readonly ILogger<UserController> _logger = null!;

            public void Added(User user)
            {
                {|DG1001:_log.Log(LogLevel.Information, this, LogFunction.Create, "User Added {User}", user)|};
                {|DG1001:_logger.LogInformation("User Added {@User}", user)|};
            }
        }
        """ + LogFacade, LogFacadeSink);

    [Fact]
    public Task Record_without_personal_members_in_a_configured_sink_or_plain_hole_is_not_reported() => Run("""
        public class ModuleController
        {
            private readonly ILogManager _log = null!;
            private readonly ILogger<ModuleController> _logger = null!;

            public void Added(Module module, User user)
            {
                _log.Log(LogLevel.Information, this, LogFunction.Create, "Module Added {Module}", module);
                _log.Log(LogLevel.Information, this, LogFunction.Create, "User Added {UserId}", user.UserId);
                _logger.LogInformation("User Added {User}", user);
            }
        }
        """ + LogFacade, LogFacadeSink);

    [Fact]
    public Task Error_log_row_without_request_content_is_not_reported() => Run("""
        public class ErrorReporter
        {
            private readonly ShopDb _db = null!;

            public void Report(HttpContext context, Exception error)
            {
                _db.ErrorLogs.Add(new ErrorLogEntry { Message = error.GetType().Name, Url = context.Request.Path });
                _db.Orders.Add(new Order { Reference = context.Request.Form["reference"], Notes = context.Request.Form["notes"] });
            }
        }
        """ + EntityFramework);

    /// <summary>SpaBooker's audit trail: the row stores the user's key; its user navigation is a row of the users' table.</summary>
    private const string AuditTrail = """
        public class Account { public string Id { get; set; } = ""; public string FullName { get; set; } = ""; public string Email { get; set; } = ""; }
        public class AuditLog { public string? UserId { get; set; } public Account? User { get; set; } public string Action { get; set; } = ""; public string? Notes { get; set; } }
        public abstract class AuditDb : Microsoft.EntityFrameworkCore.DbContext { public abstract Microsoft.EntityFrameworkCore.DbSet<AuditLog> AuditLogs { get; } }
        """;

    [Fact]
    public Task Audit_row_whose_user_navigation_is_not_written_is_not_reported() => Run("""
        public class AuditService
        {
            private readonly AuditDb _db = null!;

            public void Log(string? userId, string action)
            {
                var auditLog = new AuditLog { UserId = userId, Action = action };
                _db.AuditLogs.Add(auditLog);
            }
        }
        """ + AuditTrail + EntityFramework);

    /// <summary>
    /// Round 14 (AceJobAgency's `AuditLogs`): an audit trail names its actor on purpose — the record DG1008 asks for — so a
    /// person's value in one of its columns is not a log entry (<see cref="AuditTrailTests"/>).
    /// </summary>
    [Fact]
    public Task Audit_row_with_a_persons_value_in_a_column_is_not_reported() => Run("""
        public class AuditService
        {
            private readonly AuditDb _db = null!;

            public void Log(Account account, string action)
            {
                var auditLog = new AuditLog { UserId = account.Id, Action = action, Notes = "changed " + account.Email };
                _db.AuditLogs.Add(auditLog);
            }
        }
        """ + AuditTrail + EntityFramework);

    [Fact]
    public Task Message_printed_with_its_data_set_by_a_ToString_overload_is_reported() => Run("""
        public sealed class PatientRecord { public string PatientName { get; set; } = ""; public string PatientId { get; set; } = ""; }

        public sealed class DimseMessage
        {
            public int MessageId { get; set; }
            public PatientRecord Dataset { get; } = new();
            public string ToString(bool printDatasets) => printDatasets ? $"C-STORE {MessageId}: {Dataset.PatientName} {Dataset.PatientId}" : $"C-STORE {MessageId}";
        }

        public class StoreService
        {
            private readonly ILogger<StoreService> _logger = null!;
            public bool LogDatasets { get; set; }

            public void Received(DimseMessage message)
            {
                {|DG1001:_logger.LogInformation("{Peer} <- {Message}", "pacs", message.ToString(LogDatasets))|};
            }
        }
        """);

    [Fact]
    public Task Message_whose_ToString_overload_prints_only_its_header_is_not_reported() => Run("""
        public sealed class PatientRecord { public string PatientName { get; set; } = ""; public string PatientId { get; set; } = ""; }

        public sealed class DimseMessage
        {
            public int MessageId { get; set; }
            public PatientRecord Dataset { get; } = new();
            public string ToString(bool verbose) => verbose ? $"C-STORE request {MessageId}" : $"C-STORE {MessageId}";
        }

        public class StoreService
        {
            private readonly ILogger<StoreService> _logger = null!;

            public void Received(DimseMessage message)
            {
                _logger.LogInformation("{Peer} <- {Message}", "pacs", message.ToString(true));
            }
        }
        """);

    [Fact]
    public Task Dictionary_built_from_personal_values_and_serialised_is_reported() => Run("""
        public class Audit
        {
            private readonly ILogger<Audit> _logger = null!;

            public void Record(string email, string phone)
            {
                var record = new Dictionary<string, object> { ["email"] = email, ["phone"] = phone, ["at"] = DateTime.UtcNow };
                {|DG1001:_logger.LogInformation("Record {Record}", Newtonsoft.Json.JsonConvert.SerializeObject(record))|};
            }
        }
        """);

    [Fact]
    public Task Form_and_query_values_by_non_personal_keys_are_not_reported() => Run("""
        public class Paging
        {
            private readonly ILogger<Paging> _logger = null!;

            public void Log(HttpRequest request)
            {
                _logger.LogInformation("Page {Page} sort {Sort} agent {Agent}", request.Query["page"], request.Form["sort"], request.Headers["User-Agent"]);
                _logger.LogInformation("{Count} fields, keys {Keys}", request.Form.Count, string.Join(",", request.Form.Keys));
                _logger.LogInformation("Path {Path} method {Method}", request.Path, request.Method);
            }
        }
        """);

    [Fact]
    public Task Model_state_validity_and_error_count_are_not_reported() => Run("""
        public class ProfileController : Controller
        {
            private readonly ILogger<ProfileController> _logger = null!;

            public IActionResult Save()
            {
                _logger.LogWarning("Valid {Valid} errors {Errors}", ModelState.IsValid, ModelState.ErrorCount);
                return View();
            }
        }
        """);

    [Fact]
    public Task Data_row_read_by_a_personal_key_and_dumped_whole_is_reported() => Run("""
        public class Import
        {
            private readonly ILogger<Import> _logger = null!;

            public void Check(System.Data.DataTable table)
            {
                foreach (System.Data.DataRow row in table.Rows)
                {
                    if (row["Email"] is DBNull)
                    {
                        {|DG1001:_logger.LogWarning("Row without e-mail: {Row}", string.Join(",", row.ItemArray))|};
                        _logger.LogWarning("Case {Case} has no e-mail", row["CaseNo"]);
                    }
                }

                {|DG1001:_logger.LogDebug(Newtonsoft.Json.JsonConvert.SerializeObject(table))|};
            }
        }
        """);

    [Fact]
    public Task Data_table_without_personal_keys_is_not_reported() => Run("""
        public class Lookup
        {
            private readonly ILogger<Lookup> _logger = null!;

            public void Check(System.Data.DataTable offices)
            {
                _logger.LogDebug(Newtonsoft.Json.JsonConvert.SerializeObject(offices));
                foreach (System.Data.DataRow row in offices.Rows)
                {
                    _logger.LogDebug("{Row}", string.Join(",", row.ItemArray));
                }
            }
        }
        """);

    [Fact]
    public Task Record_read_by_a_personal_tag_and_dumped_by_a_logger_helper_is_reported() => Run("""
        public sealed class Tag
        {
            public static readonly Tag PatientName = new();
            public static readonly Tag Modality = new();
        }

        public sealed class Element { public Tag Tag { get; } = Tag.Modality; public string Value { get; } = ""; }

        public sealed class Dataset : IEnumerable<Element>
        {
            public string GetString(Tag tag) => "";
            public IEnumerator<Element> GetEnumerator() => new List<Element>().GetEnumerator();
            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }

        public class Study
        {
            private readonly ILogger<Study> _logger = null!;

            private void LogAll(Dataset dataset)
            {
                foreach (var element in dataset)
                {
                    _logger.LogDebug("{Tag} = {Value}", element.Tag, element.Value);
                }
            }

            public void Receive(Dataset dataset)
            {
                if (dataset.GetString(Tag.PatientName).Length == 0)
                {
                    {|DG1001:LogAll(dataset)|};
                }

                _logger.LogInformation("Modality {Modality}", dataset.GetString(Tag.Modality));
            }
        }
        """);
}
