using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Police.Diagnostics.Variants;

public static class IdCheckDiagnostics
{
    private static readonly Regex IdPattern = new("^[A-Z][12][0-9]{8}$");

    public static bool Check(string nationalId, bool verbose)
    {
        var valid = IdPattern.IsMatch(nationalId);
        Debug.WriteLine($"ID pattern valid: {valid}");
        Debug.WriteLineIf(verbose, "Checked " + nationalId); // expect: DG1001
        Debug.Print("Checked {0}", nationalId); // expect: DG1001
        Trace.TraceError("Check of {0} characters failed", nationalId.Length);
        Trace.TraceError("Check failed for {0}", nationalId); // expect: DG1001
        Debug.WriteLine(nationalId.Equals("A123456789") ? "test id" : "real id");
        return valid;
    }
}
