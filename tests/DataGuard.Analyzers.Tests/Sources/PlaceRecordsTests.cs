using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Sources;

/// <summary>
/// A place's address is not a person's (round 33: a landlord's <c>Property.Address</c>, 14 wrong reports): on a record that
/// is a building, unit, site or asset — by its name or by its members (rent, rooms, inspections, the units it holds) — with no
/// member a person has, the address and its parts are where the thing stands. A person-shaped record (a tenant) keeps them.
/// </summary>
public class PlaceRecordsTests
{
    private const string Records = """

        public class Property
        {
            public Guid Id { get; set; }
            public Guid OrganizationId { get; set; }
            public string Address { get; set; } = "";
            public string? UnitNumber { get; set; }
            public string City { get; set; } = "";
            public string ZipCode { get; set; } = "";
            public decimal MonthlyRent { get; set; }
            public int Bedrooms { get; set; }
            public DateTime? NextRoutineInspectionDueDate { get; set; }
        }

        public class Listing
        {
            public string StreetAddress { get; set; } = "";
            public string PostalCode { get; set; } = "";
            public int SquareFeet { get; set; }
        }

        public class Building
        {
            public string Address { get; set; } = "";
            public int Floors { get; set; }
            public string OwnerAddress { get; set; } = "";
        }

        public class Tenant
        {
            public string FirstName { get; set; } = "";
            public string Email { get; set; } = "";
            public string Address { get; set; } = "";
            public decimal MonthlyRent { get; set; }
        }

        public class Residence
        {
            public string Address { get; set; } = "";
            public string Email { get; set; } = "";
            public int Bedrooms { get; set; }
        }

        public class Delivery
        {
            public string Address { get; set; } = "";
            public string City { get; set; } = "";
            public string Unit { get; set; } = "";
        }
        """;

    private static Task Logged(string body) => Verify<PersonalDataLoggedAnalyzer>.Analyzer(TestCode.Wrap(body) + Records);

    private static Task Thrown(string body) => Verify<PersonalDataInExceptionMessageAnalyzer>.Analyzer(TestCode.Wrap(body) + Records);

    [Fact]
    public Task A_rental_buildings_address_logged_is_silent() => Logged("""
        void M(Property property) => _logger.LogWarning("Property {Address} {City} {Zip} - inspection overdue", property.Address, property.City, property.ZipCode);
        """);

    [Fact]
    public Task A_place_told_by_its_members_keeps_its_address_silent() => Logged("""
        void M(Listing listing) => _logger.LogInformation("Listed {Street} {Postal}", listing.StreetAddress, listing.PostalCode);
        """);

    [Fact]
    public Task A_buildings_address_in_an_exception_is_silent() => Thrown("""
        void M(Property property) => throw new InvalidOperationException($"A property with address '{property.Address}' already exists.");
        """);

    [Fact]
    public Task A_member_named_for_its_person_stays_personal_on_a_place() => Logged("""
        void M(Building building) => {|DG1001:_logger.LogInformation("Owner lives at {Address}", building.OwnerAddress)|};
        """);

    [Fact]
    public Task A_tenants_address_stays_personal_though_the_record_has_rent() => Logged("""
        void M(Tenant tenant) => {|DG1001:_logger.LogInformation("Tenant at {Address}", tenant.Address)|};
        """);

    [Fact]
    public Task A_place_shaped_record_with_a_persons_email_keeps_its_address_personal() => Logged("""
        void M(Residence residence) => {|DG1001:_logger.LogInformation("At {Address}", residence.Address)|};
        """);

    [Fact]
    public Task An_address_with_a_unit_and_nothing_of_a_place_stays_personal() => Thrown("""
        void M(Delivery delivery) => throw {|DG1006:new InvalidOperationException("No courier for " + delivery.Address)|};
        """);
}
