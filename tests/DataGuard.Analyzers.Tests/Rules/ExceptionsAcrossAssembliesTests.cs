using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1006 for exception types of another assembly (an application-layer project, a package): their constructors' bodies are
/// not in the compilation, so a constructor that takes no message is taken to build its message from the data it is given —
/// <c>NotFoundException(string name, object key)</c> of the clean-architecture templates. The exceptions here are compiled into
/// an assembly of their own, as a project reference is seen from the project that throws them.
/// </summary>
public class ExceptionsAcrossAssembliesTests
{
    private const string Exceptions = """
        namespace Contoso.Staffing.Application.Exceptions
        {
            public class RecordNotFoundException : System.Exception
            {
                public RecordNotFoundException(string name, object key) : base($"{name} ({key}) was not found") { }
            }

            public class InvalidInputException : System.Exception
            {
                public InvalidInputException(string message) : base(message) { }
                public InvalidInputException(string message, object details) : base(message) { Details = details; }
                public object? Details { get; }
            }
        }
        """;

    private const string Usings = """
        using System;
        using System.Threading.Tasks;
        using Contoso.Staffing.Application.Exceptions;

        public class SignInForm
        {
            public string EmailAddress { get; set; } = "";
            public string Password { get; set; } = "";
            public int ShiftId { get; set; }
        }

        """;

    private static Task Run(string body) => LibraryLeakTest.RunWithLibrary(Usings + body, Exceptions);

    [Fact]
    public Task Request_email_as_the_key_of_another_assembly_exception_is_reported() => Run("""
        public class SignInService
        {
            public Task<string> SignInAsync(SignInForm form, string? account)
            {
                if (account is null)
                {
                    throw {|DG1006:new RecordNotFoundException("Account", form.EmailAddress)|};
                }

                return Task.FromResult(account);
            }
        }
        """);

    [Fact]
    public Task Request_email_interpolated_into_the_name_argument_is_reported() => Run("""
        public class SignInService
        {
            public string Find(SignInForm form, string? account)
                => account ?? throw {|DG1006:new RecordNotFoundException($"Account for {form.EmailAddress}", 0)|};
        }
        """);

    [Fact]
    public Task Non_personal_key_is_not_reported() => Run("""
        public class ShiftService
        {
            public string Find(SignInForm form, string? shift) => shift ?? throw new RecordNotFoundException(nameof(SignInForm.ShiftId), form.ShiftId);
        }
        """);

    [Fact]
    public Task Data_beside_a_message_parameter_is_not_taken_as_the_message() => Run("""
        public class SignInService
        {
            public void Check(SignInForm form) => throw new InvalidInputException("The sign-in form is not valid", form.EmailAddress);
        }
        """);

    [Fact]
    public Task Message_parameter_of_another_assembly_exception_is_reported() => Run("""
        public class SignInService
        {
            public void Check(SignInForm form) => throw {|DG1006:new InvalidInputException($"No account for {form.EmailAddress}")|};
        }
        """);
}
