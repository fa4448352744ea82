using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Sources;

/// <summary>
/// A vehicle's licence number is its registration plate (round 24: a garage's customer vehicles); the same name on a type
/// not named for a vehicle (a software or trade licence) is no plate.
/// </summary>
public class VehicleLicenseNumbersTests
{
    private static Task Logged(string body) => Verify<PersonalDataLoggedAnalyzer>.Analyzer(TestCode.Wrap(body));

    [Fact]
    public Task Licence_number_of_a_vehicle_is_reported() => Logged("""
        void Log(Vehicle vehicle, VehicleDto dto, string vehicleLicenseNumber)
        {
            {|DG1001:_logger.LogInformation("Register vehicle {LicenseNumber} {Brand}", vehicle.LicenseNumber, vehicle.Brand)|};
            {|DG1001:_logger.LogInformation("Vehicle {LicenceNo}", dto.LicenceNo)|};
            {|DG1001:_logger.LogInformation("Job for {Plate}", vehicleLicenseNumber)|};
        }

        public class Vehicle { public string LicenseNumber { get; set; } = ""; public string Brand { get; set; } = ""; public string OwnerId { get; set; } = ""; }
        public class VehicleDto { public string LicenceNo { get; set; } = ""; }
        """);

    [Fact]
    public Task Licence_number_of_a_product_or_a_shop_is_not_reported() => Logged("""
        void Log(SoftwareProduct product, ShopPermit permit, Vehicle vehicle)
        {
            _logger.LogInformation("Product {LicenseNumber}", product.LicenseNumber);
            _logger.LogInformation("Permit {LicenseNumber}", permit.LicenseNumber);
            _logger.LogInformation("Vehicle {Brand} {LicenseType}", vehicle.Brand, vehicle.LicenseType);
        }

        public class SoftwareProduct { public string LicenseNumber { get; set; } = ""; }
        public class ShopPermit { public string LicenseNumber { get; set; } = ""; }
        public class Vehicle { public string Brand { get; set; } = ""; public string LicenseType { get; set; } = ""; }
        """);
}
