using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules;

public class PersonalDataInExceptionMessageTests
{
    private static Task Run(string body, string? editorConfig = null)
        => Verify<PersonalDataInExceptionMessageAnalyzer>.Analyzer(TestCode.Wrap(body), editorConfig);

    // ----- reported -----

    [Fact]
    public Task Guard_clause_of_constants_beside_a_personal_message_in_the_same_body_is_reported() => Run("""
        void M(Citizen citizen, string? phone)
        {
            if (phone is null) throw new ArgumentNullException(nameof(phone));
            if (phone.Length == 0) throw new ArgumentException("Empty", nameof(phone), null);
            throw {|DG1006:new InvalidOperationException("Unknown phone " + phone + " for " + citizen.NationalId)|};
        }
        """);

    [Fact]
    public Task Custom_exception_built_from_a_constant_and_a_personal_value_is_reported() => Run("""
        class NotFoundException : Exception { public NotFoundException(string name, object key) : base($"{name} ({key}) was not found") { } }
        void M(Citizen citizen) { throw {|DG1006:new NotFoundException("Citizen", citizen.NationalId)|}; }
        """);

    [Fact]
    public Task Method_named_like_a_person_with_a_value_parameter_is_reported() => Run("""
        string GetCitizenFullName(Type kind, int id) => "";
        void M(int id) { throw {|DG1006:new InvalidOperationException("No record for " + GetCitizenFullName(typeof(Citizen), id))|}; }
        """);

    [Fact]
    public Task Throw_new_with_personal_message_is_reported() => Run("""
        void M(Citizen citizen) { throw {|DG1006:new InvalidOperationException($"Citizen {citizen.NationalId} not found")|}; }
        """);

    [Fact]
    public Task Throw_expression_is_reported() => Run("""
        string M(Citizen citizen, string? found) => found ?? throw {|DG1006:new KeyNotFoundException("No record for " + citizen.Phone)|};
        """);

    [Fact]
    public Task Coalesce_throw_in_assignment_is_reported() => Run("""
        void M(Dictionary<string, string> index, string nationalId) { var value = index.GetValueOrDefault(nationalId) ?? throw {|DG1006:new KeyNotFoundException(nationalId)|}; }
        """);

    [Fact]
    public Task Argument_exception_message_is_reported() => Run("""
        void M(string phoneNumber) { throw {|DG1006:new ArgumentException($"Invalid phone {phoneNumber}", nameof(phoneNumber))|}; }
        """);

    [Fact]
    public Task Inner_exception_constructor_is_reported() => Run("""
        void M(Citizen citizen, Exception inner) { throw {|DG1006:new InvalidOperationException("Lookup failed for " + citizen.FullName, inner)|}; }
        """);

    [Fact]
    public Task Actual_value_of_ArgumentOutOfRangeException_is_reported() => Run("""
        void M(DateTime birthDate) { throw {|DG1006:new ArgumentOutOfRangeException(nameof(birthDate), birthDate, "Too old")|}; }
        """);

    [Fact]
    public Task Base_constructor_initializer_is_reported() => Run("""
        class CitizenNotFoundException : Exception
        {
            public CitizenNotFoundException(string nationalId) {|DG1006:: base($"Citizen {nationalId} not found")|} { }
        }
        """);

    [Fact]
    public Task Message_in_a_local_is_reported() => Run("""
        void M(Citizen citizen) { var message = "Bad data: " + citizen.Phone; throw {|DG1006:new FormatException(message)|}; }
        """);

    [Fact]
    public Task String_format_message_is_reported() => Run("""
        void M(Citizen citizen) { throw {|DG1006:new InvalidOperationException(string.Format("ID {0}", citizen.NationalId))|}; }
        """);

    [Fact]
    public Task Record_in_message_is_reported() => Run("""
        record Person(string FullName, int Age);
        void M(Person p) { throw {|DG1006:new InvalidOperationException($"Bad person {p}")|}; }
        """);

    [Fact]
    public Task Message_built_by_a_helper_is_reported() => Run("""
        static string Describe(string id) => "citizen " + id;
        void M(Citizen citizen) { throw {|DG1006:new InvalidOperationException(Describe(citizen.NationalId))|}; }
        """);

    [Fact]
    public Task Exception_created_and_returned_is_reported() => Run("""
        Exception M(Citizen citizen) => {|DG1006:new InvalidOperationException("Phone " + citizen.Phone)|};
        """);

    [Fact]
    public Task Throw_in_a_switch_expression_arm_is_reported() => Run("""
        int M(Citizen citizen, int kind) => kind switch { 1 => 1, _ => throw {|DG1006:new NotSupportedException($"Kind for {citizen.FullName}")|} };
        """);

    [Fact]
    public Task Chinese_identifier_is_reported() => Run("""
        void M(string 身分證字號) { throw {|DG1006:new InvalidOperationException("查無此人：" + 身分證字號)|}; }
        """);

