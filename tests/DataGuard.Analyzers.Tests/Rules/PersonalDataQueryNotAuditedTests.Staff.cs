namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and the organisation's own staff (round 29's DentalManagement and Clinix): doctors, their leave, time slots and
/// treatment assignments, with the login account each points at, are a colleague directory; a row found by the secret token
/// mailed to its owner (a booking's confirmation, an invitation) is the holder's own. A doctor loaded with the patients of
/// their appointments, a patient's own row, and a row found by a guessable key stay look-ups.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    private const string StaffClinic = """
        public class ClinicUser { public string Id { get; set; } = ""; public string Email { get; set; } = ""; public string PhoneNumber { get; set; } = ""; }
        public class Doctor
        {
            public int Id { get; set; }
            public string UserId { get; set; } = "";
            public ClinicUser User { get; set; } = null!;
            public string FirstName { get; set; } = "";
            public string LastName { get; set; } = "";
            public DateTime DateOfBirth { get; set; }
            public string? PhoneNumber { get; set; }
            public List<Visit> Visits { get; set; } = new();
        }
        public class DoctorLeaveRequest { public int Id { get; set; } public int DoctorId { get; set; } public Doctor Doctor { get; set; } = null!; public string? ApprovedByUserId { get; set; } public ClinicUser? ApprovedByUser { get; set; } public DateTime From { get; set; } }
        public class TimeSlot { public int Id { get; set; } public int DoctorId { get; set; } public Doctor? Doctor { get; set; } public DateTime StartTime { get; set; } }
        public class Patient { public int Id { get; set; } public string FirstName { get; set; } = ""; public string LastName { get; set; } = ""; public DateTime DateOfBirth { get; set; } public ClinicUser User { get; set; } = null!; }
        public class Visit { public int Id { get; set; } public string ConfirmationToken { get; set; } = ""; public string GuestEmail { get; set; } = ""; public Patient Patient { get; set; } = null!; }
        public abstract class ClinicDb
        {
            public abstract DbSet<Doctor> Doctors { get; }
            public abstract DbSet<DoctorLeaveRequest> LeaveRequests { get; }
            public abstract DbSet<TimeSlot> TimeSlots { get; }
            public abstract DbSet<Patient> Patients { get; }
            public abstract DbSet<Visit> Visits { get; }
        }

        """;

    [Fact]
    public Task Doctors_their_leave_and_time_slots_are_silent() => Run(StaffClinic + """
        class Rota
        {
            readonly ClinicDb _db = null!;
            public List<Doctor> Doctors() => _db.Doctors.Include(d => d.User).Where(d => d.LastName != "").ToList();
            public Doctor? Doctor(int id) => _db.Doctors.Include(d => d.User).FirstOrDefault(d => d.Id == id);
            public List<DoctorLeaveRequest> Leave() => _db.LeaveRequests.Include(l => l.Doctor).ThenInclude(d => d.User).Include(l => l.ApprovedByUser).ToList();
            public List<TimeSlot> Slots() => _db.TimeSlots.Include(t => t.Doctor).ThenInclude(d => d!.User).ToList();
            public List<TimeSlot> SlotsOf(int doctorId) => _db.TimeSlots.Where(t => t.DoctorId == doctorId).ToList();
            public Doctor? Signed(string userId) => _db.Doctors.Include(d => d.User).FirstOrDefault(d => d.UserId == userId);
        }
        """);

    [Fact]
    public Task Doctor_with_the_patients_of_their_visits_and_patients_are_reported() => Run(StaffClinic + """
        class Records
        {
            readonly ClinicDb _db = null!;
            public Doctor? WithPatients(int id) => {|DG1008:_db.Doctors.Include(d => d.Visits).ThenInclude(v => v.Patient).FirstOrDefault(d => d.Id == id)|};
            public List<Patient> Patients() => {|DG1008:_db.Patients.ToList()|};
            public Patient? Patient(int id) => {|DG1008:_db.Patients.Include(p => p.User).FirstOrDefault(p => p.Id == id)|};
        }
        """);

    [Fact]
    public Task Row_found_by_its_mailed_token_is_silent() => Run(StaffClinic + """
        class Confirmations
        {
            readonly ClinicDb _db = null!;
            public Task<Visit?> Confirm(string token) => _db.Visits.Include(v => v.Patient).FirstOrDefaultAsync(v => v.ConfirmationToken == token);
        }
        """);

    [Fact]
    public Task Row_found_by_a_guessable_key_is_reported() => Run(StaffClinic + """
        class Confirmations
        {
            readonly ClinicDb _db = null!;
            public Task<Visit?> ByEmail(string email) => {|DG1008:_db.Visits.Include(v => v.Patient).FirstOrDefaultAsync(v => v.GuestEmail == email)|};
        }
        """);
}
