using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Sources;

/// <summary>
/// Records that describe an organisation or an animal: their contact fields and names are the business's or the pet's, not a
/// person's (round 15: a clinic branch's address and reception phones, a veterinary patient's name). A person's record keeps
/// its contact fields, and a member whose own name says whose it is stays personal on any record.
/// </summary>
public class NonPersonRecordsTests
{
    private static Task ToString(string code) => Verify<PersonalDataExposedByToStringAnalyzer>.Analyzer(TestCode.Usings + code);

    private static Task Logged(string body) => Verify<PersonalDataLoggedAnalyzer>.Analyzer(TestCode.Wrap(body));

    // ----- an organisation's record -----

    [Fact]
    public Task Branch_commands_and_rows_print_the_business_contact_silently() => ToString("""
        public record BranchPhoneInput(string PhoneNumber, string? Label = null);
        public record CreateBranchCommand(string Name, string AddressLine, int? CityId, List<BranchPhoneInput> PhoneNumbers);
        public record GetBranchesQuery;
        public record BranchDto(Guid Id, string Name, string? AddressLine, bool IsMainBranch, List<BranchPhoneDto> PhoneNumbers);
        public record BranchPhoneDto(string PhoneNumber, string? Label);
        public record CompanyRow(string Name, string Email, string Fax, string Address);
        """);

    [Fact]
    public Task Record_naming_the_organisation_it_sets_up_is_silent() => ToString("""
        public record BranchPhoneInput(string PhoneNumber, string? Label = null);
        public record CompleteOnboarding(string ClinicName, Guid PlanId, string BranchName, string AddressLine, string? CountryCode, List<BranchPhoneInput>? PhoneNumbers);
        """);

    [Fact]
    public Task Organisation_record_with_a_persons_identity_is_reported() => ToString("""
        public record {|DG1007:CreateBranchCommand|}(string Name, string AddressLine, string ManagerName, DateTime DateOfBirth);
        public record {|DG1007:RegisterClinicCommand|}(string ClinicName, string FullName, string Email, string Phone);
        """);

    [Fact]
    public Task Member_named_for_a_person_stays_personal_on_an_organisations_record() => ToString("""
        public record {|DG1007:CompanyDto|}(string Name, string Address, string ContactEmail);
        """);

    [Fact]
    public Task Persons_records_keep_their_contact_fields() => ToString("""
        public record {|DG1007:CustomerDto|}(string Name, string Address, string Phone);
        public record {|DG1007:UpdateProfileCommand|}(string Email, string PhoneNumber);
        public record {|DG1007:EmployeeOfTheBranch|}(string BranchName, string Phone, string Gender);
        """);

    [Fact]
    public Task Branch_phone_logged_is_silent_and_a_customers_phone_is_reported() => Logged("""
        void Log(BranchDto branch, CustomerDto customer)
        {
            _logger.LogInformation("Branch {Phone}", branch.Phone);
            {|DG1001:_logger.LogInformation("Customer {Phone}", customer.Phone)|};
        }

        public class BranchDto { public string Name { get; set; } = ""; public string Phone { get; set; } = ""; public string AddressLine { get; set; } = ""; }
        public class CustomerDto { public string Name { get; set; } = ""; public string Phone { get; set; } = ""; }
        """);

    // ----- an organisation by its company attributes (round 24) -----

    [Fact]
    public Task Customer_registered_for_tax_or_vat_prints_the_company_contact_silently() => ToString("""
        public record CustomerDto(string Name, string Email, string Phone, string? TaxId, bool IsVatExempt);
        public record ClientRow(string Name, string Address, string VatNumber);
        """);

    [Fact]
    public Task Company_customers_name_logged_is_silent_and_a_persons_customer_is_reported() => Logged("""
        void Log(Shipper shipper, Customer customer)
        {
            _logger.LogInformation("Shipper {Name}", shipper.Name);
            {|DG1001:_logger.LogInformation("Customer {Name} {Phone} {Email}", customer.Name, customer.Phone, customer.Email)|};
        }

        public class Shipper { public string Name { get; set; } = ""; public string? Email { get; set; } public string? TaxId { get; set; } public bool IsVatExempt { get; set; } }
        public class Customer { public string Name { get; set; } = ""; public string Phone { get; set; } = ""; public string Email { get; set; } = ""; }
        """);

    [Fact]
    public Task Customer_with_a_tax_number_and_a_persons_identity_is_reported() => ToString("""
        public record {|DG1007:CustomerDto|}(string FirstName, string LastName, string Email, string TaxId);
        public record {|DG1007:TaxpayerDto|}(string Name, string Phone, string TaxNumber, DateTime DateOfBirth);
        public record {|DG1007:InvoiceCustomerDto|}(string Name, string Phone, decimal TaxRate);
        """);

    // ----- an organisation by what its members describe (round 25) -----

    [Fact]
    public Task Record_with_a_business_registration_prints_its_contact_silently() => ToString("""
        public record CarrierDto(string Name, string Email, string Phone, string McNumber);
        public record PartnerRow(string Name, string Address, string Phone, string CompanyRegistrationNumber);
        public record SupplierProfile(string Name, string Email, string Ubn);
        """);

