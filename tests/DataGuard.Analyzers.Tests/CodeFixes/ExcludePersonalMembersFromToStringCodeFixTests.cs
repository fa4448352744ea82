using DataGuard.Analyzers.CodeFixes;
using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.CodeFixes;

public class ExcludePersonalMembersFromToStringCodeFixTests
{
    [Fact]
    public Task Positional_record_gets_a_PrintMembers_without_personal_members() => VerifyFix<PersonalDataExposedByToStringAnalyzer, ExcludePersonalMembersFromToStringCodeFixProvider>.Fix("""
        public record {|DG1007:Citizen|}(string NationalId, string CaseNo, int Age);
        """, """
        public record Citizen(string NationalId, string CaseNo, int Age)
        {
            protected virtual bool PrintMembers(System.Text.StringBuilder builder)
            {
                builder.Append("CaseNo = ");
                builder.Append(CaseNo);
                builder.Append(", Age = ");
                builder.Append(Age);
                return true;
            }
        }
        """);

    [Fact]
    public Task Sealed_record_and_record_struct_get_private_PrintMembers() => VerifyFix<PersonalDataExposedByToStringAnalyzer, ExcludePersonalMembersFromToStringCodeFixProvider>.Fix("""
        public sealed record {|DG1007:Contact|}
        {
            public string Phone { get; init; } = "";
            public string Status { get; init; } = "";
        }

        public record struct {|DG1007:Plate|}(string PlateNumber);
        """, """
        public sealed record Contact
        {
            public string Phone { get; init; } = "";
            public string Status { get; init; } = "";

            private bool PrintMembers(System.Text.StringBuilder builder)
            {
                builder.Append("Status = ");
                builder.Append(Status);
                return true;
            }
        }

        public record struct Plate(string PlateNumber)
        {
            private bool PrintMembers(System.Text.StringBuilder builder)
            {
                return false;
            }
        }
        """, iterations: 2);

    [Fact]
    public Task Fixing_the_base_record_fixes_records_that_only_inherit() => VerifyFix<PersonalDataExposedByToStringAnalyzer, ExcludePersonalMembersFromToStringCodeFixProvider>.Fix("""
        public record {|DG1007:Person|}(string FullName, string CaseNo);
        public record {|DG1007:Suspect|}(string FullName, string CaseNo, string Charge) : Person(FullName, CaseNo);
        """, """
        public record Person(string FullName, string CaseNo)
        {
            protected virtual bool PrintMembers(System.Text.StringBuilder builder)
            {
                builder.Append("CaseNo = ");
                builder.Append(CaseNo);
                return true;
            }
        }
        public record Suspect(string FullName, string CaseNo, string Charge) : Person(FullName, CaseNo);
        """, iterations: 1);

    [Fact]
    public Task Derived_record_with_its_own_personal_member_overrides_PrintMembers() => VerifyFix<PersonalDataExposedByToStringAnalyzer, ExcludePersonalMembersFromToStringCodeFixProvider>.Fix("""
        public record {|DG1007:Person|}(string FullName, string CaseNo);
        public record {|DG1007:Suspect|}(string FullName, string CaseNo, string Phone) : Person(FullName, CaseNo);
        """, """
        public record Person(string FullName, string CaseNo)
        {
            protected virtual bool PrintMembers(System.Text.StringBuilder builder)
            {
                builder.Append("CaseNo = ");
                builder.Append(CaseNo);
                return true;
            }
        }
        public record Suspect(string FullName, string CaseNo, string Phone) : Person(FullName, CaseNo)
        {
            protected override bool PrintMembers(System.Text.StringBuilder builder)
            {
                builder.Append("CaseNo = ");
                builder.Append(CaseNo);
                return true;
            }
        }
        """, iterations: 2);
}
