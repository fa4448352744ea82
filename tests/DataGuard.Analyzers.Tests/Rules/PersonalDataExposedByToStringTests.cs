using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules;

public class PersonalDataExposedByToStringTests
{
    private static Task Run(string code, string? editorConfig = null)
        => Verify<PersonalDataExposedByToStringAnalyzer>.Analyzer(TestCode.Usings + code, editorConfig);

    // ----- reported -----

    [Fact]
    public Task Positional_record_is_reported() => Run("""
        public record {|DG1007:Citizen|}(string NationalId, string CaseNo);
        """);

    [Fact]
    public Task Record_of_the_payer_is_reported() => Run("""
        public record {|DG1007:PayerInfo|}(string PayerName, string PayerReference);
        """);

    [Fact]
    public Task Record_of_the_payee_merchant_is_not_reported() => Run("""
        public record PayeeInfo(string PayeeId, string PayeeName, string PayeeReference, string OrderReference);
        public record MerchantContact(string CompanyEmail, string SupportPhone, string StoreAddress);
        """);

    /// <summary>Round 27's patient records: a home address in parts (street, number, postal code, city) and a national registry number.</summary>
    [Fact]
    public Task Address_in_parts_and_a_national_registry_number_are_reported() => Run("""
        public record {|DG1007:AddressDTO|}(string Country, string City, string PostalCode, string StreetName, string Number);
        public record {|DG1007:PatientKey|}(int Id, string NationalRegistryNumber);
        """);

    /// <summary>A city with its postal code, or a street with no postal code and town, is no one's address.</summary>
    [Fact]
    public Task Partial_address_parts_are_not_reported() => Run("""
        public record CityArea(string City, string PostalCode, string Country);
        public record Route(string StreetName, string Number, int Length);
        """);

    [Fact]
    public Task Body_record_is_reported() => Run("""
        public record {|DG1007:Contact|} { public string Phone { get; init; } = ""; public int Id { get; init; } }
        """);

    [Fact]
    public Task Record_struct_is_reported() => Run("""
        public readonly record struct {|DG1007:Plate|}(string PlateNumber);
        """);

    [Fact]
    public Task Derived_record_inheriting_personal_members_is_reported() => Run("""
        public record {|DG1007:Person|}(string FullName);
        public record {|DG1007:Suspect|}(string FullName, string CaseNo) : Person(FullName);
        """);

    [Fact]
    public Task Class_ToString_override_using_personal_members_is_reported() => Run("""
        public class {|DG1007:Citizen|} { public string NationalId { get; set; } = ""; public override string ToString() => $"Citizen {NationalId}"; }
        """);

    [Fact]
    public Task Record_ToString_override_using_personal_members_is_reported() => Run("""
        public record {|DG1007:Driver|}(string DriverName, string LicenseNo) { public override string ToString() => DriverName; }
        """);

    [Fact]
    public Task DebuggerDisplay_with_personal_members_is_reported() => Run("""
        [System.Diagnostics.DebuggerDisplay("{FullName} ({CaseNo})")]
        public class {|DG1007:Witness|} { public string FullName { get; set; } = ""; public string CaseNo { get; set; } = ""; }
        """);

    [Fact]
    public Task Chinese_members_are_reported() => Run("""
        public record {|DG1007:民眾|}(string 姓名, string 電話, string 案號);
        """);

    [Fact]
    public Task Attribute_on_positional_parameter_is_reported() => Run("""
        public record {|DG1007:Applicant|}([PersonalField] string Code, int Year);
        """);

    [Fact]
    public Task Attribute_on_a_constructor_parameter_in_another_part_is_reported() => Run("""
        public partial record {|DG1007:Applicant|} { public string Code { get; init; } = ""; }
        public partial record Applicant { public Applicant([PersonalField] string Code) { this.Code = Code; } }
        """);

    [Fact]
    public Task PrintMembers_override_printing_personal_members_is_reported() => Run("""
        public record {|DG1007:Victim|}(string VictimName, string CaseNo)
        {
            protected virtual bool PrintMembers(StringBuilder builder) { builder.Append("Name = ").Append(VictimName); return true; }
        }
        """);

    [Fact]
    public Task Struct_ToString_is_reported() => Run("""
        public struct {|DG1007:Caller|} { public string Phone; public override string ToString() => "Caller " + Phone; }
        """);

    [Fact]
    public Task Record_public_field_is_reported() => Run("""
        public record {|DG1007:Notice|} { public string Email = ""; }
        """);

    [Fact]
    public Task ToString_using_string_format_is_reported() => Run("""
        public class {|DG1007:Owner|} { public string OwnerName { get; set; } = ""; public override string ToString() => string.Format("Owner {0}", OwnerName); }
        """);

    [Fact]
    public Task ToString_using_StringBuilder_is_reported() => Run("""
        public class {|DG1007:Resident|}
        {
            public string HomeAddress { get; set; } = "";
            public override string ToString() { var sb = new StringBuilder(); sb.Append("At ").Append(HomeAddress); return sb.ToString(); }
        }
        """);

    [Fact]
    public Task Identity_attribute_is_reported() => Run("""
        public record {|DG1007:Account|} { [Microsoft.AspNetCore.Identity.PersonalData] public string Nick { get; init; } = ""; }
        """);

    [Fact]
    public Task Private_personal_field_used_by_explicit_ToString_is_reported() => Run("""
        public class {|DG1007:Ticket|} { private readonly string _phone = ""; public override string ToString() => "Ticket for " + _phone; }
        """);

