using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Sources;

/// <summary>
/// ASP.NET Identity's attributes (real assemblies): <c>[ProtectedPersonalData]</c> members (user name, e-mail, phone) are personal;
/// the account's key, listed by <c>[PersonalData]</c> only for the personal-data download, is the pseudonymous value a log line
/// should carry instead.
/// </summary>
public class IdentityAccountTests
{
    private const string Usings = """
        using Microsoft.AspNetCore.Identity;
        using Microsoft.Extensions.Logging;

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    [Fact]
    public Task Account_key_in_a_sign_in_line_is_not_reported() => Run("""
        class Account
        {
            private readonly ILogger _logger = null!;
            void SignedIn(IdentityUser user) { _logger.LogInformation("User with ID '{UserId}' logged in with 2fa.", user.Id); }
        }
        """);

    [Fact]
    public Task Protected_and_own_personal_data_of_the_account_are_reported() => Run("""
        public class StaffUser : IdentityUser { [PersonalData] public string Nickname { get; set; } = ""; }
        class Account
        {
            private readonly ILogger _logger = null!;
            void SignedIn(StaffUser user)
            {
                {|DG1001:_logger.LogInformation("User {Name} logged in.", user.UserName)|};
                {|DG1001:_logger.LogInformation("Nickname {Nick}", user.Nickname)|};
            }
        }
        """);
}
