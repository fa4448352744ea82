using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A validation failure keeps the value the client typed (FluentValidation's <c>ValidationFailure.AttemptedValue</c>, model
/// state's <c>AttemptedValue</c>/<c>RawValue</c>): failures dumped whole into a log carry every attempted value — phone
/// numbers, e-mails, passwords. Their error messages alone, or validation results that hold no attempted value, do not.
/// </summary>
public class ValidationFailureDumpTests
{
    /// <summary>FluentValidation's result types as its package declares them (their members under their real names).</summary>
    private const string FluentValidationLookAlike = """
        namespace FluentValidation.Results
        {
            public class ValidationFailure
            {
                public string PropertyName { get; set; } = "";
                public string ErrorMessage { get; set; } = "";
                public object? AttemptedValue { get; set; }
                public string ErrorCode { get; set; } = "";
                public override string ToString() => ErrorMessage;
            }

            public class ValidationResult
            {
                public System.Collections.Generic.List<ValidationFailure> Errors { get; } = new();
                public bool IsValid => Errors.Count == 0;
            }
        }

        namespace FluentValidation
        {
            public interface IValidator<in T>
            {
                FluentValidation.Results.ValidationResult Validate(T instance);
                System.Threading.Tasks.Task<FluentValidation.Results.ValidationResult> ValidateAsync(T instance, System.Threading.CancellationToken cancellation = default);
            }
        }
        """;

    private const string Usings = """
        using System.Collections.Generic;
        using System.Linq;
        using FluentValidation.Results;
        using Microsoft.Extensions.Logging;
        using Newtonsoft.Json;

        """;

    private const string Validated = """
        public class SignUpForm { public string FullName { get; set; } = ""; public string PhoneNumber { get; set; } = ""; }

        public class ScheduleForm { public int DoctorId { get; set; } public System.DateTime StartsAt { get; set; } public int Minutes { get; set; } }

        public class FormsController
        {
            private readonly ILogger<FormsController> _logger = null!;
            private readonly FluentValidation.IValidator<SignUpForm> _signUps = null!;
            private readonly FluentValidation.IValidator<ScheduleForm> _schedules = null!;

            public async System.Threading.Tasks.Task Submit(SignUpForm signUp, ScheduleForm schedule)
            {
                STATEMENT;
            }
        }
        """;

    [Fact]
    public Task Failures_of_validating_a_persons_form_are_reported()
        => LibraryLeakTest.RunWithLibrary(Usings + Validated.Replace("STATEMENT",
            "var result = await _signUps.ValidateAsync(signUp);\n        {|DG1001:_logger.LogInformation($\"Errors: {JsonConvert.SerializeObject(result.Errors)}\")|}"), FluentValidationLookAlike);

    [Fact]
    public Task Failures_of_validating_an_object_with_no_personal_member_are_not_reported()
        => LibraryLeakTest.RunWithLibrary(Usings + Validated.Replace("STATEMENT",
            "var result = _schedules.Validate(schedule);\n        _logger.LogInformation($\"Errors: {JsonConvert.SerializeObject(result.Errors)}\")"), FluentValidationLookAlike);

    private static Task Run(string statement) => LibraryLeakTest.RunWithLibrary(Usings + """
        public class RegistrationHandler
        {
            private readonly ILogger<RegistrationHandler> _logger = null!;

            public void Rejected(ValidationResult result, List<System.ComponentModel.DataAnnotations.ValidationResult> annotations)
            {
                STATEMENT;
            }
        }
        """.Replace("STATEMENT", statement), FluentValidationLookAlike);

    [Fact]
    public Task Validation_failures_serialised_into_a_log_are_reported()
        => Run("{|DG1001:_logger.LogInformation($\"Registration failed: {JsonConvert.SerializeObject(result.Errors)}\")|}");

    [Fact]
    public Task Attempted_values_joined_into_a_log_are_reported()
        => Run("{|DG1001:_logger.LogWarning(\"Rejected {Values}\", string.Join(\", \", result.Errors.Select(e => e.AttemptedValue)))|}");

    [Fact]
    public Task Error_messages_of_validation_failures_are_not_reported()
        => Run("_logger.LogWarning(\"Rejected {Errors}\", string.Join(\", \", result.Errors.Select(e => e.ErrorMessage)))");

    [Fact]
    public Task Property_names_and_messages_serialised_are_not_reported()
        => Run("_logger.LogWarning(JsonConvert.SerializeObject(result.Errors.Select(e => new { e.PropertyName, e.ErrorMessage })))");

    [Fact]
    public Task Data_annotation_results_hold_no_attempted_value_and_are_not_reported()
        => Run("_logger.LogWarning(JsonConvert.SerializeObject(annotations))");
}
