using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Round 35: a booking controller printed a patient's date of birth while parsing it — <c>object dobObj = request.Dob;</c>, then
/// <c>if (dobObj is DateTime dt) dobStr = dt.ToString(…)</c> / <c>else if (dobObj is string s) dobStr = s</c> — and the lines
/// printing <c>dobStr</c> were missed: the local a type pattern declares is the tested value itself, but the walk gave it
/// nothing (it followed only <c>x is Person { Name: var n }</c> members). The local now holds the tested value's taint in
/// <c>is</c> tests, switch statements and switch expressions; a type test of a value that holds no person's data stays silent.
/// </summary>
public class TypePatternVariablesLoggedTests
{
    private const string Controller = """
        using System;
        using Microsoft.Extensions.Logging;

        public class PatientInfoDto
        {
            public object? Dob { get; set; }
            public object? Room { get; set; }
        }

        public class BookingController
        {
            private readonly ILogger<BookingController> _logger = null!;

            public void Book(PatientInfoDto info)
            {
                LINE
            }
        }
        """;

    private static Task Run(string line) => LibraryLeakTest.Run(Controller.Replace("LINE", line));

    [Fact]
    public Task Date_of_birth_re_bound_by_a_type_test_is_reported() => Run("""
        object dobObj = info.Dob;
        string dobStr = "";
        if (dobObj is DateTime dt)
        {
            dobStr = dt.ToString("yyyy-MM-dd");
        }
        else if (dobObj is string text)
        {
            dobStr = text;
        }
        {|DG1001:_logger.LogInformation("Parsing {Dob}", dobStr)|};
        """);

    [Fact]
    public Task Date_of_birth_in_a_switch_case_variable_is_reported() => Run("""
        switch (info.Dob)
        {
            case DateTime day:
                {|DG1001:_logger.LogInformation("Born {Day}", day)|};
                break;
        }
        """);

    [Fact]
    public Task Date_of_birth_in_a_switch_expression_arm_is_reported() => Run("""
        var shown = info.Dob switch { DateTime day => day.ToString("d"), string s => s, _ => "" };
        {|DG1001:_logger.LogInformation("Born {Day}", shown)|};
        """);

    [Fact]
    public Task Type_test_of_a_value_without_personal_data_is_not_reported() => Run("""
        if (info.Room is string room)
        {
            _logger.LogInformation("Room {Room}", room);
        }
        """);

    [Fact]
    public Task Type_test_used_only_as_a_condition_is_not_reported() => Run("""
        if (info.Dob is DateTime)
        {
            _logger.LogInformation("Date of birth given");
        }
        """);
}
