namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and the user a token is issued to (round 21's hotel): a row whose values go only into the claims of the token
/// or cookie being issued goes back to the person it describes; the same row shown anywhere else is still a look-up.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    private const string Guests = """
        public class Guest
        {
            public int Id { get; set; }
            public string UserId { get; set; } = "";
            public string FirstName { get; set; } = "";
            public string LastName { get; set; } = "";
            public DateTime? DateOfBirth { get; set; }
            public string? Address { get; set; }
        }
        public abstract class HotelDb { public abstract DbSet<Guest> Guests { get; } }
        public class GuestCard { public string FullName { get; set; } = ""; }

        """;

    [Fact]
    public Task Row_copied_only_into_the_claims_of_a_token_is_silent() => Run(Guests + """
        public class TokenClaims
        {
            private readonly HotelDb _db;
            public TokenClaims(HotelDb db) => _db = db;

            public List<System.Security.Claims.Claim> For(string userId)
            {
                var guest = _db.Guests.First(g => g.UserId == userId);
                return new List<System.Security.Claims.Claim> { new(System.Security.Claims.ClaimTypes.GivenName, guest.FirstName), new(System.Security.Claims.ClaimTypes.Surname, guest.LastName) };
            }

            public async Task AddGuestClaims(string userId, List<System.Security.Claims.Claim> claims)
            {
                var guest = await _db.Guests.FirstOrDefaultAsync(g => g.UserId == userId);
                if (guest != null)
                {
                    claims.Add(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.DateOfBirth, guest.DateOfBirth?.ToString("yyyy-MM-dd") ?? string.Empty));
                    claims.Add(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.StreetAddress, guest.Address ?? string.Empty));
                }
            }
        }
        """);

    [Fact]
    public Task Row_put_into_claims_and_also_returned_is_reported() => Run(Guests + """
        public class TokenClaims
        {
            private readonly HotelDb _db;
            public TokenClaims(HotelDb db) => _db = db;

            public (List<System.Security.Claims.Claim> Claims, GuestCard Card) For(string userId)
            {
                var guest = {|DG1008:_db.Guests.First(g => g.UserId == userId)|};
                var claims = new List<System.Security.Claims.Claim> { new(System.Security.Claims.ClaimTypes.GivenName, guest.FirstName) };
                return (claims, new GuestCard { FullName = guest.FirstName + " " + guest.LastName });
            }
        }
        """);

    [Fact]
    public Task Birth_date_formatted_as_text_and_returned_is_reported() => Run(Guests + """
        public class GuestDates
        {
            private readonly HotelDb _db;
            public GuestDates(HotelDb db) => _db = db;
            public string BirthDay(int id) => {|DG1008:_db.Guests.First(g => g.Id == id)|}.DateOfBirth?.ToString("yyyy-MM-dd") ?? "";
            public string Born(int id) { var guest = {|DG1008:_db.Guests.First(g => g.Id == id)|}; return guest.DateOfBirth.ToString() ?? ""; }
        }
        """);
}