    [Fact]
    public Task Own_exception_message_parameter_is_reported() => Run("""
        class LookupException : Exception { public LookupException(string message) : base(message) { } }
        void M(Citizen citizen) { throw {|DG1006:new LookupException($"Lookup {citizen.NationalId}")|}; }
        """);

    [Fact]
    public Task Http_request_exception_is_reported() => Run("""
        void M(string email) { throw {|DG1006:new HttpRequestException("Mail lookup failed: " + email)|}; }
        """);

    [Fact]
    public Task StringBuilder_message_is_reported() => Run("""
        void M(Citizen citizen) { var sb = new StringBuilder(); sb.Append("Case ").Append(citizen.NationalId); throw {|DG1006:new InvalidOperationException(sb.ToString())|}; }
        """);

    [Fact]
    public Task Throw_helper_is_reported_at_the_call_site() => Run("""
        static Exception NotFound(string key) => new KeyNotFoundException($"No record for {key}");
        void M(Citizen citizen) { throw {|DG1006:NotFound(citizen.NationalId)|}; }
        void N(Citizen citizen) { throw NotFound(citizen.CaseNo); }
        """);

    [Fact]
    public Task Own_exception_building_its_message_from_a_key_parameter_is_reported() => Run("""
        class RecordNotFoundException : Exception
        {
            public RecordNotFoundException(string entity, object key) : base($"{entity} ({key}) was not found") { }
        }
        void M(Citizen citizen) { throw {|DG1006:new RecordNotFoundException(nameof(Citizen), citizen.Phone)|}; }
        """);

    [Fact]
    public Task Key_passed_on_through_a_derived_exception_is_reported() => Run("""
        class RecordNotFoundException : Exception
        {
            public RecordNotFoundException(string entity, object key) : base(entity + " " + key + " is missing") { }
        }
        class ContactNotFoundException : RecordNotFoundException
        {
            public ContactNotFoundException(object lookup) : base("Contact", lookup) { }
        }
        void M(Citizen citizen) { throw {|DG1006:new ContactNotFoundException(citizen.FullName)|}; }
        """);

    [Fact]
    public Task Primary_constructor_exception_building_its_message_from_a_key_is_reported() => Run("""
        class RecordMissingException(string entity, object key) : Exception($"{entity} ({key}) was not found");
        void M(Citizen citizen) { throw {|DG1006:new RecordMissingException(nameof(Citizen), citizen.Phone)|}; }
        """);

    [Fact]
    public Task Key_passed_on_through_a_primary_constructor_is_reported() => Run("""
        class RecordMissingException(string entity, object key) : Exception(entity + " " + key + " is missing");
        class ContactMissingException(object lookup) : RecordMissingException("Contact", lookup);
        void M(Citizen citizen) { throw {|DG1006:new ContactMissingException(citizen.FullName)|}; }
        """);

    [Fact]
    public Task Personal_parameter_of_a_primary_constructor_in_the_message_is_reported_inside() => Run("""
        class CitizenMissingException(string nationalId) : {|DG1006:Exception($"Citizen {nationalId} not found")|};
        """);

    // ----- not reported -----

    [Fact]
    public Task Exceptions_made_of_constants_alone_are_not_reported() => Run("""
        class NotFoundException : Exception { public NotFoundException(string name, object key) : base($"{name} ({key}) was not found") { } }
        void M(Citizen citizen, string? phone)
        {
            if (phone is null) throw new ArgumentNullException(nameof(phone));
            if (citizen.Age < 0) throw new ArgumentOutOfRangeException(nameof(citizen), -1, "Negative age");
            if (citizen.Age > 150) throw new NotFoundException("Citizen", 42);
            throw new InvalidOperationException();
        }
        """);

    [Fact]
    public Task Primary_constructor_keeping_a_key_out_of_its_message_is_not_reported() => Run("""
        class RecordMissingException(string entity, object key) : Exception($"{entity} was not found") { public object Key { get; } = key; }
        void M(Citizen citizen) { throw new RecordMissingException(nameof(Citizen), citizen.Phone); }
        """);

    [Fact]
    public Task Primary_constructor_with_a_constant_message_is_not_reported() => Run("""
        class SignInRefusedException(string email) : Exception("Sign-in refused") { public string Email { get; } = email; }
        void M(Citizen citizen) { throw new SignInRefusedException(citizen.Phone); }
        """);

    [Fact]
    public Task Own_exception_keeping_a_key_out_of_its_message_is_not_reported() => Run("""
        class RecordNotFoundException : Exception
        {
            public RecordNotFoundException(string entity, object key) : base($"{entity} was not found") { Key = key; }
            public object Key { get; }
        }
        void M(Citizen citizen) { throw new RecordNotFoundException(nameof(Citizen), citizen.Phone); }
        """);

