using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Identity's errors quote the user name and e-mail they refused; a seeder's account built from constants or configuration
/// (<c>"admin"</c>, <c>configuration["Seed:AdminEmail"]</c>) has no person's values to quote, while an account built from a
/// request does.
/// </summary>
public class SeedAccountErrorsTests
{
    private const string Usings = """
        using System;
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Logging;

        public class StaffUser : IdentityUser
        {
            public bool Active { get; set; }
        }

        public class RegisterRequest { public string UserName { get; set; } = ""; public string Email { get; set; } = ""; }

        """;

    private static Task Logged(string body) => LibraryLeakTest.Run(Usings + body);

    [Fact]
    public Task Errors_of_a_literal_seed_account_are_not_reported() => Logged("""
        static class DbInitializer
        {
            public static async Task SeedUsersAsync(UserManager<StaffUser> users, ILogger logger)
            {
                var user = new StaffUser { UserName = "testuser", Email = "testuser@example.com", Active = true };
                var result = await users.CreateAsync(user, "Password123!");
                if (!result.Succeeded)
                {
                    logger.LogWarning("Seeding failed: {Errors}", string.Join(", ", result.Errors.Select(e => e.Description)));
                }
            }
        }
        """);

    [Fact]
    public Task Errors_of_a_configured_admin_account_are_not_reported() => Logged("""
        static class IdentitySeeder
        {
            public static async Task SeedAsync(UserManager<StaffUser> users, IConfiguration configuration, ILogger logger)
            {
                var adminEmail = configuration["IdentitySeed:AdminEmail"] ?? "admin@example.com";
                var admin = new StaffUser { UserName = adminEmail, Email = adminEmail, Active = true };
                var created = await users.CreateAsync(admin, configuration["IdentitySeed:AdminPassword"]!);
                if (!created.Succeeded)
                {
                    logger.LogWarning("Admin seeding failed: {Errors}", string.Join(", ", created.Errors.Select(e => e.Description)));
                }
            }
        }
        """);

    [Fact]
    public Task Errors_of_a_seed_account_first_looked_up_by_its_constant_are_not_reported() => Logged("""
        static class DbInitializer
        {
            public static async Task InitializeAsync(UserManager<StaffUser> users)
            {
                const string adminEmail = "admin@dentalclinic.example";
                var adminUser = await users.FindByEmailAsync(adminEmail);
                if (adminUser == null)
                {
                    adminUser = new StaffUser { UserName = adminEmail, Email = adminEmail, Active = true };
                    var result = await users.CreateAsync(adminUser, "Admin@123");
                    if (!result.Succeeded)
                    {
                        Console.WriteLine("Failed to create default admin: " + string.Join(", ", result.Errors.Select(e => e.Description)));
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Errors_of_an_account_first_looked_up_by_a_request_are_reported() => Logged("""
        class InviteService
        {
            private readonly UserManager<StaffUser> _users = null!;
            private readonly ILogger<InviteService> _logger = null!;

            public async Task InviteAsync(RegisterRequest request)
            {
                var user = await _users.FindByEmailAsync(request.Email);
                if (user == null)
                {
                    user = new StaffUser { UserName = "invitee", Email = "invitee@example.com" };
                }

                var result = await _users.CreateAsync(user);
                if (!result.Succeeded)
                {
                    {|DG1001:_logger.LogWarning("Invite failed: {Errors}", string.Join(", ", result.Errors.Select(e => e.Description)))|};
                }
            }
        }
        """);

    [Fact]
    public Task Errors_of_an_account_built_from_a_request_are_reported() => Logged("""
        class RegistrationService
        {
            private readonly UserManager<StaffUser> _users = null!;
            private readonly ILogger<RegistrationService> _logger = null!;

            public async Task RegisterAsync(RegisterRequest request)
            {
                var user = new StaffUser { UserName = request.UserName, Email = request.Email };
                var result = await _users.CreateAsync(user);
                if (!result.Succeeded)
                {
                    {|DG1001:_logger.LogWarning("Registration failed: {Errors}", string.Join(", ", result.Errors.Select(e => e.Description)))|};
                }
            }
        }
        """);

    [Fact]
    public Task Errors_of_a_seed_account_whose_email_is_then_set_from_a_request_are_reported() => Logged("""
        class InviteService
        {
            private readonly UserManager<StaffUser> _users = null!;
            private readonly ILogger<InviteService> _logger = null!;

            public async Task InviteAsync(RegisterRequest request)
            {
                var user = new StaffUser { UserName = "invitee", Email = "invitee@example.com" };
                user.Email = request.Email;
                var result = await _users.CreateAsync(user);
                if (!result.Succeeded)
                {
                    {|DG1001:_logger.LogWarning("Invite failed: {Errors}", string.Join(", ", result.Errors.Select(e => e.Description)))|};
                }
            }
        }
        """);
}
