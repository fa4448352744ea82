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

/// <summary>
/// The signed-in user's id cached in a field of the controller (round 34's recruitment controllers: <c>_currentUserId</c> set
/// once from the claim, then <c>return _currentUserId.Value;</c>). A field also set from a request's value names anyone.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    private const string CachedIdDesk = """
        class MyDesk : Page
        {
            readonly CityDb _db = null!;
            int? _currentId;
            int CurrentId()
            {
                if (_currentId == null)
                {
                    if (!int.TryParse(User.FindFirst("sub")?.Value, out var id)) throw new UnauthorizedAccessException("no user");
                    _currentId = id;
                }

                return _currentId.Value;
            }

        """;

    [Fact]
    public Task Own_row_read_by_an_id_cached_in_a_field_from_the_principal_is_silent() => Run(Accounts + CachedIdDesk + """
            string Mine() => _db.Residents.Find(CurrentId())?.Phone ?? "";
            void Reset() => _currentId = null;
        }
        """);

    [Fact]
    public Task Row_read_by_a_cached_id_a_request_can_set_is_reported() => Run(Accounts + CachedIdDesk + """
            string Mine() => {|DG1008:_db.Residents.Find(CurrentId())|}?.Phone ?? "";
            void Switch(int id) => _currentId = id;
        }
        """);
}
