using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A signed-in user's claims are what the identity provider says about the person (e-mail, name, user name, picture): the whole
/// collection is personal unless shown otherwise, like a form. Enumerated into a log or the Console, it leaks them.
/// </summary>
public class ClaimsDumpTests
{
    private const string Usings = """
        using System;
        using System.Linq;
        using System.Security.Claims;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.Extensions.Logging;

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    /// <summary>TherapistDiary's shape: every claim printed inside an authorization-policy assertion.</summary>
    [Fact]
    public Task Every_claim_printed_in_a_policy_assertion_is_reported() => Run("""
        static class Policies
        {
            public static void Add(AuthorizationOptions options)
                => options.AddPolicy("AdminOrOwner", policy => policy.RequireAssertion(context =>
                {
                    foreach (var claim in context.User.Claims)
                    {
                        {|DG1001:Console.WriteLine($"{claim.Type}: {claim.Value}")|};
                    }

                    return context.User.IsInRole("Admin");
                }));
        }
        """);

    [Fact]
    public Task Claims_joined_into_a_log_line_are_reported() => Run("""
        class Audit
        {
            private readonly ILogger<Audit> _logger = null!;

            public void SignedIn(ClaimsPrincipal user)
                => {|DG1001:_logger.LogInformation("Signed in: {Claims}", string.Join(", ", user.Claims.Select(c => c.Type + "=" + c.Value)))|};
        }
        """);

    [Fact]
    public Task Claim_count_and_role_check_are_not_reported() => Run("""
        class Audit
        {
            private readonly ILogger<Audit> _logger = null!;

            public void SignedIn(ClaimsPrincipal user)
            {
                _logger.LogInformation("Signed in with {Count} claims", user.Claims.Count());
                _logger.LogInformation("Admin: {IsAdmin}", user.IsInRole("Admin"));
                _logger.LogInformation("Authenticated by {Type}", user.Identity?.AuthenticationType);
            }
        }
        """);

    [Fact]
    public Task Claim_values_masked_before_printing_are_not_reported() => Run("""
        class Audit
        {
            public void SignedIn(ClaimsPrincipal user)
            {
                foreach (var claim in user.Claims)
                {
                    Console.WriteLine($"{claim.Type}: {DataGuard.Masking.Mask(claim.Value)}");
                }
            }
        }
        """);
}
