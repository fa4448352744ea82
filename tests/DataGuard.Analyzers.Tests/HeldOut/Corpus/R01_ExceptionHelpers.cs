using System;

namespace Police.Licensing.Errors;

public sealed class LicenseSuspendedException : Exception
{
    public LicenseSuspendedException(string driverLicenseNo, DateOnly until)
        : this($"License {driverLicenseNo} suspended until {until:yyyy-MM-dd}") // expect: DG1006
    {
    }

    public LicenseSuspendedException(DateOnly until, int points)
        : this($"License suspended until {until:yyyy-MM-dd} ({points} points)")
    {
    }

    private LicenseSuspendedException(string message) : base(message) { }
}

public sealed class LicenseRecord
{
    public string DriverLicenseNo { get; set; } = "";
    public string HolderMobile { get; set; } = "";
    public int Points { get; set; }
}

public static class LicenseChecks
{
    private static string Describe(LicenseRecord r) => $"license {r.DriverLicenseNo} ({r.Points} points)";

    private static string DescribePoints(LicenseRecord r) => $"license with {r.Points} points";

    public static void Check(LicenseRecord r)
    {
        if (r.Points > 12)
        {
            throw new InvalidOperationException("Too many points on " + Describe(r)); // expect: DG1006
        }

        if (r.Points > 10)
        {
            throw new InvalidOperationException("Warning threshold reached for " + DescribePoints(r));
        }
    }
}
