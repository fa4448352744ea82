using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Round 33: a tenant's <c>IdentificationNumber</c> interpolated into a validation exception was missed while the same
/// record's e-mail was reported. An identification number is a person's ID number by its name; a vehicle's is not.
/// </summary>
public class IdentificationNumberTests
{
    private static Task Thrown(string body) => Verify<PersonalDataInExceptionMessageAnalyzer>.Analyzer(TestCode.Wrap(body) + """

        public class Tenant
        {
            public string FirstName { get; set; } = "";
            public string IdentificationNumber { get; set; } = "";
        }

        public class Truck
        {
            public string VehicleIdentificationNumber { get; set; } = "";
        }
        """);

    [Fact]
    public Task A_tenants_identification_number_in_an_exception_is_reported() => Thrown("""
        void M(Tenant tenant) => throw {|DG1006:new InvalidOperationException($"A tenant with identification number {tenant.IdentificationNumber} already exists.")|};
        """);

    [Fact]
    public Task A_vehicles_identification_number_in_an_exception_is_silent() => Thrown("""
        void M(Truck truck) => throw new InvalidOperationException($"Truck {truck.VehicleIdentificationNumber} is not registered.");
        """);
}
