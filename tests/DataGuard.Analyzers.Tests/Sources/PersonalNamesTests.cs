using DataGuard.Analyzers.Sources;

namespace DataGuard.Analyzers.Tests.Sources;

public class PersonalNamesTests
{
    private static readonly PersonalNames Names = new(Array.Empty<string>(), Array.Empty<string>());

    [Theory]
    [InlineData("NationalId")]
    [InlineData("nationalID")]
    [InlineData("national_id")]
    [InlineData("CitizenNationalIdNumber")]
    [InlineData("IDNo")]
    [InlineData("Sfzh")]
    [InlineData("ArcNo")]
    [InlineData("ResidentCertificateNo")]
    [InlineData("PassportNo")]
    [InlineData("LicensePlate")]
    [InlineData("plate_no")]
    [InlineData("VehicleNo")]
    [InlineData("SuspectPhoneNumbers")]
    [InlineData("MobilePhone")]
    [InlineData("TelNo")]
    [InlineData("EMail")]
    [InlineData("contactEmailAddress")]
    [InlineData("HomeAddress")]
    [InlineData("Addresses")]
    [InlineData("AddressLine1")]
    [InlineData("DateOfBirth")]
    [InlineData("Dob")]
    [InlineData("FullName")]
    [InlineData("VictimName")]
    [InlineData("ContactName")]
    [InlineData("claimantName")]
    [InlineData("ArresteeName")]
    [InlineData("holder_name")]
    [InlineData("BuyerName")]
    [InlineData("customerName")]
    [InlineData("EmployeeName")]
    [InlineData("student_name")]
    [InlineData("recipient_name")]
    [InlineData("CardholderName")]
    [InlineData("PayerName")]
    [InlineData("BookerName")]
    [InlineData("CompanyContactName")]
    [InlineData("CompanyContactEmail")]
    [InlineData("身分證字號")]
    [InlineData("身分證統一編號")]
    [InlineData("嫌疑人姓名")]
    [InlineData("聯絡電話")]
    [InlineData("戶籍地址")]
    [InlineData("citizen手機")]
    public void Personal_names_are_recognised(string identifier) => Assert.True(Names.IsPersonal(identifier), identifier);

    [Theory]
    [InlineData("PhoneModel")]
    [InlineData("AddressFamily")]
    [InlineData("EmailTemplateId")]
    [InlineData("IdNumberFormat")]
    [InlineData("TelemetryEnabled")]
    [InlineData("IpAddress")]
    [InlineData("MacAddress")]
    [InlineData("BaseAddress")]
    [InlineData("RemoteAddress")]
    [InlineData("authAddress")]
    [InlineData("TokenAddress")]
    [InlineData("Hotel")]
    [InlineData("Telemetry")]
    [InlineData("PlatePattern")]
    [InlineData("Name")]
    [InlineData("CaseNo")]
    [InlineData("ProductName")]
    [InlineData("MemberName")]
    [InlineData("ParentName")]
    [InlineData("ClientName")]
    [InlineData("WorkerName")]
    [InlineData("TenantName")]
    [InlineData("CustomerGroupName")]
    [InlineData("PayeeName")]
    [InlineData("CompanyEmail")]
    [InlineData("MerchantPhone")]
    [InlineData("SupportPhoneNumber")]
    [InlineData("SenderEmailAddress")]
    [InlineData("StoreAddress")]
    [InlineData("統一編號")]
    [InlineData("電話格式")]
    [InlineData("PhoneCount")]
    [InlineData("MaskedPhone")]
    [InlineData("HashedNationalId")]
    [InlineData("NationalIdHash")]
    [InlineData("遮罩後身分證字號")]
    public void Look_alike_names_are_not_personal(string identifier) => Assert.False(Names.IsPersonal(identifier), identifier);

    [Theory]
    [InlineData("SourceAccountNumber")]
    [InlineData("DestinationAccountNumber")]
    [InlineData("DestinationAccountName")]
    [InlineData("beneficiaryAccountNo")]
    [InlineData("BeneficiaryAccount")]
    [InlineData("PayeeAccountNumber")]
    [InlineData("AccountHolderName")]
    [InlineData("account_num")]
    [InlineData("CreditAccountName")]
    [InlineData("originatorAccountNumber")]
    [InlineData("Iban")]
    [InlineData("DebitIBAN")]
    [InlineData("收款帳戶號碼")]
    [InlineData("戶名")]
    public void Bank_accounts_of_a_person_are_personal(string identifier) => Assert.True(Names.IsPersonal(identifier), identifier);

