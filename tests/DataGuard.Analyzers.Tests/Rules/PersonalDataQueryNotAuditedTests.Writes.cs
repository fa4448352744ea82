namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// Reads whose rows go only into writes, existence checks and totals (round 21, issue 10 §4): an import or generation job
/// that reads a patient to store a new row made from it, a ward's rows only summed. A read whose rows also reach the
/// method's answer — returned, or put into the list it returns — stays a look-up. The endpoints are internal: a library's
/// public query returning a record is judged at its callers in other projects instead.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    /// <summary>A clinic's patients and the visits imported for them.</summary>
    private const string Clinic = """
        public class Patient { public int Id { get; set; } public string FullName { get; set; } = ""; public string Email { get; set; } = ""; public string Ward { get; set; } = ""; public decimal Balance { get; set; } }
        public class Visit { public int Id { get; set; } public int PatientId { get; set; } public string PatientName { get; set; } = ""; }
        public class VisitSummary { public string PatientName { get; set; } = ""; }
        public interface IVisitStore { Task SaveAsync(Visit visit); }
        public abstract class ClinicDb { public abstract DbSet<Patient> Patients { get; } public abstract DbSet<Visit> Visits { get; } public abstract Task SaveChangesAsync(); }

        """;

    /// <summary>An import job over <see cref="Clinic"/>: <c>CODE</c> is its body.</summary>
    private static string ImportJob(string code) => Clinic + """
        internal class VisitImport
        {
            readonly ClinicDb _db = null!;
            readonly IVisitStore _visits = null!;

            CODE
        }
        """.Replace("CODE", code);

    // ----- silent -----

    [Fact]
    public Task Import_that_saves_a_new_row_made_from_the_read_row_is_silent() => Run(ImportJob("""
        public async Task<bool> ImportAsync(int patientId)
        {
            var patient = await _db.Patients.FirstOrDefaultAsync(p => p.Id == patientId);
            if (patient == null) return false;
            var name = $"{patient.FullName}".Trim();
            var visit = new Visit { PatientId = patient.Id, PatientName = name };
            await _visits.SaveAsync(visit);
            return true;
        }
        """));

    [Fact]
    public Task Rows_only_stored_into_new_rows_are_silent() => Run(ImportJob("""
        public async Task<int> OpenVisitsAsync(string ward)
        {
            var patients = await _db.Patients.Where(p => p.Ward == ward).ToListAsync();
            foreach (var patient in patients) _db.Visits.Add(new Visit { PatientId = patient.Id, PatientName = patient.FullName });
            return patients.Count;
        }
        """));

    [Fact]
    public Task Rows_only_summed_are_silent() => Run(ImportJob("""
        public async Task<decimal> TotalDueAsync(string ward)
        {
            var patients = await _db.Patients.Where(p => p.Ward == ward).ToListAsync();
            return patients.Sum(p => p.Balance);
        }
        """));

    // ----- reported -----

    [Fact]
    public Task Rows_both_returned_and_made_into_new_rows_are_reported() => Run(ImportJob("""
        public async Task<List<Patient>> OpenVisitsAsync(string ward)
        {
            var patients = await {|DG1008:_db.Patients.Where(p => p.Ward == ward).ToListAsync()|};
            foreach (var patient in patients) _db.Visits.Add(new Visit { PatientId = patient.Id, PatientName = patient.FullName });
            await _db.SaveChangesAsync();
            return patients;
        }
        """));

    [Fact]
    public Task Row_stored_and_put_into_the_returned_list_is_reported() => Run(ImportJob("""
        public async Task<List<VisitSummary>> ImportAsync(int patientId)
        {
            var summaries = new List<VisitSummary>();
            var patient = await {|DG1008:_db.Patients.FirstOrDefaultAsync(p => p.Id == patientId)|};
            if (patient == null) return summaries;
            _db.Visits.Add(new Visit { PatientId = patient.Id });
            summaries.Add(new VisitSummary { PatientName = patient.FullName });
            await _db.SaveChangesAsync();
            return summaries;
        }
        """));

    [Fact]
    public Task Row_saved_into_a_new_row_and_returned_is_reported() => Run(ImportJob("""
        public async Task<Patient?> ImportAsync(int patientId)
        {
            var patient = await {|DG1008:_db.Patients.FirstOrDefaultAsync(p => p.Id == patientId)|};
            if (patient == null) return null;
            await _visits.SaveAsync(new Visit { PatientId = patient.Id, PatientName = patient.FullName });
            return patient;
        }
        """));

    [Fact]
    public Task Rows_summed_beside_a_column_returned_are_reported() => Run(ImportJob("""
        public async Task<string> WardReportAsync(string ward)
        {
            var patients = await {|DG1008:_db.Patients.Where(p => p.Ward == ward).ToListAsync()|};
            return $"{patients.Sum(p => p.Balance)} due, first {patients[0].FullName}";
        }
        """));
}
