using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// Round 30's DG1007 wrong reports: a database or broker session's account name is a service account, and a catalogue
/// entry's full name is a thing's title. The type's shape decides; a person's record beside them stays reported.
/// </summary>
public class ServiceSessionAndTitleRecordTests
{
    private static Task Run(string code) => Verify<PersonalDataExposedByToStringAnalyzer>.Analyzer(TestCode.Usings + code);

    [Fact]
    public Task Database_and_broker_session_records_are_not_reported() => Run("""
        public record DatabaseUser(string Username, string Host, bool IsLocked, DateTime? PasswordExpiry);
        public record OracleSession(int Sid, int Serial, string Username, string Status, string Machine, string Program, DateTime? LogonTime);
        public record PostgreSqlConnection(int Pid, string Database, string Username, string ClientAddr, string State);
        public record SqlServerSession(int SessionId, string LoginName, string HostName, string ProgramName, string Status);
        public record RabbitMqConnection(string Name, string Host, int Port, string Username, string State, int Channels);
        """);

    /// <summary>One host word is not a session's shape, an e-mail beside the host makes it a person's sign-in, and a <c>User</c> that is a person's record stays one.</summary>
    [Fact]
    public Task Sign_in_records_with_a_host_are_reported() => Run("""
        public record {|DG1007:LoginAttempt|}(string Username, string Host, DateTime At);
        public record {|DG1007:RemoteSession|}(string Username, string Email, string Host, int Port);
        public record {|DG1007:UserAccount|}(string UserName, string DisplayName, string Status);
        public record {|DG1007:Person|}(string Email);
        public record {|DG1007:MailboxConnection|}(string Host, int Port, Person User);
        """);

    [Fact]
    public Task Programme_full_name_beside_short_name_and_users_is_not_reported() => Run("""
        public class User { public string Email { get; set; } = ""; }
        public class Programme
        {
            public int Id { get; set; }
            public string ShortName { get; set; } = "";
            public string FullName { get; set; } = "";
            public int SortPriority { get; set; }
            public ICollection<User> Users { get; set; } = new List<User>();
            public override string ToString() => $"{Id}: {ShortName}, {FullName}, {SortPriority}";
        }
        public record Category(string DisplayName, string Abbreviation);
        """);

    /// <summary>A person's record keeps its full name: named for a person, or with a second personal member, or no catalogue sign.</summary>
    [Fact]
    public Task Full_names_of_people_are_reported() => Run("""
        public record {|DG1007:Patient|}(string FullName, string ShortName);
        public record {|DG1007:Entry|}(string FullName, string ShortName, string PhoneNumber);
        public record {|DG1007:Signature|}(string FullName, DateTime SignedAt);
        """);
}
