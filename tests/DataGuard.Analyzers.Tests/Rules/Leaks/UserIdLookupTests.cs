using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A text parameter a method looks a user up by (<c>_users.FindByIdAsync(userId)</c>, Identity's <c>IdentityUser.Id</c> is
/// <c>[PersonalData]</c>) holds that person's id whatever it is called: logged, it is reported (round 22's HR tools assigning
/// roles). A parameter the method does not look a user up by, or one looked up on a store whose ids are not marked, is not.
/// </summary>
public class UserIdLookupTests
{
    /// <summary>Identity and logging, with a <c>StaffUser : IdentityUser</c> (<see cref="IdentityErrorsTests.Usings"/>).</summary>
    private const string Usings = IdentityErrorsTests.Usings;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    [Fact]
    public Task Tool_argument_looked_up_as_an_identity_user_and_logged_is_reported() => Run("""
        public class RoleTools
        {
            private readonly UserManager<StaffUser> _users = null!;
            private readonly ILogger<RoleTools> _logger = null!;

            public async Task<bool> AssignRoleAsync(string account, string roleName)
            {
                {|DG1001:_logger.LogInformation("Assign {Role} to {Account}", roleName, account)|};
                var user = await _users.FindByIdAsync(account);
                return user is not null && (await _users.AddToRoleAsync(user, roleName)).Succeeded;
            }
        }
        """);

    [Fact]
    public Task Argument_the_method_never_looks_a_user_up_by_is_not_reported() => Run("""
        public class RoleTools
        {
            private readonly RoleManager<IdentityRole> _roles = null!;
            private readonly ILogger<RoleTools> _logger = null!;

            public async Task<bool> CreateRoleAsync(string roleId, string roleName)
            {
                _logger.LogInformation("Create role {RoleId} {Role}", roleId, roleName);
                return (await _roles.FindByIdAsync(roleId)) is null;
            }
        }
        """);

    [Fact]
    public Task Id_looked_up_in_a_store_of_records_without_marked_ids_is_not_reported() => Run("""
        public class Ticket { public string Id { get; set; } = ""; public string Title { get; set; } = ""; }

        public class Store<T> { public Task<T?> FindByIdAsync(string itemId) => Task.FromResult<T?>(default); }

        public class TicketTools
        {
            private readonly Store<Ticket> _tickets = null!;
            private readonly ILogger<TicketTools> _logger = null!;

            public async Task<string> TitleAsync(string ticket)
            {
                _logger.LogInformation("Ticket {Ticket}", ticket);
                return (await _tickets.FindByIdAsync(ticket))?.Title ?? "";
            }
        }
        """);

    /// <summary>
    /// Round 22's HR tools: the id is logged on entry (reported), then a user is looked up by it and, when <paramref name="test"/>
    /// finds none, an exception names the id — it names no one there (the key of a search that found nothing), so DG1006 is silent.
    /// </summary>
    [Theory]
    [InlineData("user == null")]
    [InlineData("user is null")]
    [InlineData("null == user")]
    public Task Id_in_the_error_thrown_when_no_user_was_found_is_not_reported(string test) => Run($$"""
        public class UserTools
        {
            private readonly UserManager<StaffUser> _users = null!;
            private readonly ILogger<UserTools> _logger = null!;

            public async Task<string> GetUserAsync(string account)
            {
                {|DG1001:_logger.LogInformation("Get user {Account}", account)|};
                var user = await _users.FindByIdAsync(account);
                if ({{test}})
                {
                    throw new InvalidOperationException($"User {account} was not found.");
                }

                return user.Id;
            }
        }
        """);

    [Fact]
    public Task Id_in_the_error_thrown_when_the_found_user_lacks_a_role_is_reported() => Run("""
        public class RoleTools
        {
            private readonly UserManager<StaffUser> _users = null!;

            public async Task RemoveRoleAsync(string account, string roleName)
            {
                var user = await _users.FindByIdAsync(account);
                if (user == null)
                {
                    throw new InvalidOperationException($"User {account} was not found.");
                }

                if (!await _users.IsInRoleAsync(user, roleName))
                {
                    throw {|DG1006:new InvalidOperationException($"User {account} does not have {roleName}.")|};
                }
            }
        }
        """);
}
