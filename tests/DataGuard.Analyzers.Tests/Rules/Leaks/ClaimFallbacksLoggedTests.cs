using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A <c>??</c> chain behind the program's own id claim (<c>user.FindFirst("uid")?.Value ?? user.Identity?.Name</c>): the
/// same principal's name is read only when the principal lacks the claim the program's sign-in puts in every token, so it is
/// not counted. Behind a personal claim, the subject identifier, another principal's id, or with a person's value further
/// down the chain, the chain still carries what it may print.
/// </summary>
public class ClaimFallbacksLoggedTests
{
    private const string Usings = """
        using System;
        using System.Security.Claims;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.Logging;

        public class Transfer { public string Email { get; set; } = ""; }

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    [Fact]
    public Task Name_behind_the_programs_own_id_claim_is_not_reported() => Run("""
        class RequestTrace
        {
            private readonly ILogger<RequestTrace> _logger = null!;
            private readonly IHttpContextAccessor _accessor = null!;

            public void Incoming()
            {
                var user = _accessor.HttpContext?.User;
                var userId = user?.FindFirst("uid")?.Value ?? user?.Identity?.Name ?? "Anonymous";
                _logger.LogInformation("Incoming UserId={UserId}", userId);
                _logger.LogInformation("Handled by {UserId}", _accessor.HttpContext!.User.FindFirstValue("UserId") ?? _accessor.HttpContext!.User.Identity!.Name);
            }
        }
        """);

    [Fact]
    public Task Name_behind_the_subject_identifier_is_reported() => Run("""
        class RequestTrace
        {
            private readonly ILogger<RequestTrace> _logger = null!;

            public void Incoming(ClaimsPrincipal user)
            {
                var userId = user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.Identity?.Name;
                {|DG1001:_logger.LogInformation("Incoming UserId={UserId}", userId)|};
            }
        }
        """);

    [Fact]
    public Task Name_of_another_principal_behind_the_id_claim_is_reported() => Run("""
        class RequestTrace
        {
            private readonly ILogger<RequestTrace> _logger = null!;

            public void Impersonate(ClaimsPrincipal user, ClaimsPrincipal actor)
            {
                var who = user.FindFirst("uid")?.Value ?? actor.Identity?.Name ?? "Anonymous";
                {|DG1001:_logger.LogInformation("Acting for {Who}", who)|};
            }
        }
        """);

    [Fact]
    public Task Persons_value_further_down_the_chain_is_reported() => Run("""
        class RequestTrace
        {
            private readonly ILogger<RequestTrace> _logger = null!;

            public void Incoming(ClaimsPrincipal user, Transfer transfer)
            {
                var who = user.FindFirst("uid")?.Value ?? user.Identity?.Name ?? transfer.Email;
                {|DG1001:_logger.LogInformation("Transfer by {Who}", who)|};
            }
        }
        """);

    [Fact]
    public Task Email_claim_first_and_name_behind_it_are_reported() => Run("""
        class RequestTrace
        {
            private readonly ILogger<RequestTrace> _logger = null!;

            public void Incoming(ClaimsPrincipal user)
            {
                {|DG1001:_logger.LogInformation("By {Who}", user.FindFirst(ClaimTypes.Email)?.Value ?? user.Identity?.Name)|};
            }
        }
        """);
}
