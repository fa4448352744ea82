namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and the acting user's permission check: a service of another project is handed the caller's id and reads that
/// account only to compare its role with constants before it acts. A comparison with a constant answers yes or no; the row
/// reaches nobody. A column handed on, or a personal column tested, is still a look-up.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    /// <summary>Staff accounts with a role each, and the cases they work on.</summary>
    private const string Staff = """
        public class Role { public int Id { get; set; } public string? RoleName { get; set; } public ICollection<Officer> Officers { get; set; } = new List<Officer>(); }
        public class Officer { public int Id { get; set; } public string? FullName { get; set; } public string? Email { get; set; } public int RoleId { get; set; } public Role Role { get; set; } = null!; }
        public class Case { public int Id { get; set; } public string Summary { get; set; } = ""; public int LeadId { get; set; } }
        public abstract class CaseDb { public abstract DbSet<Officer> Officers { get; } public abstract DbSet<Case> Cases { get; } public abstract Task SaveChangesAsync(); }

        """;

    [Fact]
    public Task Account_read_only_to_compare_its_role_with_constants_is_silent() => Run(Staff + """
        public class CaseService
        {
            readonly CaseDb _db = null!;
            public async Task<bool> CloseAsync(int caseId, int actingUserId)
            {
                var actor = await _db.Officers.Include(o => o.Role).FirstOrDefaultAsync(o => o.Id == actingUserId);
                if (actor?.Role?.RoleName != "Station Head" && actor?.Role?.RoleName != "Administrator") return false;
                await _db.SaveChangesAsync();
                return true;
            }

            public bool MayApprove(int userId)
            {
                var user = _db.Officers.Find(userId);
                return user != null && user.Role.RoleName is "Judge" or "Administrator";
            }
        }
        """);

    [Fact]
    public Task Account_whose_role_or_name_is_handed_on_is_reported() => Run(Staff + """
        public class CaseService
        {
            readonly CaseDb _db = null!;
            public async Task<string> BadgeAsync(int userId)
            {
                var actor = await {|DG1008:_db.Officers.Include(o => o.Role).FirstOrDefaultAsync(o => o.Id == userId)|};
                if (actor?.Role?.RoleName != "Administrator") return "";
                return actor.Role.RoleName + " " + actor.FullName;
            }

            public bool IsNamed(int userId)
            {
                var user = {|DG1008:_db.Officers.Find(userId)|};
                return user != null && user.FullName == "Chief";
            }
        }
        """);
}
