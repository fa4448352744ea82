using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace DataGuard.Analyzers.Tests.Rules;

public class PersonalDataLoggedTests
{
    private static Task Run(string body, string? editorConfig = null, bool partial = false)
        => Verify<PersonalDataLoggedAnalyzer>.Analyzer(TestCode.Wrap(body, partial), editorConfig);

    // ----- reported -----

    /// <summary>
    /// An age band computed in another assembly (<c>GetAgeGroup(birthDate)</c>, one of a few constant bands) is a coarse category;
    /// the same assembly's formatting of the date is the date.
    /// </summary>
    [Fact]
    public Task Age_band_from_another_assembly_is_not_reported_and_the_formatted_date_is()
    {
        var test = Verify<PersonalDataLoggedAnalyzer>.Create(TestCode.Wrap("""
            void M(Child child)
            {
                _logger.LogInformation("Age {Band}", Bands.GetAgeGroup(child.BirthDate));
                {|DG1001:_logger.LogInformation("Born {Date}", Bands.Format(child.BirthDate))|};
            }
            """) + "public class Child { public DateTime BirthDate { get; set; } }\n");
        test.TestState.AdditionalProjects["Shared"].Sources.Add(("Bands.cs", """
            public static class Bands
            {
                public static string GetAgeGroup(System.DateTime birthDate) => (System.DateTime.Today.Year - birthDate.Year) switch { < 12 => "child", < 18 => "teen", _ => "adult" };
                public static string Format(System.DateTime date) => date.ToString("yyyy-MM-dd");
            }
            """));
        test.TestState.AdditionalProjects["Shared"].AdditionalReferences.AddRange(References.Net80);
        test.TestState.AdditionalProjectReferences.Add("Shared");
        return test.RunAsync();
    }

    [Fact]
    public Task Seeding_helper_called_only_with_constant_addresses_is_not_reported() => Run("""
        void Seed() { CreateUser("admin@school.example", "Admin"); CreateUser("staff@school.example", "Staff"); }
        private void CreateUser(string email, string role) { _logger.LogInformation("Seeding {Email} as {Role}", email, role); }
        """);

    [Fact]
    public Task Helper_called_with_a_persons_address_is_reported() => Run("""
        void Seed(Citizen citizen) { CreateUser("admin@school.example", "Admin"); CreateUser(citizen.Phone, "Staff"); }
        private void CreateUser(string email, string role) { {|DG1001:_logger.LogInformation("Seeding {Email} as {Role}", email, role)|}; }
        """);

    [Fact]
    public Task Member_passed_as_template_argument_is_reported() => Run("""
        void M(Citizen citizen) { {|DG1001:_logger.LogInformation("Lookup {Id}", citizen.NationalId)|}; }
        """);

    [Fact]
    public Task Interpolated_message_is_reported() => Run("""
        void M(Citizen citizen) { {|DG1001:_logger.LogInformation($"Lookup {citizen.NationalId}")|}; }
        """);

