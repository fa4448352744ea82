using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Round 25's healthgateway: the name of a platform's identifier that the compilation's own person record declares
/// (<c>PatientIdentity.HdId</c> beside names and a birth date) is that person's identifier wherever it travels — a
/// <c>string hdid</c> parameter, another record's <c>ProfileHdid</c> or <c>SubjectHdid</c>. The same names with no person
/// record declaring them, and the identifiers of other records (an order's <c>OrderId</c> beside its customer's name), are not.
/// </summary>
public class PersonIdentifierTravelsTests
{
    private const string Usings = """
        using System;
        using Microsoft.Extensions.Logging;

        """;

    private const string PersonRecord = """

        public class PatientIdentity
        {
            public string? HdId { get; set; }
            public string? FirstName { get; set; }
            public string? LastName { get; set; }
            public DateTime BirthDate { get; set; }
        }
        """;

    private const string OtherRecords = """

        public class UserComment { public string ProfileHdid { get; set; } = ""; public string Text { get; set; } = ""; }
        public class Delegation { public string SubjectHdid { get; set; } = ""; public DateTime ExpiresOn { get; set; } }
        public class CustomerOrder
        {
            public string OrderId { get; set; } = "";
            public string CustomerFirstName { get; set; } = "";
            public string CustomerLastName { get; set; } = "";
        }
        """;

    private static Task Run(string body, string models) => LibraryLeakTest.Run(Usings + body + models);

    private static string Logged(string parameters, string expression) => $$"""
        class ProfileDelegate
        {
            private readonly ILogger<ProfileDelegate> _logger = null!;

            void Handle({{parameters}})
            {
                LOG;
            }
        }
        """.Replace("LOG", expression);

    [Fact]
    public Task Identifier_parameter_named_for_a_person_records_identifier_is_reported()
        => Run(Logged("string hdid", "{|DG1001:_logger.LogDebug(\"Getting user profile for {Hdid}\", hdid)|}"), PersonRecord + OtherRecords);

    [Fact]
    public Task Members_of_other_records_ending_with_that_identifier_are_reported()
        => Run(Logged("UserComment comment, Delegation delegation", """
            {|DG1001:_logger.LogInformation("Comment by {Hdid}", comment.ProfileHdid)|};
            {|DG1001:_logger.LogInformation("Delegation of {Hdid}", delegation.SubjectHdid)|}
            """), PersonRecord + OtherRecords);

    [Fact]
    public Task The_same_names_are_not_reported_when_no_person_record_declares_the_identifier()
        => Run(Logged("string hdid, UserComment comment", """
            _logger.LogDebug("Getting user profile for {Hdid}", hdid);
            _logger.LogInformation("Comment by {Hdid}", comment.ProfileHdid)
            """), OtherRecords + """

            public class HdidLookup { public string HdId { get; set; } = ""; public DateTime RequestedOn { get; set; } }
            """);

    [Fact]
    public Task Identifier_of_a_record_that_is_not_a_person_is_not_learned()
        => Run(Logged("string orderId, CustomerOrder order", """
            _logger.LogInformation("Order {OrderId} shipped", orderId);
            _logger.LogInformation("Order {OrderId} paid", order.OrderId)
            """), PersonRecord + OtherRecords);

    /// <summary>
    /// The police sample's shapes (round 27): a person record keyed by the case it belongs to, pointing at a dispute, a file
    /// and a booking, and holding its precinct. None of those numbers the person, so none is learned, while its <c>HdId</c> is.
    /// </summary>
    private const string RecordPointingAtOtherThings = """

        public class Suspect
        {
            [System.ComponentModel.DataAnnotations.Key] public string CaseNumber { get; set; } = "";
            [System.ComponentModel.DataAnnotations.MaxLength(20)] public string SuspectDisputeNo { get; set; } = "";
            public required string SuspectFileNumber { get; init; }
            public required string SuspectBookingId { get; init; }
            public required string Precinct { get; init; }
            public string? HdId { get; set; }
            public string FirstName { get; set; } = "";
            public string LastName { get; set; } = "";
            public DateTime BirthDate { get; set; }
        }
        """;

    [Fact]
    public Task Case_number_a_person_record_is_keyed_by_is_not_learned()
        => Run(Logged("string caseNumber, string referenceCaseNumber", """
            _logger.LogInformation("Case {CaseNumber} summarised", caseNumber);
            _logger.LogInformation("Case {CaseNumber} referenced", referenceCaseNumber)
            """), RecordPointingAtOtherThings);

    [Fact]
    public Task Numbers_of_other_things_and_one_word_members_of_a_person_record_are_not_learned()
        => Run(Logged("string suspectDisputeNo, string suspectFileNumber, string suspectBookingId, string precinct", """
            _logger.LogInformation("Dispute {DisputeNo}", suspectDisputeNo);
            _logger.LogInformation("File {FileNumber}", suspectFileNumber);
            _logger.LogInformation("Booking {BookingId}", suspectBookingId);
            _logger.LogInformation("Precinct {Precinct}", precinct)
            """), RecordPointingAtOtherThings);

    [Fact]
    public Task The_subjects_identifier_is_still_learned_beside_the_numbers_of_other_things()
        => Run(Logged("string hdid, string caseNumber", """
            {|DG1001:_logger.LogDebug("Getting user profile for {Hdid}", hdid)|};
            _logger.LogInformation("Case {CaseNumber} summarised", caseNumber)
            """), RecordPointingAtOtherThings);

