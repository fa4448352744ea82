using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A helper that returns the program's own id claim first and reaches the principal's name only through later returns
/// (<c>GetUserId(user)</c>: <c>userId</c>, then <c>uid</c>, then <c>sub ?? Identity.Name</c>): the returns are read in order,
/// as <c>??</c> is, so the name read after them is a fallback for a principal the program's sign-in did not make. A name
/// returned first, after a return in an <c>else</c> or one guarded by something else than the claim, still counts; and a
/// line that logs the helper's id beside a person's value names the person's value.
/// </summary>
public class HelperIdFallbacksLoggedTests
{
    private const string Usings = """
        using System;
        using System.Security.Claims;
        using Microsoft.Extensions.Logging;

        public class Booking { public string PassengerName { get; set; } = ""; public string Reference { get; set; } = ""; }

        """;

    private const string GetUserId = """
        static class UserClaims
        {
            public static string? GetUserId(ClaimsPrincipal user)
            {
                var userId = user.FindFirst("userId")?.Value;
                if (!string.IsNullOrEmpty(userId))
                    return userId;

                var uid = user.FindFirst("uid")?.Value;
                if (!string.IsNullOrEmpty(uid))
                {
                    return uid;
                }

                var sub = user.FindFirst("sub")?.Value ?? user.Identity?.Name;
                return sub;
            }
        }

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    [Fact]
    public Task Name_returned_after_the_id_claims_return_is_not_reported() => Run(GetUserId + """
        class Bookings
        {
            private readonly ILogger<Bookings> _logger = null!;

            public void Cancel(ClaimsPrincipal user, Booking booking)
            {
                var currentUserId = UserClaims.GetUserId(user);
                _logger.LogWarning("User {UserId} cancelled booking {Reference}", currentUserId, booking.Reference);
            }
        }
        """);

    [Fact]
    public Task Name_returned_first_is_reported() => Run("""
        static class UserClaims
        {
            public static string? GetUserId(ClaimsPrincipal user)
            {
                var name = user.Identity?.Name;
                if (!string.IsNullOrEmpty(name))
                    return name;

                return user.FindFirst("uid")?.Value;
            }
        }

        class Bookings
        {
            private readonly ILogger<Bookings> _logger = null!;

            public void Cancel(ClaimsPrincipal user) { {|DG1001:_logger.LogWarning("User {UserId} cancelled", UserClaims.GetUserId(user))|}; }
        }
        """);

    [Fact]
    public Task Name_returned_after_a_return_guarded_by_something_else_is_reported() => Run("""
        static class UserClaims
        {
            public static string? GetUserId(ClaimsPrincipal user, bool service)
            {
                var uid = user.FindFirst("uid")?.Value;
                if (service)
                    return uid;

                return user.Identity?.Name;
            }
        }

        class Bookings
        {
            private readonly ILogger<Bookings> _logger = null!;

            public void Cancel(ClaimsPrincipal user) { {|DG1001:_logger.LogWarning("User {UserId} cancelled", UserClaims.GetUserId(user, false))|}; }
        }
        """);

    [Fact]
    public Task Name_returned_after_an_else_branchs_id_return_is_reported() => Run("""
        static class UserClaims
        {
            public static string? GetUserId(ClaimsPrincipal user)
            {
                var uid = user.FindFirst("uid")?.Value;
                if (string.IsNullOrEmpty(uid))
                {
                    Console.Write("");
                }
                else
                {
                    return uid;
                }

                return user.Identity?.Name;
            }
        }

        class Bookings
        {
            private readonly ILogger<Bookings> _logger = null!;

            public void Cancel(ClaimsPrincipal user) { {|DG1001:_logger.LogWarning("User {UserId} cancelled", UserClaims.GetUserId(user))|}; }
        }
        """);

    [Fact]
    public Task Name_of_another_principal_returned_after_the_id_claim_is_reported() => Run("""
        static class UserClaims
        {
            public static string? GetActingId(ClaimsPrincipal user, ClaimsPrincipal actor)
            {
                var uid = user.FindFirst("uid")?.Value;
                if (uid != null)
                    return uid;

                return actor.Identity?.Name;
            }
        }

        class Bookings
        {
            private readonly ILogger<Bookings> _logger = null!;

            public void Cancel(ClaimsPrincipal user, ClaimsPrincipal actor) { {|DG1001:_logger.LogWarning("User {UserId} cancelled", UserClaims.GetActingId(user, actor))|}; }
        }
        """);

    [Fact]
    public Task Subject_identifier_returned_first_keeps_the_name_behind_it_reported() => Run("""
        static class UserClaims
        {
            public static string? GetUserId(ClaimsPrincipal user)
            {
                var sub = user.FindFirst("sub")?.Value;
                if (sub != null)
                    return sub;

                return user.Identity?.Name;
            }
        }

        class Bookings
        {
            private readonly ILogger<Bookings> _logger = null!;

            public void Cancel(ClaimsPrincipal user) { {|DG1001:_logger.LogWarning("User {UserId} cancelled", UserClaims.GetUserId(user))|}; }
        }
        """);

    [Fact]
    public Task Persons_value_beside_the_helpers_id_is_the_named_source()
    {
        var test = Verify<PersonalDataLoggedAnalyzer>.Create("using System.Security.Claims;\n" + TestCode.Usings + GetUserId + """
            class Bookings
            {
                private readonly ILogger _logger = null!;

                public void Confirm(ClaimsPrincipal user, Passenger passenger)
                {
                    var currentUserId = UserClaims.GetUserId(user);
                    {|#0:_logger.LogInformation("Booking confirmed by {UserId} for passenger {Passenger}", currentUserId, passenger.FullName)|};
                }
            }

            class Passenger { public string {|#1:FullName|} { get; set; } = ""; }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.PersonalDataLogged).WithLocation(0).WithLocation(1)
            .WithArguments("Passenger.FullName", "LoggerExtensions.LogInformation"));
        return test.RunAsync();
    }
}
