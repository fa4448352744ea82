using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A tuple's element names are the program's (round 24 training's garage events: <c>(string Id, string Name, string
/// TelephoneNumber) CustomerInfo</c>): an element named like personal data is personal, a bare <c>Name</c> is a person's when
/// the member holding the tuple is named for one, and <c>LicenseNumber</c> is a plate when it is named for a vehicle. The
/// same element names on a tuple held for a product, or the unnamed <c>Item1</c>, stay silent.
/// </summary>
public class TupleElementsLoggedTests
{
    private const string Event = """
        using System;
        using Microsoft.Extensions.Logging;

        public class MaintenanceJobPlanned
        {
            public readonly (string Id, string Name, string TelephoneNumber) CustomerInfo;
            public readonly (string LicenseNumber, string Brand) VehicleInfo;
            public readonly (string Id, string Name, string LicenseNumber) ProductInfo;
            public readonly (string, string) Pair;
        }

        public class JobHandler
        {
            private readonly ILogger<JobHandler> _logger = null!;

            public void Handle(MaintenanceJobPlanned e)
            {
                LINE;
            }
        }
        """;

    private static Task Run(string line) => LibraryLeakTest.Run(Event.Replace("LINE", line));

    [Fact]
    public Task Element_named_like_a_phone_is_reported()
        => Run("{|DG1001:_logger.LogInformation(\"Call {Phone}\", e.CustomerInfo.TelephoneNumber)|}");

    [Fact]
    public Task Name_element_of_a_tuple_held_for_a_customer_is_reported()
        => Run("{|DG1001:_logger.LogInformation(\"Job for {Customer}\", e.CustomerInfo.Name)|}");

    [Fact]
    public Task License_number_element_of_a_tuple_held_for_a_vehicle_is_reported()
        => Run("{|DG1001:_logger.LogInformation(\"Job for {Plate}\", e.VehicleInfo.LicenseNumber)|}");

    [Fact]
    public Task Same_elements_of_a_tuple_held_for_a_product_are_not_reported()
        => Run("_logger.LogInformation(\"Part {Name} {Licence} {Id}\", e.ProductInfo.Name, e.ProductInfo.LicenseNumber, e.CustomerInfo.Id)");

    [Fact]
    public Task Unnamed_elements_are_not_reported()
        => Run("_logger.LogInformation(\"Pair {A} {B}\", e.Pair.Item1, e.Pair.Item2)");
}
