using System.Diagnostics;
using System.Text;

namespace Police.Model.Debugging;

[DebuggerDisplay("{DebuggerDisplay,nq}")]
public sealed class Complainant // expect: DG1007
{
    public string CaseNo { get; set; } = "";
    public string Mobile { get; set; } = "";
    private string DebuggerDisplay => $"{CaseNo} / {Mobile}";
}

[DebuggerDisplay("{DebuggerDisplay,nq}")]
public sealed class Patrol
{
    public string Route { get; set; } = "";
    public string LeaderMobile { get; set; } = "";
    private string DebuggerDisplay => $"Patrol {Route}";
}

public struct PlateRead // expect: DG1007
{
    public string PlateNumber;
    public float Confidence;
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(PlateNumber).Append(" @ ").Append(Confidence.ToString("P0"));
        return sb.ToString();
    }
}

public record Applicant(string ApplicantName, string CaseNo) // expect: DG1007
{
    protected virtual bool PrintMembers(StringBuilder builder)
    {
        builder.Append("ApplicantName = ").Append(ApplicantName);
        return true;
    }
}

public record Permit(string PermitNo, string HolderPhone)
{
    protected virtual bool PrintMembers(StringBuilder builder)
    {
        builder.Append("PermitNo = ").Append(PermitNo);
        return true;
    }
}
