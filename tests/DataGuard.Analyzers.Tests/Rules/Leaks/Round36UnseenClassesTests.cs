using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Round 36's unseen run. (1) A value object named for personal data (<c>Email { string Value { get; private set; } }</c>) declared in
/// another project: from its reference assembly the private backing field is not imported, so the one-field test failed and
/// <c>user.Email.Value</c> was missed in four log and exception lines; the one instance property now stands for the one field of a
/// type declared elsewhere. (2) <c>principal.Claims.Select(c =&gt; c.Type)</c> keeps only the claims' labels and was reported as the
/// claims themselves. (3) <c>Request.Path</c> read in a controller whose actions are all routed by templates of their own with no
/// personal parameter was reported because another controller's route carried one.
/// </summary>
public class Round36UnseenClassesTests
{
    private const string Domain = """
        namespace School.Domain
        {
            using System.Collections.Generic;
            using System.Linq;

            public abstract class ValueObject
            {
                protected abstract IEnumerable<object> GetEqualityComponents();
                public override bool Equals(object? obj) => obj is ValueObject other && GetEqualityComponents().SequenceEqual(other.GetEqualityComponents());
                public override int GetHashCode() => 1;
            }

            public class Email : ValueObject
            {
                public string Value { get; private set; } = "";
                private Email() { }
                public Email(string value) { Value = value; }
                protected override IEnumerable<object> GetEqualityComponents() { yield return Value; }
            }

            public class Money : ValueObject
            {
                public decimal Amount { get; private set; }
                public Money(decimal amount) { Amount = amount; }
                protected override IEnumerable<object> GetEqualityComponents() { yield return Amount; }
            }

            public class User
            {
                public System.Guid Id { get; private set; }
                public Email Email { get; private set; } = null!;
                public Money Balance { get; private set; } = null!;
            }
        }
        """;

    private const string Handler = """
        using System;
        using Microsoft.Extensions.Logging;
        using School.Domain;

        public class LoginHandler
        {
            private readonly ILogger<LoginHandler> _logger = null!;

            public void Handle(User user)
            {
                LINE
            }
        }
        """;

    private static Task RunAcross(string line) => LibraryLeakTest.RunWithLibrary(Handler.Replace("LINE", line), Domain);

    [Fact]
    public Task Value_of_an_email_value_object_from_another_project_is_reported() => RunAcross("""
        {|DG1001:_logger.LogWarning("Invalid password - User: {UserId}, Email: {Email}", user.Id, user.Email.Value)|};
        """);

    [Fact]
    public Task Value_of_an_email_value_object_from_another_project_in_an_exception_is_reported() => LibraryLeakTest.RunWithLibrary("""
        using System;
        using School.Domain;

        public class UserService
        {
            public void Create(User user) => throw {|DG1006:new InvalidOperationException($"User with email '{user.Email.Value}' already exists")|};
        }
        """, Domain);

    [Fact]
    public Task Amount_of_a_money_value_object_from_another_project_is_not_reported() => RunAcross("""
        _logger.LogInformation("User {UserId} owes {Amount}", user.Id, user.Balance.Amount);
        """);

    private const string Claims = """
        using System;
        using System.Linq;
        using System.Security.Claims;
        using Microsoft.Extensions.Logging;

        public class TenantResolver
        {
            private readonly ILogger<TenantResolver> _logger = null!;

            public void Resolve(ClaimsPrincipal user)
            {
                LINE
            }
        }
        """;

    private static Task RunClaims(string line) => LibraryLeakTest.Run(Claims.Replace("LINE", line));

    [Fact]
    public Task Only_the_claim_types_of_a_principal_are_not_reported() => RunClaims("""
        _logger.LogError("TenantCode not found. Available claim types: [{ClaimTypes}]", string.Join(", ", user.Claims.Select(c => c.Type).Distinct()));
        """);

    [Fact]
    public Task Every_claim_value_of_a_principal_is_reported() => RunClaims("""
        {|DG1001:_logger.LogInformation("All JWT Claims: [{Claims}]", string.Join(" | ", user.Claims.Select(c => $"{c.Type}={c.Value}")))|};
        """);

    [Fact]
    public Task The_claim_values_projected_alone_are_reported() => RunClaims("""
        {|DG1001:_logger.LogInformation("Claim values: [{Values}]", string.Join(", ", user.Claims.Select(c => c.Value)))|};
        """);

    private const string Usings = """
        using System;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Logging;

        """;

    private const string UsersController = """
        [ApiController]
        [Route("api/internal/users")]
        public sealed class UsersController : ControllerBase
        {
            private readonly ILogger<UsersController> _logger = null!;

            [HttpGet("resolve/{username}")]
            public IActionResult Resolve(string username)
            {
                LINE
                return Ok();
            }
        }

        """;

    private static string MessagesController(string line) => """
        [ApiController]
        [Route("api/[controller]")]
        public sealed class MessagesController : ControllerBase
        {
            private readonly ILogger<MessagesController> _logger = null!;

            [HttpGet("Contacts")]
            public IActionResult Contacts() => Failed(new InvalidOperationException());

            [HttpGet("{contactId}/Messages")]
            public IActionResult Messages(int contactId) => Failed(new InvalidOperationException());

            private IActionResult Failed(Exception ex)
            {
                var path = Request.Path.Value;
        """ + line + """

                return StatusCode(500);
            }
        }
        """;

    private static Task RunApp(string source) => LibraryLeakTest.RunAsApplication(Usings + source + "\npublic static class Program { public static void Main() { } }\n");

    [Fact]
    public Task Path_of_a_controller_routed_only_by_names_and_ids_is_not_reported() => RunApp(
        UsersController.Replace("LINE", "") + MessagesController("""
                _logger.LogWarning(ex, "Failed on {Path}", path);
        """));

    [Fact]
    public Task Path_of_the_controller_whose_route_carries_a_user_name_is_reported() => RunApp(
        UsersController.Replace("LINE", """{|DG1001:_logger.LogInformation("Resolving {Path}", Request.Path.Value)|};""") + MessagesController(""));
}
