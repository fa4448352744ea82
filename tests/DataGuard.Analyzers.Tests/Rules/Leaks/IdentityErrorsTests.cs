using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// ASP.NET Identity's errors after creating or changing a user quote the user name and e-mail they refused ("Username
/// '…' is already taken"): put into an exception (DG1006) or a log (DG1001) they carry them. The errors of a role or a
/// password change name no person.
/// </summary>
public class IdentityErrorsTests
{
    internal const string Usings = """
        using System;
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.Extensions.Logging;

        public class StaffUser : IdentityUser
        {
            public string DisplayTitle { get; set; } = "";
        }

        """;

    private static Task Logged(string body) => LibraryLeakTest.Run(Usings + body);

    private static Task Thrown(string body)
    {
        var test = new CSharpAnalyzerTest<PersonalDataInExceptionMessageAnalyzer, DefaultVerifier>
        {
            TestCode = Usings + body,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(LibraryReferences.All);
        test.TestState.Sources.Add(("Stubs.Annotations.cs", Stubs.Annotations));
        return test.RunAsync();
    }

    [Fact]
    public Task Create_errors_in_an_exception_message_are_reported() => Thrown("""
        class TeacherService
        {
            private readonly UserManager<StaffUser> _users = null!;

            async Task AddAsync(StaffUser user)
            {
                var created = await _users.CreateAsync(user);
                if (!created.Succeeded)
                {
                    throw {|DG1006:new InvalidOperationException($"User creation failed: {string.Join(", ", created.Errors.Select(e => e.Description))}")|};
                }
            }
        }
        """);

    [Fact]
    public Task Update_errors_joined_into_a_local_and_logged_are_reported() => Logged("""
        class ProfileService
        {
            private readonly UserManager<StaffUser> _users = null!;
            private readonly ILogger<ProfileService> _logger = null!;

            async Task RenameAsync(StaffUser user)
            {
                var result = await _users.UpdateAsync(user);
                if (!result.Succeeded)
                {
                    var errors = string.Join(", ", result.Errors.Select(e => e.Description));
                    {|DG1001:_logger.LogError("Update failed: {Errors}", errors)|};
                }
            }
        }
        """);

    [Fact]
    public Task Role_errors_in_an_exception_message_are_not_reported() => Thrown("""
        class TeacherService
        {
            private readonly UserManager<StaffUser> _users = null!;

            async Task PromoteAsync(StaffUser user)
            {
                var added = await _users.AddToRoleAsync(user, "Teacher");
                if (!added.Succeeded)
                {
                    throw new InvalidOperationException($"Role failed: {string.Join(", ", added.Errors.Select(e => e.Description))}");
                }
            }
        }
        """);

    [Fact]
    public Task Password_change_errors_logged_are_not_reported() => Logged("""
        class PasswordService
        {
            private readonly UserManager<StaffUser> _users = null!;
            private readonly ILogger<PasswordService> _logger = null!;

            async Task ChangeAsync(StaffUser user, string current, string next)
            {
                var changed = await _users.ChangePasswordAsync(user, current, next);
                if (!changed.Succeeded)
                {
                    _logger.LogWarning("Password change failed: {Errors}", string.Join(", ", changed.Errors.Select(e => e.Code)));
                }
            }
        }
        """);
}
