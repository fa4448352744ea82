using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A number an institution gives a person, told by the person's type (round 21: a school's <c>Student.StudentID</c>,
/// <c>[Key] [MaxLength(13)] required string</c>, logged as <c>studentId</c>): the text key or declared identifier of a type
/// with a person's names, and text values named for it, are personal; number and Guid keys, a lookup type's text key and an
/// undeclared text member are not.
/// </summary>
public class PersonKeyLoggedTests
{
    /// <summary>The school's domain project, compiled apart as a project reference is seen from the service project.</summary>
    private const string SchoolCore = """
        using System;
        using System.ComponentModel.DataAnnotations;

        namespace School.Core
        {
            public class Student
            {
                [Key]
                [MaxLength(13)]
                public required string StudentID { get; set; }
                public string FirstName { get; set; } = "";
                public string LastName { get; set; } = "";
            }

            public class Grade
            {
                public int Id { get; set; }
                public string StudentID { get; set; } = "";
                public string CourseCode { get; set; } = "";
            }

            public class Course
            {
                [Key]
                [MaxLength(10)]
                public string CourseCode { get; set; } = "";
                public string Title { get; set; } = "";
            }

            public class Teacher
            {
                public int TeacherId { get; set; }
                public string FirstName { get; set; } = "";
            }

            public class Guardian
            {
                [Key]
                public Guid GuardianId { get; set; }
                public string FullName { get; set; } = "";
            }
        }
        """;

    private const string Usings = """
        using System;
        using System.ComponentModel.DataAnnotations;
        using Microsoft.Extensions.Logging;
        using School.Core;

        """;

    private static Task Run(string body) => LibraryLeakTest.RunWithLibrary(Usings + body, SchoolCore);

    private static string Logged(string parameter, string expression) => $$"""
        class StudentService
        {
            private readonly ILogger<StudentService> _logger = null!;

            void Handle({{parameter}})
            {
                LOG;
            }
        }
        """.Replace("LOG", expression);

    [Fact]
    public Task Text_parameter_named_for_a_students_declared_key_is_reported()
        => Run(Logged("string studentId", "{|DG1001:_logger.LogInformation($\"Retrieved profile for student with ID: {studentId}\")|}"));

    [Fact]
    public Task Text_column_of_another_record_named_for_the_key_is_reported()
        => Run(Logged("Grade grade", "{|DG1001:_logger.LogInformation(\"Grade saved for {Student}\", grade.StudentID)|}"));

    [Fact]
    public Task Declared_key_read_from_the_person_is_reported()
        => Run(Logged("Student student", "{|DG1001:_logger.LogInformation(\"Enrolled {Student}\", student.StudentID)|}"));

    [Fact]
    public Task Length_limited_number_named_for_its_type_in_the_same_project_is_reported() => Run("""
        public class Learner
        {
            public int Id { get; set; }
            [StringLength(10)]
            public string LearnerNo { get; set; } = "";
            public string Surname { get; set; } = "";
        }

        """ + Logged("Learner learner", "{|DG1001:_logger.LogWarning(\"Learner {No} has no class\", learner.LearnerNo)|}"));

    [Fact]
    public Task Undeclared_text_number_named_for_its_type_is_not_reported() => Run("""
        public class Learner
        {
            public int Id { get; set; }
            public string LearnerNo { get; set; } = "";
            public string Surname { get; set; } = "";
        }

        """ + Logged("Learner learner", "_logger.LogWarning(\"Learner {No} has no class\", learner.LearnerNo)"));

    [Fact]
    public Task Number_and_guid_keys_of_a_person_type_are_not_reported()
        => Run(Logged("int teacherId, Guid guardianId", "_logger.LogInformation(\"Teacher {Teacher}, guardian {Guardian}\", teacherId, guardianId)"));

    [Fact]
    public Task Text_key_of_a_lookup_type_is_not_reported()
        => Run(Logged("string courseCode, Grade grade", "_logger.LogInformation(\"Course {Code} ({Other})\", courseCode, grade.CourseCode)"));

    [Fact]
    public Task Text_id_named_for_a_type_without_a_declared_text_key_is_not_reported()
        => Run(Logged("string teacherId, string guardianId", "_logger.LogInformation(\"Teacher {Teacher}, guardian {Guardian}\", teacherId, guardianId)"));

    /// <summary>A reporting project of the solution that knows no student type: its rows' <c>StudentID</c> names no declared key there.</summary>
    private const string Reports = """
        namespace School.Reports
        {
            public class ReportRow
            {
                public int Id { get; set; }
                public string StudentID { get; set; } = "";
            }
        }
        """;

    private static Task RunWithReports(string body)
        => LibraryLeakTest.RunWithLibraries(Usings + "using School.Reports;\n" + body, ("School.Core", SchoolCore), ("School.Reports", Reports));

    /// <summary>
    /// Whether a name is a person's key is kept by the asking symbol's assembly as well as the words: kept by the words alone,
    /// the report row's answer (its project sees no <c>Student</c>) was given to the service's <c>studentId</c> when asked first.
    /// </summary>
    [Fact]
    public Task Parameter_named_for_the_key_is_reported_after_another_projects_row_of_that_name()
        => RunWithReports(Logged("ReportRow row, string studentId", "{|DG1001:_logger.LogInformation(\"Row {Row} of {Student}\", row.StudentID, studentId)|}"));

    [Fact]
    public Task Row_of_a_project_without_the_person_type_is_not_reported()
        => RunWithReports(Logged("ReportRow row", "_logger.LogInformation(\"Row {Row}\", row.StudentID)"));
}