    /// <summary>
    /// Round 29: the types of a referenced assembly are passed over by their member names, read from metadata, when none is
    /// shaped like an identifier; a person record there (a class or a positional record) still teaches its identifier.
    /// </summary>
    private static Task RunWithLibrary(string body, string library) => LibraryLeakTest.RunWithLibrary(Usings + body, "using System;\n" + library);

    [Fact]
    public Task Identifier_declared_by_a_person_record_of_a_referenced_assembly_is_reported()
        => RunWithLibrary(Logged("string hdid, string mrn", """
            {|DG1001:_logger.LogDebug("Getting user profile for {Hdid}", hdid)|};
            {|DG1001:_logger.LogDebug("Chart {Mrn}", mrn)|}
            """), PersonRecord + """

            public record PatientCard(string MRN, string FirstName, string LastName, DateTime BirthDate);
            """);

    [Fact]
    public Task Referenced_assembly_without_a_person_record_declaring_the_identifier_teaches_nothing()
        => RunWithLibrary(Logged("string hdid, string orderId, string mrn", """
            _logger.LogDebug("Getting user profile for {Hdid}", hdid);
            _logger.LogInformation("Order {OrderId} shipped", orderId);
            _logger.LogDebug("Chart {Mrn}", mrn)
            """), OtherRecords + """

            public class HdidLookup { public string HdId { get; set; } = ""; public DateTime RequestedOn { get; set; } }
            public record Ward(string MRN, string Building, int Beds);
            public class SmsResource { public string Body { get; set; } = ""; public string To { get; set; } = ""; }
            """);

    /// <summary>
    /// Round 35: each assembly's identifiers are learned once per compilation and shared by every assembly that asks — the
    /// compilation for its parameters, a referenced assembly for its own records' members — without changing what each learns.
    /// </summary>
    [Fact]
    public Task Identifier_of_a_referenced_person_record_serves_the_compilations_parameters_and_the_referenced_records()
        => RunWithLibrary(Logged("string hdid, UserComment comment", """
            {|DG1001:_logger.LogDebug("Getting user profile for {Hdid}", hdid)|};
            {|DG1001:_logger.LogDebug("Comment by {ProfileHdid}", comment.ProfileHdid)|}
            """), PersonRecord + OtherRecords);

    [Fact]
    public Task Referenced_records_member_is_not_taught_by_a_person_record_only_the_compilation_declares()
        => RunWithLibrary(Logged("UserComment comment, string hdid", """
            _logger.LogDebug("Comment by {ProfileHdid}", comment.ProfileHdid);
            {|DG1001:_logger.LogDebug("Getting user profile for {Hdid}", hdid)|}
            """) + PersonRecord, OtherRecords);

    /// <summary>
    /// Round 37: a referenced type is read member by member only when the names of it and its base types could describe a
    /// person — a person's names on the base type, or an e-mail beside a plain name, still teach; an e-mail alone does not.
    /// </summary>
    [Fact]
    public Task Identifier_of_a_referenced_record_whose_base_type_holds_the_persons_names_is_reported()
        => RunWithLibrary(Logged("string hdid", """
            {|DG1001:_logger.LogDebug("Getting user profile for {Hdid}", hdid)|}
            """), """
            public class PersonBase { public string FirstName { get; set; } = ""; public string LastName { get; set; } = ""; public DateTime BirthDate { get; set; } }
            public class Enrolment : PersonBase { public string HdId { get; set; } = ""; }
            """);

    [Fact]
    public Task Identifier_of_a_referenced_record_with_an_email_beside_a_name_is_reported()
        => RunWithLibrary(Logged("string hdid", """
            {|DG1001:_logger.LogDebug("Getting user profile for {Hdid}", hdid)|}
            """), """
            public class Subscriber { public string HdId { get; set; } = ""; public string Email { get; set; } = ""; public string Name { get; set; } = ""; }
            """);

    [Fact]
    public Task Identifier_of_a_referenced_record_with_an_email_and_no_name_teaches_nothing()
        => RunWithLibrary(Logged("string hdid", """
            _logger.LogDebug("Getting user profile for {Hdid}", hdid)
            """), """
            public class Mailbox { public string HdId { get; set; } = ""; public string Email { get; set; } = ""; public int Quota { get; set; } }
            """);

    /// <summary>
    /// Round 30: a referenced assembly's member names are compared by their last characters before they are split into words;
    /// a snake_case identifier with a trailing separator still ends like one.
    /// </summary>
    [Fact]
    public Task Snake_case_identifier_of_a_referenced_person_record_is_reported()
        => RunWithLibrary(Logged("string hfNo", """
            {|DG1001:_logger.LogDebug("Card {HfNo}", hfNo)|}
            """), """
            public class Member { public string HF_NO_ { get; set; } = ""; public string FirstName { get; set; } = ""; public string LastName { get; set; } = ""; public DateTime BirthDate { get; set; } }
            """);

    [Fact]
    public Task Snake_case_identifier_of_a_referenced_record_of_no_person_teaches_nothing()
        => RunWithLibrary(Logged("string hfNo", """
            _logger.LogDebug("Card {HfNo}", hfNo)
            """), """
            public class Shelf { public string HF_NO_ { get; set; } = ""; public string Building { get; set; } = ""; public int Rows { get; set; } }
            """);
}
