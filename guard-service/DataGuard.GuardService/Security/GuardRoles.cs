namespace DataGuard.GuardService.Security;

/// <summary>Role names in <c>DataGuard:Access:Keys[].Roles</c> and the authorization policies built on them.</summary>
public static class GuardRoles
{
    /// <summary>May read and verify the audit trail.</summary>
    public const string Auditor = "auditor";

    /// <summary>Policy: any person with a valid key.</summary>
    public const string StaffPolicy = "staff";

    /// <summary>Policy: the auditor role.</summary>
    public const string AuditorPolicy = "auditor";

    /// <summary>Rate-limiting policy partitioned by user.</summary>
    public const string PerUserRateLimit = "per-user";
}