    [Fact]
    public Task Own_exception_with_a_non_personal_key_is_not_reported() => Run("""
        class RecordNotFoundException : Exception
        {
            public RecordNotFoundException(string entity, object key) : base($"{entity} ({key}) was not found") { }
        }
        void M(Citizen citizen) { throw new RecordNotFoundException(nameof(Citizen), citizen.CaseNo); }
        """);

    [Fact]
    public Task Personal_parameter_of_own_exception_is_reported_once_inside() => Run("""
        class CitizenNotFoundException : Exception
        {
            public CitizenNotFoundException(string nationalId) {|DG1006:: base($"Citizen {nationalId} not found")|} { }
        }
        void M(Citizen citizen) { throw new CitizenNotFoundException(citizen.NationalId); }
        """);

    [Fact]
    public Task Method_named_like_a_person_that_reads_only_reflection_metadata_is_not_reported() => Run("""
        static string GetClrTypeFullName(Type type) => type.FullName ?? type.Name;
        static string MemberFullName(System.Reflection.MemberInfo member, Type owner) => owner.Name + "." + member.Name;
        void M(Type type, System.Reflection.PropertyInfo property)
        {
            throw new InvalidOperationException("Invalid attribute on " + GetClrTypeFullName(type) + ", " + MemberFullName(property, type));
        }
        """);

    [Fact]
    public Task Masked_message_is_not_reported() => Run("""
        void M(Citizen citizen) { throw new InvalidOperationException($"Citizen {Masking.Mask(citizen.NationalId)} not found"); }
        """);

    [Fact]
    public Task Parameter_name_is_not_the_message() => Run("""
        void M(string nationalId) { throw new ArgumentNullException(nameof(nationalId)); }
        """);

    [Fact]
    public Task Argument_exception_with_constant_message_is_not_reported() => Run("""
        void M(string nationalId) { throw new ArgumentException("Invalid national ID format", nameof(nationalId)); }
        """);

    [Fact]
    public Task Derived_values_are_not_reported() => Run("""
        void M(Citizen citizen) { throw new FormatException($"ID has {citizen.NationalId.Length} characters; empty: {string.IsNullOrEmpty(citizen.Phone)}"); }
        """);

    [Fact]
    public Task Non_personal_members_are_not_reported() => Run("""
        void M(Citizen citizen) { throw new InvalidOperationException($"Case {citizen.CaseNo} for age {citizen.Age} is closed"); }
        """);

    [Fact]
    public Task Own_exception_with_constant_base_message_is_not_reported() => Run("""
        class CitizenNotFoundException : Exception
        {
            public CitizenNotFoundException(string nationalId) : base("Citizen not found") { NationalId = nationalId; }
            public string NationalId { get; }
        }
        void M(Citizen citizen) { throw new CitizenNotFoundException(citizen.NationalId); }
        """);

    [Fact]
    public Task Hashed_value_is_not_reported() => Run("""
        void M(Citizen citizen) { throw new InvalidOperationException("Key " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(citizen.NationalId)))); }
        """);

    [Fact]
    public Task Look_alike_names_are_not_reported() => Run("""
        void M(string phoneModel, string idNumberFormat) { throw new NotSupportedException($"{phoneModel} uses {idNumberFormat}"); }
        """);

    [Fact]
    public Task Out_of_range_without_actual_value_is_not_reported() => Run("""
        void M(int age) { throw new ArgumentOutOfRangeException(nameof(age)); }
        """);

    [Fact]
    public Task Ignored_name_is_not_reported() => Run("""
        void M(string carNo) { throw new InvalidOperationException("Unknown " + carNo); }
        """, "dataguard.ignored_names = CarNo");

    [Fact]
    public Task Count_is_not_reported() => Run("""
        void M(List<Citizen> all) { throw new InvalidOperationException($"{all.Count} citizens matched"); }
        """);

    [Fact]
    public Task Masked_reassignment_is_not_reported() => Run("""
        void M(Citizen citizen) { var id = citizen.NationalId; id = Masking.MaskNationalId(id); throw new InvalidOperationException("Unknown " + id); }
        """);

    [Fact]
    public Task Class_object_in_message_is_not_reported() => Run("""
        void M(Citizen citizen) { throw new InvalidOperationException($"Bad {citizen}"); }
        """);

    [Fact]
    public Task Personal_data_in_a_condition_is_not_reported() => Run("""
        void M(Citizen citizen) { if (citizen.NationalId.StartsWith("Z")) throw new InvalidOperationException("Unsupported region"); }
        """);

    [Fact]
    public Task Exception_data_is_not_the_message() => Run("""
        void M(Citizen citizen, Exception inner) { throw new InvalidOperationException("Lookup failed", inner); }
        """);
}