    [Fact]
    public Task Raw_interpolated_string_is_reported() => Run(""""
        void M(Citizen citizen)
        {
            {|DG1001:_logger.LogInformation($"""
                Lookup "{citizen.Phone}"
                """)|};
        }
        """");

    [Fact]
    public Task Concatenation_is_reported() => Run("""
        void M(Citizen citizen) { {|DG1001:_logger.LogWarning("Phone: " + citizen.Phone)|}; }
        """);

    [Fact]
    public Task Value_flowing_through_a_local_is_reported() => Run("""
        void M(Citizen citizen) { var id = citizen.NationalId; var text = "id=" + id; {|DG1001:_logger.LogWarning(text)|}; }
        """);

    [Fact]
    public Task String_format_concat_and_join_are_reported() => Run("""
        void M(Citizen citizen, List<Citizen> all)
        {
            var a = string.Format("ID {0}", citizen.NationalId);
            {|DG1001:_logger.LogInformation(a)|};
            {|DG1001:_logger.LogInformation(string.Concat("x", citizen.Phone))|};
            {|DG1001:_logger.LogInformation(string.Join(",", all.Select(c => c.FullName)))|};
        }
        """);

    [Fact]
    public Task StringBuilder_is_reported() => Run("""
        void M(Citizen citizen) { var sb = new StringBuilder("Case: "); sb.Append(citizen.FullName).Append('!'); {|DG1001:_logger.LogInformation(sb.ToString())|}; }
        """);

    [Fact]
    public Task Parameter_with_personal_name_is_reported() => Run("""
        void M(string nationalId, string suspect_phone_number) { {|DG1001:_logger.LogInformation("{Id}", nationalId)|}; {|DG1001:_logger.LogDebug(suspect_phone_number)|}; }
        """);

    [Fact]
    public Task Chinese_identifiers_are_reported() => Run("""
        void M(string 身分證字號, string 嫌疑人姓名, string 車牌號碼) { {|DG1001:Console.WriteLine(身分證字號)|}; {|DG1001:Console.WriteLine("{0}", 嫌疑人姓名)|}; {|DG1001:Console.Write(車牌號碼)|}; }
        """);

    [Fact]
    public Task Attributes_mark_personal_members() => Run("""
        class Record { [PersonalField(PersonalDataKind.NationalId)] public string Code { get; set; } = ""; [Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string Contact { get; set; } = ""; [System.ComponentModel.DataAnnotations.Phone] public string Reach { get; set; } = ""; }
        void M(Record r) { {|DG1001:_logger.LogInformation("{C}", r.Code)|}; {|DG1001:_logger.LogInformation("{C}", r.Contact)|}; {|DG1001:_logger.LogInformation("{C}", r.Reach)|}; }
        """);

    [Fact]
    public Task Data_classification_attribute_subclass_marks_personal_members() => Run("""
        sealed class PiiAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute { }
        class Record { [Pii] public string Secret { get; set; } = ""; }
        void M(Record r) { {|DG1001:_logger.LogInformation(r.Secret)|}; }
        """);

    [Fact]
    public Task Destructured_object_with_personal_members_is_reported() => Run("""
        void M(Citizen citizen) { {|DG1001:_logger.LogInformation("Found {@Citizen}", citizen)|}; }
        """);

    [Fact]
    public Task Serialized_object_is_reported() => Run("""
        void M(Citizen citizen) { var json = System.Text.Json.JsonSerializer.Serialize(citizen); {|DG1001:_logger.LogInformation("Payload {Json}", json)|}; }
        """);

    [Fact]
    public Task Record_printed_by_its_synthesized_ToString_is_reported() => Run("""
        record Person(string NationalId, int Age);
        void M(Person p) { {|DG1001:_logger.LogInformation($"Person {p}")|}; }
        """);

    [Fact]
    public Task Ternary_and_coalesce_are_reported() => Run("""
        void M(Citizen citizen, bool flag, string? other)
        {
            var shown = flag ? citizen.Phone : "none";
            {|DG1001:_logger.LogInformation(shown)|};
            {|DG1001:_logger.LogInformation(other ?? citizen.FullName)|};
        }
        """);

    [Fact]
    public Task Anonymous_objects_tuples_and_arrays_are_reported() => Run("""
        void M(Citizen citizen)
        {
            {|DG1001:_logger.LogInformation("{Data}", new { citizen.NationalId, Count = 1 })|};
            var pair = (citizen.CaseNo, citizen.Phone);
            {|DG1001:_logger.LogInformation("{Pair}", pair)|};
            var list = new List<string> { citizen.FullName };
            {|DG1001:_logger.LogInformation("{List}", string.Join(",", list))|};
        }
        """);

    [Fact]
    public Task Escaping_trimming_and_case_changes_keep_data_personal() => Run("""
        void M(Citizen citizen)
        {
            {|DG1001:_logger.LogInformation(citizen.NationalId.Trim().ToUpperInvariant())|};
            {|DG1001:_logger.LogInformation(Uri.EscapeDataString(citizen.Phone))|};
            {|DG1001:_logger.LogInformation(System.Net.WebUtility.HtmlEncode(citizen.FullName))|};
        }
        """);

    [Fact]
    public Task Method_summaries_follow_arguments_through_helpers() => Run("""
        static string Describe(string value) => "ID " + value.Trim();
        static string Phone(Citizen c) => c.Phone;
        void M(Citizen citizen) { {|DG1001:_logger.LogInformation(Describe(citizen.NationalId))|}; {|DG1001:_logger.LogInformation(Phone(citizen))|}; }
        """);

    [Fact]
    public Task LoggerMessage_method_is_reported_at_the_call_site() => Run("""
        [LoggerMessage(1, LogLevel.Information, "Citizen {NationalId} found")]
        static partial void CitizenFound(ILogger logger, string nationalId);
        static partial void CitizenFound(ILogger logger, string nationalId) { }
        void M(Citizen citizen) { {|DG1001:CitizenFound(_logger, citizen.NationalId)|}; }
        """, partial: true);

    [Fact]
    public Task Scopes_are_reported() => Run("""
        void M(Citizen citizen) { using var scope = {|DG1001:_logger.BeginScope("Citizen {Id}", citizen.NationalId)|}; }
        """);

    [Fact]
    public Task Debug_and_Trace_are_reported() => Run("""
        void M(Citizen citizen) { {|DG1001:System.Diagnostics.Debug.WriteLine(citizen.Phone)|}; {|DG1001:System.Diagnostics.Trace.TraceInformation("x {0}", citizen.FullName)|}; }
        """);

    [Fact]
    public Task Deconstruction_switch_try_and_local_functions_are_followed() => Run("""
        void M(Citizen citizen, int kind)
        {
            var (caseNo, phone) = (citizen.CaseNo, citizen.Phone);
            _logger.LogInformation(caseNo);
            {|DG1001:_logger.LogInformation(phone)|};
            string text;
            switch (kind) { case 1: text = citizen.FullName; break; default: text = "none"; break; }
            {|DG1001:_logger.LogInformation(text)|};
            try { text = citizen.NationalId; } finally { {|DG1001:_logger.LogWarning(text)|}; }
            void Local() => {|DG1001:_logger.LogInformation(citizen?.Phone)|};
            Local();
        }
        """);

    [Fact]
    public Task Loops_carry_data_to_the_next_iteration() => Run("""
        void M(List<Citizen> all)
        {
            var last = "";
            var i = 0;
            while (i < all.Count) { {|DG1001:_logger.LogInformation(last)|}; last = all[i].Phone; i++; }
        }
        """);

    [Fact]
    public Task Coalescing_assignment_and_switch_expression_are_followed() => Run("""
        void M(Citizen citizen, string? label, int kind)
        {
            label ??= citizen.FullName;
            {|DG1001:_logger.LogInformation(label)|};
            var shown = kind switch { 1 => citizen.Phone, _ => "n/a" };
            {|DG1001:_logger.LogInformation(shown)|};
        }
        """);

    [Fact]
    public Task Console_writers_are_reported() => Run("""
        void M(Citizen citizen) { {|DG1001:Console.Out.WriteLine(citizen.Phone)|}; {|DG1001:Console.Error.Write("x " + citizen.NationalId)|}; Console.Out.WriteLine(citizen.CaseNo); }
        """);

    [Fact]
    public Task Console_in_a_type_that_does_not_read_the_console_is_reported() => Run("""
        void M(Citizen citizen) { Console.ReadLine(); {|DG1001:Console.WriteLine(citizen.Phone)|}; }
        string Prompt() => "menu";
        """);

    [Fact]
    public Task Console_mail_simulation_beside_an_interactive_ui_is_reported() => Verify<PersonalDataLoggedAnalyzer>.Analyzer(TestCode.Usings + """
        class MailSimulation
        {
            public void Send(string to, string body) { Console.WriteLine("To: " + to); Console.WriteLine(body); }
        }
        class CitizenMenu
        {
            MailSimulation _mail = new();
            void Show(Citizen citizen)
            {
                var choice = Console.ReadLine();
                Console.WriteLine($"Phone: {citizen.Phone}");
                {|DG1001:_mail.Send("clerk@example.org", "Phone " + citizen.Phone)|};
            }
        }
        """ + TestCode.Citizen);

    [Fact]
    public Task Serilog_NLog_and_log4net_are_reported() => Run("""
        void M(Citizen citizen, Serilog.ILogger serilog, NLog.Logger nlog, log4net.ILog log4)
        {
            {|DG1001:serilog.Information("Citizen {Id}", citizen.NationalId)|};
            {|DG1001:Serilog.Log.Information("Citizen {@C}", citizen)|};
            {|DG1001:nlog.Info("Phone {Phone}", citizen.Phone)|};
            {|DG1001:log4.Info(citizen.FullName)|};
            {|DG1001:log4.InfoFormat("{0}", citizen.FullName)|};
        }
        """);

    [Fact]
    public Task Loops_and_lambdas_are_followed() => Run("""
        void M(List<Citizen> citizens)
        {
            foreach (var c in citizens) { {|DG1001:_logger.LogInformation("{Id}", c.NationalId)|}; }
            var numbers = citizens.Select(c => c.Phone).ToList();
            numbers.ForEach(n => {|DG1001:_logger.LogInformation(n)|});
        }
        """);

    [Fact]
    public Task Reassigning_personal_data_after_masking_is_reported() => Run("""
        void M(Citizen citizen) { var shown = Masking.Mask(citizen.NationalId); shown = citizen.NationalId; {|DG1001:_logger.LogInformation(shown)|}; }
        """);

    [Fact]
    public Task Assignment_in_one_branch_is_reported() => Run("""
        void M(Citizen citizen, bool verbose) { var text = "lookup"; if (verbose) { text += citizen.Phone; } {|DG1001:_logger.LogInformation(text)|}; }
        """);

    /// <summary>
    /// Joins keep what both paths kept from before the branch (a read left alone by every branch and a try) and take the
    /// paths' own values where they overwrote it: the join skips entries both paths share, and must not lose or keep too much.
    /// </summary>
    [Fact]
    public Task Values_untouched_by_branches_and_try_keep_their_data_after_the_joins() => Run("""
        void M(Citizen citizen, bool a, bool b)
        {
            var phone = citizen.Phone;
            var shown = Masking.Mask(citizen.NationalId);
            var note = citizen.NationalId;
            if (a) { _logger.LogInformation("a"); } else { _logger.LogInformation("not a"); }
            try { _logger.LogInformation("trying"); } catch (System.Exception) { _logger.LogInformation("failed"); }
            if (b) { note = "none"; } else { note = "n/a"; }
            {|DG1001:_logger.LogInformation("Phone {Phone}", phone)|};
            _logger.LogInformation("Shown {Id}", shown);
            _logger.LogInformation("Note {Note}", note);
        }
        """);

    [Fact]
    public Task Configured_personal_names_and_members_are_reported() => Run("""
        void M(Citizen citizen, System.Net.IPEndPoint endpoint) { {|DG1001:_logger.LogInformation(citizen.CaseNo)|}; {|DG1001:_logger.LogInformation("{A}", endpoint.Address)|}; }
        """, "dataguard.personal_names = CaseNo, System.Net.IPEndPoint.Address");

    [Fact]
    public Task Configured_log_sink_is_reported() => Run("""
        static class AuditLog { public static void Write(string text) { } }
        void M(Citizen citizen) { {|DG1001:AuditLog.Write(citizen.Phone)|}; }
        """, "dataguard.log_sinks = M:C.AuditLog.Write(System.String)");

    /// <summary>Round 32's ERP: a pipeline behaviour logging the user name and the whole request; the dump is named first.</summary>
    [Fact]
    public Task One_call_with_several_personal_arguments_names_each_the_whole_object_first() => Named(Leaks.PipelineRequestLoggedTests.Mediator + """
        public class Session { public string {|#1:UserName|} { get; set; } = ""; }
        public class LoggingBehavior<TRequest, TResponse> : MediatR.IPipelineBehavior<TRequest, TResponse> where TRequest : notnull
        {
            private readonly ILogger<LoggingBehavior<TRequest, TResponse>> _logger = null!;
            private readonly Session _session = new();

            public async Task<TResponse> Handle(TRequest request, MediatR.RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
            {
                {|#0:_logger.LogInformation("Request {UserName} {@Request}", _session.UserName, request)|};
                return await next();
            }
        }
        """, "request', 'Session.UserName");

    [Fact]
    public Task One_call_with_two_personal_values_names_both_in_order() => Named("""
        class C
        {
            Microsoft.Extensions.Logging.ILogger _logger = null!;
            void M(Person p, int count) { {|#0:_logger.LogInformation("{Name} {Count} {Id}", p.FullName, count, p.NationalId)|}; }
        }
        class Person { public string {|#1:FullName|} { get; set; } = ""; public string NationalId { get; set; } = ""; }
        """, "Person.FullName', 'Person.NationalId");

    [Fact]
    public Task One_personal_argument_beside_plain_values_is_named_alone() => Named("""
        class C
        {
            Microsoft.Extensions.Logging.ILogger _logger = null!;
            void M(Person p, int count, string route) { {|#0:_logger.LogInformation("{Count} {Route} {Id}", count, route, p.NationalId)|}; }
        }
        class Person { public string {|#1:NationalId|} { get; set; } = ""; }
        """, "Person.NationalId");

    private static Task Named(string code, string names)
    {
        var test = Verify<PersonalDataLoggedAnalyzer>.Create(code.StartsWith("using", StringComparison.Ordinal) ? code : TestCode.Usings + code);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.PersonalDataLogged).WithLocation(0).WithLocation(1)
            .WithArguments(names, "LoggerExtensions.LogInformation"));
        return test.RunAsync();
    }

    [Fact]
    public Task Source_member_is_the_additional_location()
    {
        var test = Verify<PersonalDataLoggedAnalyzer>.Create(TestCode.Usings + """
            class C
            {
                Microsoft.Extensions.Logging.ILogger _logger = null!;
                void M(Person p) { {|#0:_logger.LogInformation("{Id}", p.NationalId)|}; }
            }
            class Person { public string {|#1:NationalId|} { get; set; } = ""; }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.PersonalDataLogged).WithLocation(0).WithLocation(1)
            .WithArguments("Person.NationalId", "LoggerExtensions.LogInformation"));
        return test.RunAsync();
    }

    [Fact]
    public Task Bare_name_of_a_person_type_is_reported() => Run("""
        class Suspect { public string Name { get; set; } = ""; }
        class Product { public string Name { get; set; } = ""; }
        void M(Suspect s, Product p) { {|DG1001:_logger.LogInformation("{N}", s.Name)|}; _logger.LogInformation("{N}", p.Name); }
        """);

    [Fact]
    public Task Name_of_a_customer_buyer_or_employee_is_reported() => Run("""
        class Customer { public string Name { get; set; } = ""; }
        class Employee { public string Name { get; set; } = ""; }
        record OrderShipped(int OrderId, string BuyerName);
        void M(Customer c, Employee e, OrderShipped shipped)
        {
            {|DG1001:_logger.LogInformation("Customer {Name}", c.Name)|};
            {|DG1001:_logger.LogInformation("Employee {Name}", e.Name)|};
            {|DG1001:_logger.LogInformation("Shipped to {Buyer}", shipped.BuyerName)|};
        }
        """);

    [Fact]
    public Task Name_of_a_customer_group_or_a_member_is_silent() => Run("""
        class CustomerGroup { public string Name { get; set; } = ""; }
        class EmployeeType { public string Name { get; set; } = ""; }
        class Binding { public string MemberName { get; set; } = ""; public string ClientName { get; set; } = ""; }
        void M(CustomerGroup g, EmployeeType t, Binding b)
        {
            _logger.LogInformation("Group {Name}", g.Name);
            _logger.LogInformation("Type {Name}", t.Name);
            _logger.LogInformation("Member {Member} of {Client}", b.MemberName, b.ClientName);
        }
        """);

    [Fact]
    public Task Addresses_in_the_team_settings_are_silent() => Run("""
        class EmailSettings { public string ToAddress { get; set; } = ""; public string AdminPhone { get; set; } = ""; }
        class SmtpOptions { public string FromEmail { get; set; } = ""; }
        void M(EmailSettings settings, SmtpOptions smtp)
        {
            System.Diagnostics.Trace.WriteLine("Email configured, sending to: " + settings.ToAddress);
            _logger.LogInformation("Support line {Phone}, mail from {From}", settings.AdminPhone, smtp.FromEmail);
        }
        """);

    [Fact]
    public Task Settings_that_belong_to_a_person_are_reported() => Run("""
        class UserSettings { public string Email { get; set; } = ""; }
        class CustomerNotificationOptions { public string Phone { get; set; } = ""; }
        void M(UserSettings mine, CustomerNotificationOptions notify)
        {
            {|DG1001:System.Diagnostics.Trace.WriteLine("Mail to: " + mine.Email)|};
            {|DG1001:_logger.LogInformation("Text {Phone}", notify.Phone)|};
        }
        """);

    [Fact]
    public Task Collection_expression_is_followed() => Run("""
        void M(Citizen citizen) { string[] parts = ["id", citizen.NationalId]; {|DG1001:_logger.LogInformation(string.Join("=", parts))|}; }
        """);

    [Fact]
    public Task LoggerMessage_Define_delegate_is_reported() => Run("""
        static readonly Action<ILogger, string, Exception?> Found = (logger, id, ex) => { };
        void M(Citizen citizen) { {|DG1001:Found(_logger, citizen.NationalId, null)|}; Found(_logger, citizen.CaseNo, null); }
        """);

    [Fact]
    public Task Own_logging_wrapper_is_reported_at_the_call_that_passes_the_data() => Run("""
        void Audit(string text) => _logger.LogInformation("Audit: {Text}", text);
        void AuditTwice(string text) { Audit(text); }
        void M(Citizen citizen) { {|DG1001:Audit($"Viewed {citizen.NationalId}")|}; {|DG1001:AuditTwice(citizen.Phone)|}; Audit(citizen.CaseNo); Audit(Masking.Mask(citizen.Phone)); }
        """);

    [Fact]
    public Task Logging_facade_behind_an_interface_is_reported_at_the_call() => Run("""
        enum Level { Information, Error }
        interface ILogManager
        {
            void Log(Level level, object source, string message, params object[] args);
            void Log(int siteId, Level level, object source, string message, params object[] args);
        }
        class LogManager : ILogManager
        {
            private readonly ILogger _inner;
            public LogManager(ILogger inner) { _inner = inner; }
            public void Log(Level level, object source, string message, params object[] args) => Log(-1, level, source, message, args);
            public void Log(int siteId, Level level, object source, string message, params object[] args)
            {
                if (level >= Level.Information) { _inner.LogInformation("[" + siteId + "] " + message, args); }
            }
        }
        void M(ILogManager log, Citizen citizen)
        {
            {|DG1001:log.Log(Level.Information, this, "Citizen viewed {Phone}", citizen.Phone)|};
            {|DG1001:log.Log(3, Level.Error, this, "Lookup of " + citizen.NationalId)|};
            log.Log(Level.Information, this, "Case {Case} viewed", citizen.CaseNo);
        }
        """);

    [Fact]
    public Task Wrapper_chain_passing_a_params_array_on_is_reported() => Run("""
        void Audit(string m, params object[] args) => _logger.LogInformation(m, args);
        void Audit2(string m, object[] args) => _logger.LogInformation(m, args);
        void Audit3(string m, params object[] args) => Audit(m, args);
        void Audit4(int level, string m, params object[] args) => Audit(m, args);
        void Audit5(string m, params object[] args) => Audit4(1, m, args);
        void M(Citizen citizen) { {|DG1001:Audit("x {P}", citizen.Phone)|}; {|DG1001:Audit2("x {P}", new object[] { citizen.Phone })|}; {|DG1001:Audit3("x {P}", citizen.Phone)|}; {|DG1001:Audit5("x {P}", citizen.Phone)|}; }
        """);

    /// <summary>
    /// Whether a helper can hand a parameter to a sink is asked of every method it calls, not of the first: a helper chain that
    /// never logs is no wrapper, one whose second callee logs is.
    /// </summary>
    [Fact]
    public Task Wrapper_reaching_the_log_through_its_second_callee_is_reported_and_a_chain_without_a_log_is_not() => Run("""
        string Tidy(string s) => s.Trim();
        string TidyTwice(string s) => Tidy(Tidy(s));
        void Audit(string text) => _logger.LogInformation("Audit: {Text}", text);
        void Record(string text) { var tidy = TidyTwice(text); Audit(tidy); }
        void Prepare(string text) { TidyTwice(text); Tidy(text); }
        void M(Citizen citizen) { {|DG1001:Record(citizen.Phone)|}; Prepare(citizen.Phone); }
        """);

    [Fact]
    public Task Logging_facade_behind_an_abstract_method_is_reported_at_the_call() => Run("""
        abstract class AuditLog { public abstract void Write(string text); public virtual void Note(string text) { } }
        class LoggerAuditLog : AuditLog
        {
            private readonly ILogger _inner;
            public LoggerAuditLog(ILogger inner) { _inner = inner; }
            public override void Write(string text) => _inner.LogInformation("Audit: {Text}", text);
            public override void Note(string text) => _inner.LogDebug(text);
        }
        void M(AuditLog audit, Citizen citizen) { {|DG1001:audit.Write(citizen.Phone)|}; {|DG1001:audit.Note("Phone " + citizen.Phone)|}; audit.Write(citizen.CaseNo); }
        """);

    [Fact]
    public Task Wrapper_parameter_named_as_personal_is_reported_inside_only() => Run("""
        void LogPhone(string phone) => {|DG1001:_logger.LogInformation("Phone {Phone}", phone)|};
        void M(Citizen citizen) { LogPhone(citizen.Phone); }
        """);

    [Fact]
    public Task Wrapper_parameter_with_personal_members_is_reported_inside_only() => Run("""
        void AuditLookup(string officerId, Citizen citizen)
        {
            {|DG1001:_logger.LogInformation("Officer {Officer} looked up {Id}", officerId, citizen.NationalId)|};
            {|DG1001:_logger.LogDebug("Loaded {@Citizen}", citizen)|};
        }
        void M(Citizen citizen, string officerId) { AuditLookup(officerId, citizen); }
        """);

    [Fact]
    public Task Role_noun_followed_by_name_is_reported() => Run("""
        void M(string claimantName, string arresteeName)
        {
            var display = claimantName;
            {|DG1001:_logger.LogWarning("Claim by {Name}", display)|};
            {|DG1001:_logger.LogWarning("Arrested {Name}", arresteeName)|};
        }
        """);

    [Fact]
    public Task Keyed_read_with_a_personal_key_is_reported() => Run("""
        void M(System.Data.DataRow row, System.Data.IDataReader reader, System.Text.Json.JsonElement json, Dictionary<string, string> form)
        {
            {|DG1001:_logger.LogDebug("Citizen {Id}", row["身分證字號"])|};
            {|DG1001:_logger.LogDebug("Address {Address}", reader["Address"])|};
            {|DG1001:_logger.LogDebug("Phone {Phone}", json.GetProperty("phone").GetString())|};
            {|DG1001:_logger.LogDebug("Mail {Mail}", form["email"])|};
        }
        """);

    [Fact]
    public Task Serilog_ForContext_destructuring_an_object_is_reported() => Run("""
        void M(Citizen citizen) { {|DG1001:Serilog.Log.ForContext("Citizen", citizen, destructureObjects: true)|}.Information("Transfer queued"); }
        """);

    [Fact]
    public Task Text_of_a_framework_object_built_from_personal_data_is_reported() => Run("""
        void M(Citizen citizen)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "https://api.police.internal/arc/" + citizen.NationalId);
            {|DG1001:_logger.LogInformation("Calling {Uri}", request.RequestUri)|};
            var uri = new Uri("https://api.police.internal/people?phone=" + citizen.Phone);
            {|DG1001:_logger.LogInformation("Calling {Path}", uri.PathAndQuery)|};
        }
        """);

    [Fact]
    public Task Local_declared_by_a_property_pattern_is_reported() => Run("""
        void M(object evidence)
        {
            if (evidence is Citizen { FullName: var who })
            {
                {|DG1001:_logger.LogInformation("Evidence names {Who}", who)|};
            }
        }
        """);

    // ----- not reported -----

    [Fact]
    public Task Console_output_of_an_interactive_console_ui_is_not_reported() => Run("""
        void Edit(Citizen citizen)
        {
            Console.WriteLine($"1. Name: {citizen.FullName}  2. Phone: {citizen.Phone}");
            Console.Write("Choose: ");
            var choice = Console.ReadLine();
            Console.Out.WriteLine(citizen.NationalId);
            PrintRow(citizen);
        }
        void PrintRow(Citizen citizen) => Console.WriteLine(citizen.Phone);
        """);

    [Fact]
    public Task Console_ui_that_reads_through_a_reader_type_is_not_reported() => Verify<PersonalDataLoggedAnalyzer>.Analyzer(TestCode.Usings + """
        static class Reader
        {
            public static string Ask(string prompt) { Console.Write(prompt); return Console.ReadLine() ?? ""; }
        }
        class CitizenMenu
        {
            void List(List<Citizen> all)
            {
                var filter = Reader.Ask("Filter: ");
                foreach (var c in all) { Console.WriteLine($"- {c.FullName}, {c.Phone}"); }
            }
        }
        """ + TestCode.Citizen);

    /// <summary>An interactive program (its <c>Main</c> loops over a menu read from the console, no host): its printer class draws its screen.</summary>
    [Fact]
    public Task Printer_class_of_an_interactive_console_program_is_not_reported() => InteractiveProgram("""
        static void Main() { while (ShowMenu()) { } }
        static bool ShowMenu()
        {
            Console.WriteLine("1 - list citizens");
            if (Console.ReadLine() == "1") { Printer.Print(new List<Citizen>()); return true; }
            return false;
        }
        """, "Console.WriteLine($\"{c.FullName}: {c.Phone}\")");

    /// <summary>A host's or worker's stdout is its log, even when its entry point reads the console in a loop.</summary>
    [Fact]
    public Task Printer_class_of_a_console_program_that_builds_a_host_is_reported() => InteractiveProgram("""
        static void Main()
        {
            var host = Microsoft.Extensions.Hosting.HostStub.Build();
            while (Console.ReadLine() != "q") { Printer.Print(new List<Citizen>()); }
        }
        """, "{|DG1001:Console.WriteLine($\"{c.FullName}: {c.Phone}\")|}");

    /// <summary>An entry point that reads once and runs no loop is a batch job: its printer's output is a log.</summary>
    [Fact]
    public Task Printer_class_of_a_console_program_without_an_input_loop_is_reported() => InteractiveProgram("""
        static void Main() { var path = Console.ReadLine(); Printer.Print(new List<Citizen>()); }
        """, "{|DG1001:Console.WriteLine($\"{c.FullName}: {c.Phone}\")|}");

    private static Task InteractiveProgram(string program, string printed)
    {
        var test = Verify<PersonalDataLoggedAnalyzer>.Create(TestCode.Usings + "class Program\n{\n" + program + "\n}\n"
            + "static class Printer { public static void Print(List<Citizen> all) { foreach (var c in all) { " + printed + "; } } }\n"
            + "namespace Microsoft.Extensions.Hosting { public interface IHost { } public static class HostStub { public static IHost Build() => null!; } }\n"
            + TestCode.Citizen);
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task Member_masked_by_with_or_assignment_is_not_reported_unless_only_one_branch_masks_it() => Run("""
        record Card(string CaseNo, string Mobile);
        void M(Card card, Citizen citizen, bool flag)
        {
            var safe = card with { Mobile = Masking.Mask(card.Mobile) };
            _logger.LogInformation("Published {CaseNo} with {Mobile}", safe.CaseNo, safe.Mobile);
            var copy = new Citizen { Phone = Masking.Mask(citizen.Phone) };
            copy.NationalId = Masking.Mask(citizen.NationalId);
            _logger.LogInformation("Copy {Phone} {Id}", copy.Phone, copy.NationalId);
            var partly = card with { CaseNo = "x" };
            if (flag) { partly = partly with { Mobile = Masking.Mask(card.Mobile) }; }
            {|DG1001:_logger.LogInformation("Maybe {Mobile}", partly.Mobile)|};
        }
        """);

    [Fact]
    public Task Keys_of_a_dictionary_named_for_its_values_are_not_reported() => Run("""
        void M(Dictionary<string, string> officerPhones, Citizen citizen)
        {
            foreach (var kv in officerPhones)
            {
                _logger.LogInformation("Officer {Badge} has a phone: {Has}", kv.Key, kv.Value.Length > 0);
                {|DG1001:_logger.LogInformation("Phone {Phone}", kv.Value)|};
            }

            var byId = new Dictionary<string, int>();
            byId.Add(citizen.NationalId, 1);
            foreach (var entry in byId)
            {
                {|DG1001:_logger.LogInformation("Citizen {Id}", entry.Key)|};
            }
        }
        """);

    [Fact]
    public Task Count_in_a_local_named_for_personal_data_is_not_reported() => Run("""
        void M(List<Citizen> all, string[] phones)
        {
            var withPhone = all.Count(c => !string.IsNullOrEmpty(c.Phone));
            var phoneCount = phones.Length;
            int mobile = phones.Length > 0 ? 1 : 0;
            _logger.LogInformation("{WithPhone} of {Count} have phones ({Mobile})", withPhone, phoneCount, mobile);
        }
        """);

    [Fact]
    public Task Keyed_read_with_a_plain_key_and_address_parts_are_not_reported() => Run("""
        void M(System.Data.DataRow row, System.Data.IDataReader reader, Citizen citizen)
        {
            _logger.LogDebug("Household {No} in {Precinct}", row["HouseholdNo"], reader["Precinct"]);
            var request = new HttpRequestMessage(HttpMethod.Get, "https://api.police.internal/arc/" + citizen.NationalId);
            _logger.LogInformation("Calling {Host} with {Method}", request.RequestUri?.Host, request.Method);
        }
        """);

    [Fact]
    public Task Serilog_ForContext_without_destructuring_is_not_reported() => Run("""
        void M(Citizen citizen) { Serilog.Log.ForContext("Case", citizen.CaseNo).Information("Transfer queued"); }
        """);

    [Fact]
    public Task Wrapper_that_does_not_log_its_parameter_is_not_reported() => Run("""
        void Audit(string text) => _logger.LogInformation("Audit event of {Length} characters", text.Length);
        void M(Citizen citizen) { Audit(citizen.NationalId); }
        """);

    [Fact]
    public Task Facade_whose_implementation_only_counts_its_arguments_is_not_reported() => Run("""
        interface ILogManager { void Log(string message, params object[] args); }
        class CountingLogManager : ILogManager
        {
            private readonly ILogger _inner;
            public CountingLogManager(ILogger inner) { _inner = inner; }
            public void Log(string message, params object[] args) => _inner.LogInformation("Log call with {Count} arguments", args.Length);
        }
        void M(ILogManager log, Citizen citizen) { log.Log("Citizen viewed {Phone}", citizen.Phone); }
        """);

    [Fact]
    public Task Facade_without_an_implementation_in_the_compilation_is_not_reported() => Run("""
        interface ILogManager { void Log(string message, params object[] args); }
        void M(ILogManager log, Citizen citizen) { log.Log("Citizen viewed {Phone}", citizen.Phone); }
        """);

    [Fact]
    public Task Interface_with_more_than_four_implementations_is_not_followed() => Run("""
        interface ISink { void Put(string text); }
        class Aa : ISink { public void Put(string text) { } }
        class Bb : ISink { public void Put(string text) { } }
        class Cc : ISink { public void Put(string text) { } }
        class Dd : ISink { public void Put(string text) { } }
        class Ee : ISink { private readonly ILogger _inner = null!; public void Put(string text) => _inner.LogInformation(text); }
        void M(ISink sink, Citizen citizen) { sink.Put(citizen.Phone); }
        """);

    [Fact]
    public Task Rule_switched_off_in_editorconfig_is_not_reported() => Run("""
        void M(Citizen citizen) { _logger.LogInformation("{Id}", citizen.NationalId); }
        """, "dotnet_diagnostic.DG1001.severity = none");

    [Fact]
    public Task Masked_value_is_not_reported() => Run("""
        void M(Citizen citizen) { _logger.LogInformation("Lookup {Id}", Masking.Mask(citizen.NationalId)); _logger.LogInformation($"x {Masking.MaskNationalId(citizen.NationalId)}"); }
        """);

    [Fact]
    public Task Masking_before_the_sink_ends_the_taint() => Run("""
        void M(Citizen citizen) { var id = citizen.NationalId; id = Masking.Mask(id); _logger.LogInformation("{Id}", id); }
        """);

    [Fact]
    public Task Masked_value_in_a_local_with_a_personal_name_is_not_reported() => Run("""
        void M(Citizen citizen) { var phone = Masking.Mask(citizen.Phone); _logger.LogInformation("{Phone}", phone); }
        """);

    [Fact]
    public Task Derived_values_are_not_reported() => Run("""
        void M(Citizen citizen, List<Citizen> all, string? other)
        {
            _logger.LogInformation("{Len}", citizen.NationalId.Length);
            _logger.LogInformation("{Count}", all.Count());
            _logger.LogInformation("{Count}", all.Count);
            _logger.LogInformation("{Empty}", string.IsNullOrEmpty(citizen.Phone));
            _logger.LogInformation("{Same}", citizen.NationalId == other);
            _logger.LogInformation("{Null}", citizen.FullName is null);
            _logger.LogInformation("{Name}", nameof(citizen.NationalId));
            _logger.LogInformation("{Any}", all.Any(c => c.Phone == other));
        }
        """);

    [Fact]
    public Task Look_alike_names_are_not_reported() => Run("""
        class Settings { public string PhoneModel { get; set; } = ""; public System.Net.Sockets.AddressFamily AddressFamily { get; set; } public string EmailTemplateId { get; set; } = ""; public string IdNumberFormat { get; set; } = ""; public bool TelemetryEnabled { get; set; } public string IpAddress { get; set; } = ""; public string ServerAddress { get; set; } = ""; public string Hotel { get; set; } = ""; }
        void M(Settings s)
        {
            _logger.LogInformation("{A} {B} {C} {D} {E}", s.PhoneModel, s.AddressFamily, s.EmailTemplateId, s.IdNumberFormat, s.TelemetryEnabled);
            _logger.LogInformation("{A} {B} {C}", s.IpAddress, s.ServerAddress, s.Hotel);
        }
        """);

    [Fact]
    public Task Framework_members_with_matching_names_are_not_reported() => Run("""
        void M(System.Net.IPEndPoint endpoint, Type type) { _logger.LogInformation("{A} {T}", endpoint.Address, type.FullName); }
        """);

    [Fact]
    public Task Bare_business_number_is_not_personal() => Run("""
        void M(string 統一編號, string 電話格式) { Console.WriteLine(統一編號); Console.WriteLine(電話格式); }
        """);

    [Fact]
    public Task Non_personal_members_are_not_reported() => Run("""
        void M(Citizen citizen) { _logger.LogInformation("{Case} {Age}", citizen.CaseNo, citizen.Age); }
        """);

    [Fact]
    public Task Sanitizer_attribute_and_naming_convention_end_taint() => Run("""
        [Sanitizer] static string Hide(string value) => "***";
        static string MaskPhone(string value) => "***";
        void M(Citizen citizen) { _logger.LogInformation(Hide(citizen.NationalId)); _logger.LogInformation(MaskPhone(citizen.Phone)); }
        """);

    [Fact]
    public Task Masked_helpers_and_members_are_not_reported() => Run("""
        class View { public string MaskedPhone => "****"; }
        static string ToMaskedString(string value) => "***";
        void M(Citizen citizen, View view) { _logger.LogInformation(ToMaskedString(citizen.Phone)); _logger.LogInformation(view.MaskedPhone); }
        """);

    [Fact]
    public Task Hashing_and_redaction_end_taint() => Run("""
        void M(Citizen citizen, Microsoft.Extensions.Compliance.Redaction.Redactor redactor)
        {
            var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(citizen.NationalId)));
            _logger.LogInformation("{Hash}", hash);
            _logger.LogInformation("{R}", redactor.Redact(citizen.Phone));
            using var hmac = new System.Security.Cryptography.HMACSHA256(new byte[] { 1 });
            _logger.LogInformation("{H}", hmac.ComputeHash(Encoding.UTF8.GetBytes(citizen.FullName)));
        }
        """);

    [Fact]
    public Task Configured_sanitizer_ends_taint() => Run("""
        static class Privacy { public static string Cover(string v) => "***"; }
        void M(Citizen citizen) { _logger.LogInformation(Privacy.Cover(citizen.NationalId)); }
        """, "dataguard.sanitizers = C.Privacy.Cover");

    [Fact]
    public Task Configured_ignored_name_is_not_reported() => Run("""
        void M(string citizenId) { _logger.LogInformation("{Id}", citizenId); }
        """, "dataguard.ignored_names = CitizenId");

    [Fact]
    public Task Class_object_without_destructuring_is_not_reported() => Run("""
        void M(Citizen citizen) { _logger.LogInformation("Found {Citizen}", citizen); }
        """);

    [Fact]
    public Task Exceptions_and_levels_are_not_data() => Run("""
        void M(Exception ex) { _logger.LogError(ex, "Lookup failed"); _logger.Log(LogLevel.Warning, "done"); }
        """);

    [Fact]
    public Task Helper_that_ignores_its_argument_is_not_reported() => Run("""
        static string Label(string value) => "citizen";
        void M(Citizen citizen) { _logger.LogInformation(Label(citizen.NationalId)); }
        """);

    [Fact]
    public Task Record_with_ToString_override_without_personal_members_is_not_reported() => Run("""
        record Person(string NationalId, string CaseNo) { public override string ToString() => CaseNo; }
        void M(Person p) { _logger.LogInformation($"Person {p}"); }
        """);

    [Fact]
    public Task Personal_data_that_is_never_logged_is_not_reported() => Run("""
        void M(Citizen citizen) { var id = citizen.NationalId; var ok = id.StartsWith("A"); _logger.LogInformation("checked {Ok}", ok); }
        """);

    [Fact]
    public Task Flags_and_counts_with_personal_words_are_not_reported() => Run("""
        void M(bool hasPhone, int phoneCount, bool isMobile) { _logger.LogInformation("{A} {B} {C}", hasPhone, phoneCount, isMobile); }
        """);
}
