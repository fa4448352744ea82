using System;
using System.Collections.Generic;
using System.Linq;
using Serilog;

namespace Police.Patrol;

public sealed class Witness
{
    public string FullName { get; init; } = "";
    public string Mobile { get; init; } = "";
    public int Age { get; init; }
}

public sealed class PatrolReport
{
    public string ReportNo { get; init; } = "";
    public string Beat { get; init; } = "";
    public List<Witness> Witnesses { get; } = new();
}

public static class PatrolReportLog
{
    public static void Submitted(PatrolReport report)
    {
        Log.Information("Patrol report {ReportNo} submitted for beat {Beat}", report.ReportNo, report.Beat);
        Log.Information("Report {ReportNo} has {WitnessCount} witnesses", report.ReportNo, report.Witnesses.Count);

        var contacts = string.Join(", ", report.Witnesses.Select(w => w.Mobile));
        Log.Debug("Witness contacts: {Contacts}", contacts); // expect: DG1001

        foreach (var witness in report.Witnesses)
        {
            Log.Information("Witness {@Witness} recorded", witness); // expect: DG1001
            Log.Information<int>("Witness aged {Age} recorded", witness.Age);
        }
    }

    public static void Rejected(PatrolReport report, Exception ex)
    {
        Log.Error(ex, "Report {ReportNo} rejected", report.ReportNo);
        Log.ForContext("FirstWitness", report.Witnesses.FirstOrDefault()?.FullName).Warning("Report rejected"); // expect: DG1001
    }
}
