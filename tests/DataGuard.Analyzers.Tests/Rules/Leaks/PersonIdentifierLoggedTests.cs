using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A platform's own number for a person (a health-file number, a member code) on a record about that person is that
/// person's identifier, logged alone or not; the same shapes on a record of an organisation, a record with no person's data,
/// a database key and numbers of other things are not.
/// </summary>
public class PersonIdentifierLoggedTests
{
    private const string Usings = """
        using System;
        using Microsoft.Extensions.Logging;

        """;

    private const string Models = """

        public class PatientRecord
        {
            public int Id { get; set; }
            public string HFID { get; set; } = "";
            public string FirstName { get; set; } = "";
            public DateTime? DateOfBirth { get; set; }
            public string OrderNo { get; set; } = "";
            public string CountryCode { get; set; } = "";
            public string PatientKeyId { get; set; } = "";
        }

        public class LabUploadEntry
        {
            public string HfId { get; set; } = "";
            public string Name { get; set; } = "";
            public string Email { get; set; } = "";
        }

        public class MemberCard
        {
            public string NhsNumber { get; set; } = "";
            public string Surname { get; set; } = "";
            public string WarrantNo { get; set; } = "";
            public string PrecinctCode { get; set; } = "";
        }

        public class ClinicBranchDto
        {
            public string HFID { get; set; } = "";
            public string ClinicName { get; set; } = "";
            public string Email { get; set; } = "";
            public string Phone { get; set; } = "";
        }

        public class HfidLookup
        {
            public string HFID { get; set; } = "";
        }
        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body + Models);

    private static string Logged(string parameter, string expression) => $$"""
        class PatientService
        {
            private readonly ILogger<PatientService> _logger = null!;

            void Handle({{parameter}})
            {
                LOG;
            }
        }
        """.Replace("LOG", expression);

    [Fact]
    public Task Upper_case_code_of_a_person_record_logged_alone_is_reported()
        => Run(Logged("PatientRecord patient", "{|DG1001:_logger.LogWarning(\"No user found for HFID {HFID}\", patient.HFID)|}"));

    [Fact]
    public Task Abbreviation_id_beside_a_name_and_an_email_is_reported()
        => Run(Logged("LabUploadEntry entry", "{|DG1001:_logger.LogInformation(\"Uploaded files for {HFID}\", entry.HfId)|}"));

    [Fact]
    public Task Abbreviation_number_of_a_record_with_a_surname_is_reported()
        => Run(Logged("MemberCard card", "{|DG1001:_logger.LogInformation(\"Card {NhsNumber} renewed\", card.NhsNumber)|}"));

    [Fact]
    public Task Number_named_for_a_document_or_a_place_is_not_reported()
        => Run(Logged("MemberCard card", "_logger.LogInformation(\"Warrant {WarrantNo} in {Precinct}\", card.WarrantNo, card.PrecinctCode)"));

    [Fact]
    public Task Order_number_and_country_code_of_a_person_record_are_not_reported()
        => Run(Logged("PatientRecord patient", "_logger.LogInformation(\"Order {OrderNo} from {Country}\", patient.OrderNo, patient.CountryCode)"));

    [Fact]
    public Task Database_key_of_a_person_record_is_not_reported()
        => Run(Logged("PatientRecord patient", "_logger.LogInformation(\"Saved {Id} ({Key})\", patient.Id, patient.PatientKeyId)"));

    [Fact]
    public Task Code_of_an_organisation_record_is_not_reported()
        => Run(Logged("ClinicBranchDto branch", "_logger.LogInformation(\"Branch created, HFID {HFID}\", branch.HFID)"));

    /// <summary>Round 26: the person record <c>PatientRecord</c> declares <c>HFID</c>, so the name is a person's identifier on any record (<see cref="PersonIdentifierTravelsTests"/>).</summary>
    [Fact]
    public Task Code_named_for_a_person_records_identifier_is_reported_on_a_record_without_a_persons_data()
        => Run(Logged("HfidLookup request", "{|DG1001:_logger.LogInformation(\"Looking up {HFID}\", request.HFID)|}"));
}
