namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and round 34's checks before a write and counts (recruitment's scheduling and reporting services): a pending visit
/// picked with <c>FirstOrDefault</c> and compared with <c>null</c>, a clash computed from the rows' dates, the next round's
/// number, the rows grouped by state and counted, an expiry compared with the clock. The rows are judged by what is picked,
/// grouped or computed from them; a picked row or a group whose person reaches the answer stays a look-up.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    private const string Visits = """
        public enum VisitState { Booked, Done }
        public class Visit { public int Id { get; set; } public int Round { get; set; } public VisitState State { get; set; } public DateTime Start { get; set; } public int Minutes { get; set; } public string GuestName { get; set; } = ""; public Resident Resident { get; set; } = null!; }
        public abstract class VisitDb { public abstract DbSet<Visit> Visits { get; } }

        """;

    [Fact]
    public Task Row_picked_only_to_test_for_a_pending_visit_is_silent() => Run(Accounts + Visits + """
        class Scheduling
        {
            bool MayBook(VisitDb db, int resident)
            {
                var visits = db.Visits.Where(v => v.Resident.Id == resident).ToList();
                var pending = visits.FirstOrDefault(v => v.State == VisitState.Booked && v.Start > DateTime.UtcNow);
                return pending == null;
            }

            void EnsureNonePending(VisitDb db, int resident)
            {
                var visits = db.Visits.Where(v => v.Resident.Id == resident).ToList();
                var pending = visits.FirstOrDefault(v => v.State == VisitState.Booked);
                if (pending != null) throw new InvalidOperationException($"visit {pending.Id} is pending");
            }
        }
        """);

    [Fact]
    public Task Clash_and_expiry_computed_from_the_rows_dates_is_silent() => Run(Accounts + Visits + """
        class Scheduling
        {
            bool Clashes(VisitDb db, int resident, DateTime start)
            {
                var upcoming = db.Visits.Where(v => v.Resident.Id == resident).Select(v => v).ToList();
                if (!upcoming.Any()) return false;
                foreach (var visit in upcoming)
                {
                    var begin = visit.Start;
                    var end = begin.AddMinutes(visit.Minutes);
                    var buffered = end.AddMinutes(15);
                    if (start < buffered && start > begin) return true;
                }

                return false;
            }

            bool Expired(VisitDb db, int id)
            {
                var visit = db.Visits.Find(id);
                return visit != null && visit.Start < DateTime.UtcNow && visit.State == VisitState.Booked;
            }

            bool TooLate(VisitDb db, int id)
            {
                var visit = db.Visits.Find(id);
                if (visit == null) return false;
                return (DateTime.UtcNow - visit.Start).TotalDays > 7;
            }
        }
        """);

    [Fact]
    public Task Rows_grouped_and_counted_or_their_highest_round_are_silent() => Run(Accounts + Visits + """
        class Reporting
        {
            Dictionary<VisitState, int> Distribution(VisitDb db)
            {
                var visits = db.Visits.Where(v => v.Start > DateTime.UtcNow.AddDays(-30)).ToList();
                return visits.GroupBy(v => v.State).ToDictionary(g => g.Key, g => g.Count());
            }

            int NextRound(VisitDb db, int resident)
            {
                var visits = db.Visits.Where(v => v.Resident.Id == resident).ToList();
                if (!visits.Any()) return 1;
                var highest = visits.Max(v => v.Round);
                return visits.Where(v => v.Round == highest).Any(v => v.State == VisitState.Done) ? highest + 1 : highest;
            }
        }
        """);

    [Fact]
    public Task Picked_row_or_group_whose_person_reaches_the_answer_is_reported() => Run(Accounts + Visits + """
        public class Scheduling
        {
            public Visit? Next(VisitDb db, int resident)
            {
                var visits = {|DG1008:db.Visits.Where(v => v.Resident.Id == resident).ToList()|};
                return visits.FirstOrDefault(v => v.State == VisitState.Booked);
            }

            public string Clash(VisitDb db, DateTime start)
            {
                var visits = {|DG1008:db.Visits.ToList()|};
                var clash = visits.FirstOrDefault(v => v.Start < start);
                return clash == null ? "" : clash.GuestName;
            }

            public List<Visit> FirstOfEachState(VisitDb db)
                => {|DG1008:db.Visits.ToList()|}.GroupBy(v => v.State).Select(g => g.First()).ToList();
        }
        """);

    [Fact]
    public Task Check_that_writes_the_rows_person_out_is_reported() => Run(Accounts + Visits + """
        class Scheduling
        {
            bool Clashes(VisitDb db, DateTime start)
            {
                foreach (var visit in {|DG1008:db.Visits.ToList()|})
                {
                    if (visit.Start < start) { Console.WriteLine(visit.GuestName); return true; }
                }

                return false;
            }
        }
        """);
}
