using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Round 31's school medical system: a student's medical condition (its <c>Name</c>, "asthma") logged with the treating doctor,
/// the medication named on a student's record, and who administered a vaccination (<c>AdministeredBy</c>, a name) are reported;
/// a stock catalogue's medication name, an audit stamp's <c>CreatedBy</c> (an id as often as a name) and a vaccine type's name are not.
/// </summary>
public class HealthRecordNamesLoggedTests
{
    private static Task Run(string log) => LibraryLeakTest.Run("""
        using System;
        using Microsoft.Extensions.Logging;

        public class MedicalCondition
        {
            public Guid Id { get; set; }
            public Guid MedicalRecordId { get; set; }
            public string Name { get; set; } = "";
            public string Doctor { get; set; } = "";
        }
        public class StudentMedication { public Guid StudentId { get; set; } public string MedicationName { get; set; } = ""; }
        public class Medication { public Guid Id { get; set; } public string Name { get; set; } = ""; public int Stock { get; set; } }
        public class VaccinationRecordResponse { public Guid Id { get; set; } public string VaccineName { get; set; } = ""; public string AdministeredBy { get; set; } = ""; }
        public class Note { public Guid Id { get; set; } public string Text { get; set; } = ""; public string CreatedBy { get; set; } = ""; }
        public class SignedNote { public string CreatedBy { get; set; } = ""; public Guid CreatedById { get; set; } }

        public sealed class Records
        {
            private readonly ILogger<Records> _logger = null!;

            public void Loaded(MedicalCondition condition, StudentMedication taken, Medication stock, VaccinationRecordResponse shot, Note note, SignedNote signed)
            {
                LOG;
            }
        }
        """.Replace("LOG", log));

    [Fact]
    public Task Condition_on_a_medical_record_is_reported()
        => Run("""{|DG1001:_logger.LogInformation("Condition {Name}", condition.Name)|}""");

    [Fact]
    public Task Medication_named_on_a_students_record_is_reported()
        => Run("""{|DG1001:_logger.LogInformation("Takes {Medication}", taken.MedicationName)|}""");

    [Fact]
    public Task Who_administered_a_vaccination_is_reported()
        => Run("""{|DG1001:_logger.LogInformation("Given by {By}", shot.AdministeredBy)|}""");

    [Fact]
    public Task Creator_named_beside_the_creators_id_is_reported()
        => Run("""{|DG1001:_logger.LogInformation("Signed by {By}", signed.CreatedBy)|}""");

    [Fact]
    public Task Catalogue_medication_vaccine_type_and_audit_stamp_are_not_reported()
        => Run("""_logger.LogInformation("Stock {Name}, vaccine {Vaccine}, note by {By}", stock.Name, shot.VaccineName, note.CreatedBy)""");
}