    [Theory]
    [InlineData("AccountId")]
    [InlineData("AccountType")]
    [InlineData("AccountStatus")]
    [InlineData("AccountingPeriod")]
    [InlineData("StorageAccountName")]
    [InlineData("ServiceAccountName")]
    [InlineData("GlAccountNumber")]
    [InlineData("LedgerAccountNo")]
    [InlineData("SmtpAccountName")]
    [InlineData("CompanyAccountNumber")]
    [InlineData("SuspenseAccountNumber")]
    [InlineData("MerchantOperatingAccountNumber")]
    [InlineData("FeeAccountName")]
    [InlineData("AccountNumberFormat")]
    [InlineData("登入帳號")]
    public void System_and_ledger_accounts_are_not_personal(string identifier) => Assert.False(Names.IsPersonal(identifier), identifier);

    [Theory]
    [InlineData("StudentCode")]
    [InlineData("studentNumber")]
    [InlineData("Student_No")]
    [InlineData("MatricNumber")]
    [InlineData("EmployeeCode")]
    [InlineData("employeeNo")]
    [InlineData("StaffNumber")]
    [InlineData("學號")]
    [InlineData("員工編號")]
    [InlineData("Nin")]
    [InlineData("CustomerBvn")]
    public void Numbers_an_institution_gives_a_person_are_personal(string identifier) => Assert.True(Names.IsPersonal(identifier), identifier);

    /// <summary>Other countries' national numbers by the shape of their names (round 27: Belgium's rijksregisternummer).</summary>
    [Theory]
    [InlineData("NationalRegistryNumber")]
    [InlineData("nationalRegisterNo")]
    [InlineData("NationalInsuranceNumber")]
    [InlineData("PatientNationalIdentificationNumber")]
    [InlineData("RegistryNumber")]
    [InlineData("PopulationRegisterNr")]
    public void National_and_register_numbers_of_other_countries_are_personal(string identifier) => Assert.True(Names.IsPersonal(identifier), identifier);

    [Theory]
    [InlineData("NationalDrugCode")]
    [InlineData("CompanyRegistryNumber")]
    [InlineData("SupplierNationalRegistrationNumber")]
    [InlineData("NationalHoliday")]
    [InlineData("RegistryId")]
    [InlineData("National")]
    public void Product_codes_and_organisations_register_numbers_are_not_personal(string identifier) => Assert.False(Names.IsPersonal(identifier), identifier);

    /// <summary>Round 33: a tenant's <c>IdentificationNumber</c> in an exception was missed while its e-mail was reported.</summary>
    [Theory]
    [InlineData("IdentificationNumber")]
    [InlineData("identificationNo")]
    [InlineData("IdNumber")]
    [InlineData("NationalIdNumber")]
    [InlineData("IdentityNo")]
    [InlineData("TenantIdentificationNumber")]
    public void Identification_numbers_of_a_person_are_personal(string identifier) => Assert.True(Names.IsPersonal(identifier), identifier);

    [Theory]
    [InlineData("VehicleIdentificationNumber")]
    [InlineData("CompanyIdentificationNumber")]
    [InlineData("ProductIdentificationNo")]
    [InlineData("IdentificationType")]
    public void Identification_numbers_of_things_and_businesses_are_not_personal(string identifier) => Assert.False(Names.IsPersonal(identifier), identifier);

    [Theory]
    [InlineData("StudentId")]
    [InlineData("EmployeeId")]
    [InlineData("StudentCodePrefix")]
    [InlineData("EmployeeCount")]
    [InlineData("StudentCount")]
    [InlineData("StaffNumberFormat")]
    public void Keys_counts_and_formats_of_students_and_staff_are_not_personal(string identifier) => Assert.False(Names.IsPersonal(identifier), identifier);

    [Theory]
    [InlineData("OrangePlateNumber")]
    [InlineData("HazardPlate")]
    [InlineData("AdrPlateNo")]
    [InlineData("hazmat_plate")]
    public void Dangerous_goods_placards_are_not_registration_plates(string identifier) => Assert.False(Names.IsPersonal(identifier), identifier);

    [Theory]
    [InlineData("PlateNumber")]
    [InlineData("TruckPlateNumber")]
    [InlineData("OrangeLicensePlate")]
    public void Plates_beside_placard_words_stay_personal(string identifier) => Assert.True(Names.IsPersonal(identifier), identifier);

    [Fact]
    public void Configured_names_extend_and_ignore()
    {
        var names = new PersonalNames(new[] { "CaseNo", "警號" }, new[] { "HomeAddress" });
        Assert.True(names.IsPersonal("SuspectCaseNo"));
        Assert.True(names.IsPersonal("員警警號"));
        Assert.False(names.IsPersonal("HomeAddress"));
        Assert.True(names.IsPersonal("MailingAddress"));
    }

    [Theory]
    [InlineData("IDNumber", "id,number")]
    [InlineData("citizen_phone2", "citizen,phone,2")]
    [InlineData("HTTPServer", "http,server")]
    [InlineData("嫌疑人Phone", "嫌疑人,phone")]
    public void Identifiers_split_into_words(string identifier, string words)
        => Assert.Equal(words.Split(','), IdentifierWords.Split(identifier));
}
