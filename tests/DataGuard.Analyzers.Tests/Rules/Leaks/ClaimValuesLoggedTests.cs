using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// One claim of the signed-in person read by its type, and the identity's name: the value is the person's name, e-mail or
/// phone (issue 10 §2: the <c>ClaimTypes</c> constant is metadata, the claim's value is not). Roles, the subject identifier,
/// the constant itself and the authentication type stay silent.
/// </summary>
public class ClaimValuesLoggedTests
{
    private const string Usings = """
        using System;
        using System.Linq;
        using System.Security.Claims;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    [Fact]
    public Task Name_claim_of_the_signed_in_user_logged_is_reported() => Run("""
        class CircuitWatcher
        {
            private readonly ILogger<CircuitWatcher> _logger = null!;

            public void Up(ClaimsPrincipal user)
            {
                {|DG1001:_logger.LogInformation($"Captured user - {user.FindFirst(ClaimTypes.Name)?.Value}, Role: {user.FindFirst(ClaimTypes.Role)?.Value}")|};
            }
        }
        """);

    [Fact]
    public Task Email_claim_value_and_identity_name_printed_are_reported() => Run("""
        class SignInTrace
        {
            public void Print(ClaimsPrincipal principal, ClaimsIdentity identity)
            {
                var mail = principal.FindFirstValue(ClaimTypes.Email);
                {|DG1001:Console.WriteLine("mail " + mail)|};
                {|DG1001:Console.WriteLine($"who: {principal.Identity?.Name}")|};
                {|DG1001:Console.WriteLine(identity.FindFirst("phone_number")!.Value)|};
            }
        }
        """);

    [Fact]
    public Task Identity_name_in_an_async_log_helper_is_reported() => Run("""
        class Profile
        {
            private readonly ILogger<Profile> _logger = null!;

            public async Task Save(ClaimsPrincipal user)
            {
                await Task.Yield();
                {|DG1001:Trace(user.Identity!.Name!)|};
            }

            private void Trace(string who) => _logger.LogWarning("Profile saved by {Who}", who);
        }
        """);

    [Fact]
    public Task Role_subject_constant_and_authentication_type_are_not_reported() => Run("""
        class SignInTrace
        {
            private readonly ILogger<SignInTrace> _logger = null!;

            public void Print(ClaimsPrincipal user)
            {
                _logger.LogInformation("Role {Role}", user.FindFirst(ClaimTypes.Role)?.Value);
                _logger.LogInformation("Subject {Id}", user.FindFirstValue(ClaimTypes.NameIdentifier));
                _logger.LogInformation("Claim type {Type} missing", ClaimTypes.Name);
                _logger.LogInformation("Authenticated by {Type}", user.Identity?.AuthenticationType);
                _logger.LogInformation("Principal {User} has a name claim: {Has}", user, user.HasClaim(c => c.Type == ClaimTypes.Name));
            }
        }
        """);
}
