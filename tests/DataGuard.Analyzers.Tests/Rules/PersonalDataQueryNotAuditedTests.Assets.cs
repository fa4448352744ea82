namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and rows that belong to nobody (round 14): a rental fleet's car carries a plate and the address where it stands,
/// a campsite its card and its place on the map. A vehicle tied to a person, or the car's bookings loaded with their
/// customer, is still a look-up.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    private const string Fleet = """
        public class Renter { public int Id { get; set; } public string FullName { get; set; } = ""; public string Email { get; set; } = ""; }
        public class Booking { public int Id { get; set; } public int CarId { get; set; } public Renter? Renter { get; set; } }
        public class FleetCar { public int Id { get; set; } public string Make { get; set; } = ""; public string LicensePlate { get; set; } = ""; public string DisplayName => $"{Make} - {LicensePlate}"; public string? LocationAddress { get; set; } public ICollection<Booking> Bookings { get; set; } = new List<Booking>(); }
        public class OwnedVehicle { public int Id { get; set; } public string PlateNumber { get; set; } = ""; public int OwnerId { get; set; } }
        public class RegisteredVehicle { public int Id { get; set; } public string PlateNumber { get; set; } = ""; public Renter? Keeper { get; set; } }
        public class Pitch { public int Id { get; set; } public string Name { get; set; } = ""; public string StreetAddress { get; set; } = ""; public string PhoneNumber { get; set; } = ""; public string Email { get; set; } = ""; public string WebsiteUrl { get; set; } = ""; public double Latitude { get; set; } public double Longitude { get; set; } }
        public class Lodger { public int Id { get; set; } public string StreetAddress { get; set; } = ""; public string PhoneNumber { get; set; } = ""; public string Email { get; set; } = ""; public string WebsiteUrl { get; set; } = ""; }
        public abstract class FleetDb { public abstract DbSet<FleetCar> Cars { get; } public abstract DbSet<OwnedVehicle> Vehicles { get; } public abstract DbSet<RegisteredVehicle> Registered { get; } public abstract DbSet<Pitch> Pitches { get; } public abstract DbSet<Lodger> Lodgers { get; } }

        """;

    [Fact]
    public Task Fleet_cars_and_campsites_are_silent() => Run(Fleet + """
        class Catalogue
        {
            readonly FleetDb _db = null!;
            public List<FleetCar> Cars() => _db.Cars.Where(c => c.Make != "").ToList();
            public FleetCar? Car(int id) => _db.Cars.FirstOrDefault(c => c.Id == id);
            public List<Pitch> Pitches() => _db.Pitches.ToList();
        }
        """);

    [Fact]
    public Task Vehicles_of_a_person_and_cars_with_their_renters_are_reported() => Run(Fleet + """
        class Registry
        {
            readonly FleetDb _db = null!;
            public OwnedVehicle? ByPlate(string plate) => {|DG1008:_db.Vehicles.FirstOrDefault(v => v.PlateNumber == plate)|};
            public List<RegisteredVehicle> Registered() => {|DG1008:_db.Registered.ToList()|};
            public List<FleetCar> WithRenters() => {|DG1008:_db.Cars.Include(c => c.Bookings).ThenInclude(b => b.Renter).ToList()|};
            public List<Lodger> Lodgers() => {|DG1008:_db.Lodgers.ToList()|};
        }
        """);
}
