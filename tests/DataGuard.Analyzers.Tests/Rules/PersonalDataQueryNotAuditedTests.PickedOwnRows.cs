namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and the signed-in user's own row picked out of a list in memory (round 33's HR back end): a helper loads the
/// employees, picks the one whose e-mail equals the principal's (<c>e.Email.Equals(email, OrdinalIgnoreCase)</c>) and answers
/// with its id; the actions then read that employee's alerts and files by it. A list picked from by a request's value, or
/// used for more than the pick, stays a look-up.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    private const string SignedInDesk = """
        class MyDesk : Page
        {
            readonly CityDb _db = null!;
            string? Name() => User.FindFirst("name")?.Value ?? User.FindFirst("email")?.Value ?? User.FindFirst("upn")?.Value;
            int? MyId()
            {
                var name = Name();
                if (string.IsNullOrEmpty(name)) return null;
                try
                {
                    var all = _db.Residents.ToList();
                    var me = all.FirstOrDefault(r => r.FullName.Equals(name, System.StringComparison.OrdinalIgnoreCase));
                    return me?.Id;
                }
                catch (System.Exception) { return null; }
            }

        """;

    [Fact]
    public Task Own_row_picked_from_a_list_by_the_principals_value_is_silent() => Run(Accounts + SignedInDesk + """
            string Mine() { var id = MyId(); if (!id.HasValue) return ""; return _db.Residents.FirstOrDefault(r => r.Id == id.Value)?.Phone ?? ""; }
            string ByName() { var name = Name(); return _db.Residents.FirstOrDefault(r => string.Equals(r.FullName, name))?.Phone ?? ""; }
        }
        """);

    [Fact]
    public Task Row_picked_from_a_list_by_a_requests_value_is_reported() => Run(Accounts + SignedInDesk + """
            int? IdOf(string name) { var all = {|DG1008:_db.Residents.ToList()|}; return all.FirstOrDefault(r => r.FullName.Equals(name))?.Id; }
            string Other(int id) { var mine = MyId(); return {|DG1008:_db.Residents.FirstOrDefault(r => r.Id == id)|}?.Phone ?? mine.ToString(); }
        }
        """);

    [Fact]
    public Task List_used_beside_the_pick_of_the_own_row_is_reported() => Run(Accounts + SignedInDesk + """
            string Others()
            {
                var name = Name();
                var all = {|DG1008:_db.Residents.ToList()|};
                var me = all.FirstOrDefault(r => r.FullName.Equals(name));
                return me == null ? all[0].Phone : "";
            }
        }
        """);
}