    [Fact]
    public Task Record_with_two_kinds_of_company_detail_prints_its_contact_silently() => ToString("""
        public record Affiliate(string Name, string Email, string Phone, string Website, string Industry);
        public record LimoOperatorDto(string Name, string Email, string PhoneNumber, string Website, string RegistrationNumber);
        """);

    /// <summary>Round 32's ERP stores: a contact phone beside the company's name, VAT number and web address is the business's line.</summary>
    [Fact]
    public Task Contact_line_of_a_registered_business_without_a_contact_person_is_silent() => ToString("""
        public record CreateStoreCommand(string Name, string OwnerId, string? Url, string? CompanyName, string? CompanyAddress, string? CompanyPhoneNumber, string? CompanyVat, string? ContactPhone, string? Email);
        """);

    [Fact]
    public Task Contact_line_of_a_registered_business_with_a_named_contact_person_stays_personal() => ToString("""
        public record {|DG1007:CreateVendorCommand|}(string CompanyName, string CompanyVat, string ContactPerson, string ContactPhone);
        """);

    [Fact]
    public Task Contact_persons_member_stays_personal_on_a_company_record() => ToString("""
        public record {|DG1007:AgencyListing|}(string Name, string Phone, string Website, string Industry, string ContactEmail);
        """);

    [Fact]
    public Task Person_with_a_company_member_is_reported() => ToString("""
        public record {|DG1007:EmployeeDto|}(string Name, string Email, string CompanyName, string Website);
        public record {|DG1007:UserProfile|}(string DisplayName, string Email, string CompanyName, string Website);
        public record {|DG1007:Speaker|}(string FirstName, string LastName, string Email, string CompanyName, string Website, string McNumber);
        public record {|DG1007:SpeakerDto|}(string Name, string Email, string Website);
        public record {|DG1007:SignupForm|}(string Name, string Email, string Website, string EmergencyContactName);
        """);

    [Fact]
    public Task Members_under_a_registered_business_prefix_print_silently() => ToString("""
        public record LoadListing(string Origin, string BrokerName, string BrokerPhone, string BrokerEmail, string BrokerMcNumber);
        """);

    [Fact]
    public Task Members_under_a_prefix_without_a_registration_or_beside_a_persons_stay_personal() => ToString("""
        public record {|DG1007:LoadBooking|}(string Origin, string BrokerName, string BrokerPhone);
        public record {|DG1007:LoadAssignment|}(string BrokerPhone, string BrokerMcNumber, string DriverPhone);
        public record {|DG1007:ReferralDto|}(string CustomerPhone, string CustomerVatNumber, string CustomerFirstName);
        """);

    [Fact]
    public Task Brokers_phone_logged_is_silent_and_a_drivers_is_reported() => Logged("""
        void Log(LoadListing listing)
        {
            _logger.LogInformation("Call {Phone}", listing.BrokerPhone);
            {|DG1001:_logger.LogInformation("Driver {Phone}", listing.DriverPhone)|};
        }

        public class LoadListing { public string BrokerPhone { get; set; } = ""; public string BrokerMcNumber { get; set; } = ""; public string DriverPhone { get; set; } = ""; }
        """);

    // ----- a fleet vehicle (round 24) -----

    [Fact]
    public Task Fleet_vehicle_with_a_vin_prints_its_plate_silently() => ToString("""
        public record EldVehicleDto(string ExternalVehicleId, string Name, string? Vin, string? LicensePlate, string? Make);
        public record UnitRow(string TruckNumber, string VinNumber, string PlateNumber);
        """);

    [Fact]
    public Task Persons_car_with_a_vin_keeps_its_plate_personal() => ToString("""
        public record {|DG1007:RegisteredCarDto|}(string Vin, string LicensePlate, Guid OwnerId);
        public record {|DG1007:RentalCarDto|}(string Vin, string PlateNumber, string RenterName);
        public record {|DG1007:CarDto|}(string Model, string LicensePlate);
        """);

    // ----- an animal's record -----

    [Fact]
    public Task Veterinary_patient_printing_its_name_is_silent() => ToString("""
        public enum AnimalSex { Male, Female }
        public class AnimalType { public string Species { get; set; } = ""; public string Breed { get; set; } = ""; }
        public class Patient
        {
            public int ClientId { get; set; }
            public string Name { get; set; } = "";
            public AnimalSex AnimalSex { get; set; }
            public AnimalType AnimalType { get; set; } = null!;
            public override string ToString() => Name.ToString();
        }
        public record PetDto(string Name, string Species, DateTime BirthDate);
        """);

    [Fact]
    public Task Owners_contact_on_an_animals_record_stays_personal() => ToString("""
        public record {|DG1007:PetVisit|}(string Name, string Breed, string OwnerName, string Phone);
        """);

    [Fact]
    public Task Human_patient_printing_its_name_is_reported() => ToString("""
        public class {|DG1007:Patient|}
        {
            public string Name { get; set; } = "";
            public string BloodType { get; set; } = "";
            public override string ToString() => Name;
        }
        """);
}
