namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and the signed-in user's own rows: a list page starts from them and then filters, sorts and pages them in a local
/// (the rows stay the user's own as long as every later assignment only adds to the same query); a controller helper reads
/// the user's id from the token with a constant fallback for a missing claim.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    [Fact]
    public Task Own_rows_filtered_sorted_and_paged_in_a_local_are_silent() => Run(Accounts + """
        class Portal : Page
        {
            readonly CityDb _db = null!;
            async Task<List<Resident>> Mine(string? status, string sort, bool newest)
            {
                var userId = User.FindFirst("sub")!.Value;
                var query = _db.Residents.Where(r => r.UserId == userId);
                if (status != null) query = query.Where(r => r.Status == status);
                query = sort switch { "name" => query.OrderBy(r => r.FullName), _ => query.OrderBy(r => r.Id) };
                query = newest ? query.OrderByDescending(r => r.Id) : query;
                return await query.Skip(0).Take(10).ToListAsync();
            }
        }
        """);

    [Fact]
    public Task Query_local_given_anyone_elses_rows_is_reported() => Run(Accounts + """
        class Portal : Page
        {
            readonly CityDb _db = null!;
            List<Resident> Listed(bool everyone)
            {
                var query = _db.Residents.Where(r => r.UserId == User.FindFirst("sub")!.Value);
                if (everyone) query = _db.Residents.Where(r => r.Active);
                return {|DG1008:query.OrderBy(r => r.Id).ToList()|};
            }
        }
        """);

    [Fact]
    public Task Own_rows_keyed_by_a_helper_with_a_constant_fallback_are_silent() => Run(Accounts + """
        class Portal : Page
        {
            readonly Residents _residents = null!;
            string CurrentUserId() { var claim = User.FindFirst("sub"); return claim != null ? claim.Value : ""; }
            List<Resident> Mine() => _residents.ByUser(CurrentUserId());
        }
        class Residents { readonly CityDb _db = null!; public List<Resident> ByUser(string userId) => _db.Residents.Where(r => r.UserId == userId).ToList(); }
        """);

    [Fact]
    public Task Rows_keyed_by_a_helper_whose_fallback_is_another_users_id_are_reported() => Run(Accounts + """
        class Portal : Page
        {
            readonly Residents _residents = null!;
            string _selected = "";
            string CurrentUserId() { var claim = User.FindFirst("sub"); return claim != null ? claim.Value : _selected; }
            List<Resident> Mine() => _residents.ByUser(CurrentUserId());
        }
        class Residents { readonly CityDb _db = null!; public List<Resident> ByUser(string userId) => {|DG1008:_db.Residents.Where(r => r.UserId == userId).ToList()|}; }
        """);
}
