using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Sources;

/// <summary>
/// Names suggest, types decide: a personal name makes a symbol personal only when it can hold a person's data (a string,
/// number, date, char span, a value object, or a type with personal members), not on constants, static read-only
/// identifiers, enum members, tag/key/column/descriptor objects or expression-tree member selectors.
/// </summary>
public class TypeAndKindDecideTests
{
    private static Task Exception(string body) => Verify<PersonalDataInExceptionMessageAnalyzer>.Analyzer(TestCode.Wrap(body));

    private static Task Logged(string body) => Verify<PersonalDataLoggedAnalyzer>.Analyzer(TestCode.Wrap(body));

    /// <summary>fo-dicom's shape: a tag class with static read-only instances named for what they identify.</summary>
    private const string DicomTag = """
        }
        public sealed class DicomTag
        {
            public DicomTag(ushort group, ushort element) { Group = group; Element = element; }
            public ushort Group { get; }
            public ushort Element { get; }
            public static readonly DicomTag PatientName = new(0x0010, 0x0010);
            public static readonly DicomTag PatientBirthDate = new(0x0010, 0x0030);
            public override string ToString() => $"({Group:X4},{Element:X4})";
        }
        class D
        {
        """;

    // ----- silent -----

    [Fact]
    public Task Static_readonly_tag_object_is_not_personal() => Exception(DicomTag + """
        void M() { throw new InvalidOperationException($"Tag {DicomTag.PatientName} missing, and {DicomTag.PatientBirthDate}"); }
        """);

    [Fact]
    public Task Local_holding_a_tag_object_is_not_personal() => Exception(DicomTag + """
        void M() { var patientName = DicomTag.PatientName; throw new InvalidOperationException("Missing " + patientName); }
        """);

    [Fact]
    public Task Const_claim_type_string_is_not_personal() => Exception("""
        const string EmailClaim = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress";
        static class ClaimNames { public const string Email = "email"; public const string PhoneNumber = "phone_number"; }
        void M() { throw new InvalidOperationException("Claim " + EmailClaim + " or " + ClaimNames.Email + ClaimNames.PhoneNumber + " missing"); }
        """);

    [Fact]
    public Task Column_and_field_definitions_are_not_personal() => Logged("""
        sealed class Column { public Column(string name, int width) { Name = name; Width = width; } public string Name { get; } public int Width { get; } public override string ToString() => Name; }
        static class Columns { public static readonly Column Email = new("email", 40); public static Column Phone { get; } = new("phone", 20); }
        static class Fields { public static readonly string Phone = "phone"; public static string FullName => "full_name"; }
        void M() { _logger.LogInformation("Columns {A} {B} {C} {D}", Columns.Email, Columns.Phone, Fields.Phone, Fields.FullName); }
        """);

    [Fact]
    public Task Enum_member_is_not_personal() => Logged("""
        enum Field { NationalId, Phone, Email }
        void M() { _logger.LogInformation("Field {Field} {Other}", Field.Phone, Field.NationalId.ToString()); }
        """);

    [Fact]
    public Task Resource_key_property_is_not_personal() => Logged("""
        static class Resources { public static string Email => System.Globalization.CultureInfo.CurrentUICulture.Name + ".Email"; public static string PhoneNumber { get { return "Phone number"; } } }
        void M() { _logger.LogInformation(Resources.Email + Resources.PhoneNumber); }
        """);

    [Fact]
    public Task Expression_tree_member_selector_is_not_personal() => Logged("""
        class Builder<T> { public Builder<T> Property<P>(System.Linq.Expressions.Expression<Func<T, P>> selector) => this; public override string ToString() => ""; }
        void M(Builder<Citizen> entity) { var b = entity.Property(x => x.Phone).Property(x => x.NationalId); _logger.LogInformation("Configured {B}", b); }
        """);

    [Fact]
    public Task Nameof_a_personal_member_is_not_personal() => Exception("""
        void M(Citizen citizen) { throw new ArgumentException("Required", nameof(citizen.Phone) + nameof(Citizen.NationalId)); }
        """);

    [Fact]
    public Task Descriptor_object_property_is_not_personal() => Logged("""
        sealed class FieldDefinition { public string Label { get; set; } = ""; public int Order { get; set; } public override string ToString() => Label; }
        class Form { public FieldDefinition Email { get; } = new(); public FieldDefinition PhoneNumber { get; } = new(); }
        void M(Form form) { _logger.LogInformation("Fields {A} {B}", form.Email, form.PhoneNumber); }
        """);

    // ----- reported -----

    [Fact]
    public Task Instance_string_with_a_personal_name_is_still_personal() => Exception(DicomTag + """
        class Patient { public string PatientName { get; set; } = ""; }
        void M(Patient p) { throw {|DG1006:new InvalidOperationException("Unknown " + p.PatientName)|}; }
        """);

    [Fact]
    public Task Value_object_wrapping_one_string_is_personal() => Logged("""
        sealed class EmailAddress { private readonly string _value; public EmailAddress(string value) { _value = value; } public override string ToString() => _value; }
        class Customer { public EmailAddress Email { get; set; } = new(""); }
        void M(Customer c) { {|DG1001:_logger.LogInformation("Mail {Email}", c.Email)|}; }
        """);

    [Fact]
    public Task Struct_with_a_personal_name_is_personal() => Logged("""
        readonly struct PhoneNumber { public PhoneNumber(string digits) { Digits = digits; } public string Digits { get; } }
        class Customer { public PhoneNumber Phone { get; set; } }
        void M(Customer c) { {|DG1001:_logger.LogInformation("Phone {Phone}", c.Phone)|}; }
        """);

    [Fact]
    public Task Char_span_with_a_personal_name_is_personal() => Logged("""
        ReadOnlySpan<char> NationalId(string s) => s.AsSpan();
        void M(string s) { {|DG1001:_logger.LogInformation("Id {Id}", NationalId(s).ToString())|}; }
        """);

    [Fact]
    public Task Mutable_static_string_field_is_personal() => Logged("""
        static string s_lastCallerPhone = "";
        void M() { {|DG1001:_logger.LogInformation("Last {Phone}", s_lastCallerPhone)|}; }
        """);

    [Fact]
    public Task Delegate_lambda_reading_a_member_still_carries_it() => Logged("""
        void M(Citizen c) { Func<string> read = () => c.Phone; {|DG1001:_logger.LogInformation("Phone {Phone}", read())|}; }
        """);
}