    [Fact]
    public Task Record_printing_a_nested_record_with_personal_members_is_reported() => Run("""
        public sealed record {|DG1007:SuspectInfo|}(string FullName, string NationalId);
        public sealed record {|DG1007:CaseSnapshot|}(string CaseNo, SuspectInfo Suspect);
        """);

    [Fact]
    public Task DebuggerDisplay_naming_a_private_formatting_property_is_reported() => Run("""
        [System.Diagnostics.DebuggerDisplay("{DebuggerDisplay,nq}")]
        public sealed class {|DG1007:Complainant|}
        {
            public string CaseNo { get; set; } = "";
            public string Mobile { get; set; } = "";
            private string DebuggerDisplay => $"{CaseNo} / {Mobile}";
        }
        """);

    // ----- not reported -----

    [Fact]
    public Task Record_with_a_list_of_personal_records_is_not_reported() => Run("""
        public sealed record {|DG1007:SuspectInfo|}(string FullName);
        public sealed record CaseList(string Unit, System.Collections.Generic.List<SuspectInfo> Suspects);
        """);

    [Fact]
    public Task Record_with_collections_of_personal_values_is_not_reported() => Run("""
        public sealed record ErrorReport(string Message, System.Collections.Generic.List<string> PhoneNumbers, string[] Emails)
        {
            public System.Collections.Generic.Dictionary<string, string> RequestCookies { get; init; } = new();
            public System.Collections.Specialized.NameValueCollection Form { get; init; } = new();
        }
        """);

    [Fact]
    public Task DebuggerDisplay_property_printing_no_personal_members_is_not_reported() => Run("""
        [System.Diagnostics.DebuggerDisplay("{DebuggerDisplay,nq}")]
        public sealed class Patrol
        {
            public string Route { get; set; } = "";
            public string LeaderMobile { get; set; } = "";
            private string DebuggerDisplay => $"Patrol {Route}";
        }
        """);

    [Fact]
    public Task Record_with_ToString_override_without_personal_members_is_not_reported() => Run("""
        public record Citizen(string NationalId, string CaseNo) { public override string ToString() => $"Citizen {CaseNo}"; }
        """);

    [Fact]
    public Task Record_with_PrintMembers_override_without_personal_members_is_not_reported() => Run("""
        public record Citizen(string NationalId, string CaseNo)
        {
            protected virtual bool PrintMembers(StringBuilder builder) { builder.Append("CaseNo = ").Append(CaseNo); return true; }
        }
        """);

    [Fact]
    public Task Private_personal_members_are_not_printed_by_records() => Run("""
        public record Case(string CaseNo) { private string Phone { get; init; } = ""; }
        """);

    [Fact]
    public Task Static_personal_members_are_not_printed_by_records() => Run("""
        public record Case(string CaseNo) { public static string Email { get; set; } = ""; }
        """);

    [Fact]
    public Task Class_without_ToString_is_not_reported() => Run("""
        public class Citizen { public string NationalId { get; set; } = ""; }
        """);

    [Fact]
    public Task Look_alike_names_are_not_reported() => Run("""
        public record Device(string PhoneModel, string EmailTemplateId, string IdNumberFormat, bool TelemetryEnabled);
        """);

    [Fact]
    public Task Masked_ToString_is_not_reported() => Run("""
        public class Citizen { public string NationalId { get; set; } = ""; public override string ToString() => $"Citizen {Masking.Mask(NationalId)}"; }
        """);

    [Fact]
    public Task DebuggerDisplay_without_personal_members_is_not_reported() => Run("""
        [System.Diagnostics.DebuggerDisplay("{CaseNo}")]
        public class Case { public string CaseNo { get; set; } = ""; public string Phone { get; set; } = ""; }
        """);

    [Fact]
    public Task Record_without_personal_members_is_not_reported() => Run("""
        public record Case(string CaseNo, int Year, string Status);
        """);

    [Fact]
    public Task Derived_record_of_a_sealed_safe_ToString_is_not_reported() => Run("""
        public record Person(string CaseNo) { public sealed override string ToString() => CaseNo; }
        public record Suspect(string CaseNo, string FullName) : Person(CaseNo);
        """);

    [Fact]
    public Task Flags_with_personal_words_are_not_reported() => Run("""
        public record Options(bool HasPhone, int PhoneCount);
        """);

    [Fact]
    public Task ToString_using_derived_values_is_not_reported() => Run("""
        public class Citizen { public string NationalId { get; set; } = ""; public override string ToString() => $"ID of length {NationalId.Length}"; }
        """);

    [Fact]
    public Task Ignored_name_is_not_reported() => Run("""
        public record Vehicle(string VehicleNo);
        """, "dataguard.ignored_names = VehicleNo");

    [Fact]
    public Task Protected_personal_member_is_not_printed() => Run("""
        public record Case(string CaseNo) { protected string Phone { get; init; } = ""; }
        """);

    [Fact]
    public Task Seeders_own_records_are_not_reported() => Run("""
        public static class DataSeeder
        {
            private record PatientProfileData(string FullName, string Email, string EmergencyPhone);
            public record UserSeedData(string FullName, string Email, string Phone);
        }
        """);

    [Fact]
    public Task Public_record_beside_a_seeder_is_reported() => Run("""
        public static class DataSeeder
        {
            public record {|DG1007:PatientProfile|}(string FullName, string Email, string EmergencyPhone);
        }
        public class Clinic
        {
            private record {|DG1007:Visitor|}(string FullName, string Phone);
        }
        """);

    [Fact]
    public Task Interface_is_not_reported() => Run("""
        public interface ICitizen { string NationalId { get; } }
        """);

    [Fact]
    public Task Enum_is_not_reported() => Run("""
        public enum PhoneKind { Mobile, Landline }
        """);
}
