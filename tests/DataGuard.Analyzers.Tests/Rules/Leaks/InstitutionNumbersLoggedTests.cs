using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Numbers an institution gives a person (a student's or an employee's number, Nigeria's NIN and BVN) identify them as an
/// ID card does: logged, they are reported; the row's surrogate key and counts are not.
/// </summary>
public class InstitutionNumbersLoggedTests
{
    private static Task Run(string log) => LibraryLeakTest.Run("""
        using Microsoft.Extensions.Logging;

        public class Student
        {
            public int StudentId { get; set; }
            public string StudentCode { get; set; } = "";
            public string Nin { get; set; } = "";
        }

        public class Employee
        {
            public int EmployeeId { get; set; }
            public string EmployeeNo { get; set; } = "";
        }

        public sealed class Warnings
        {
            private readonly ILogger<Warnings> _logger = null!;

            public void Sent(Student student, Employee adviser, int studentCount)
            {
                LOG;
            }
        }
        """.Replace("LOG", log));

    [Fact]
    public Task A_student_code_is_reported() => Run("""{|DG1001:_logger.LogInformation($"GPA warning sent to student {student.StudentCode}")|}""");

    [Fact]
    public Task An_employee_number_is_reported() => Run("""{|DG1001:_logger.LogInformation("Adviser {EmployeeNo} notified", adviser.EmployeeNo)|}""");

    [Fact]
    public Task A_national_identification_number_is_reported() => Run("""{|DG1001:_logger.LogWarning("Student {Nin} unverified", student.Nin)|}""");

    [Fact]
    public Task Surrogate_keys_and_counts_are_not_reported()
        => Run("""_logger.LogInformation("Warnings for {StudentId} by {EmployeeId} of {Count}", student.StudentId, adviser.EmployeeId, studentCount)""");
}
