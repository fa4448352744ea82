using DataGuard.Analyzers.Sources;

namespace DataGuard.Analyzers.Tests.Sources;

/// <summary>
/// Personal field names in the languages real teams write in, split and matched as English names are, with the same
/// guards: a head noun after the phrase that makes it something else (<c>TelefonFormat</c>, <c>DireccionIp</c>), a word
/// before it that is the real head (<c>ServidorCorreo</c>, a mail server), and a plain "name" that is a product's or a file's.
/// </summary>
public class ForeignNamesTests
{
    private static readonly PersonalNames Names = new(Array.Empty<string>(), Array.Empty<string>());

    [Theory]
    // Romanian
    [InlineData("CNP")]
    [InlineData("cnpPacient")]
    [InlineData("Prenume")]
    [InlineData("NumeComplet")]
    [InlineData("Telefon_Personal")]
    [InlineData("TelefonServiciu")]
    [InlineData("Email_Personal")]
    [InlineData("Adresa_Domiciliu")]
    [InlineData("Data_Nasterii")]
    [InlineData("NumePacient")]
    // Spanish
    [InlineData("Apellidos")]
    [InlineData("primerApellido")]
    [InlineData("NombreCompleto")]
    [InlineData("Dni")]
    [InlineData("NIE")]
    [InlineData("TelefonoMovil")]
    [InlineData("CorreoElectronico")]
    [InlineData("Dirección")]
    [InlineData("DireccionEntrega")]
    [InlineData("FechaDeNacimiento")]
    [InlineData("fechaNacimientoCliente")]
    [InlineData("NombreCliente")]
    // Portuguese
    [InlineData("Cpf")]
    [InlineData("Rg")]
    [InlineData("Sobrenome")]
    [InlineData("NomeCompleto")]
    [InlineData("Telefone")]
    [InlineData("Endereço")]
    [InlineData("DataNascimento")]
    // French
    [InlineData("Prénom")]
    [InlineData("NomDeFamille")]
    [InlineData("NumeroSecuriteSociale")]
    [InlineData("Courriel")]
    [InlineData("AdresseEmail")]
    [InlineData("DateDeNaissance")]
    [InlineData("Passeport")]
    // German
    [InlineData("Vorname")]
    [InlineData("Nachname")]
    [InlineData("Telefonnummer")]
    [InlineData("Handynummer")]
    [InlineData("Anschrift")]
    [InlineData("Geburtsdatum")]
    [InlineData("Personalausweisnummer")]
    // Italian
    [InlineData("Cognome")]
    [InlineData("CodiceFiscale")]
    [InlineData("Cellulare")]
    [InlineData("Indirizzo")]
    [InlineData("DataDiNascita")]
    // Dutch
    [InlineData("Voornaam")]
    [InlineData("Achternaam")]
    [InlineData("Bsn")]
    [InlineData("Telefoonnummer")]
    [InlineData("Geboortedatum")]
    // Polish
    [InlineData("Imię")]
    [InlineData("Nazwisko")]
    [InlineData("Pesel")]
    [InlineData("NumerTelefonu")]
    [InlineData("DataUrodzenia")]
    // Turkish
    [InlineData("Soyadı")]
    [InlineData("AdSoyad")]
    [InlineData("TcKimlikNo")]
    [InlineData("CepTelefonu")]
    [InlineData("DogumTarihi")]
    [InlineData("EpostaAdresi")]
    // Vietnamese
    [InlineData("HoTen")]
    [InlineData("SoDienThoai")]
    [InlineData("Cccd")]
    [InlineData("NgaySinh")]
    [InlineData("DiaChi")]
    // Indonesian and Malay
    [InlineData("NamaLengkap")]
    [InlineData("Nik")]
    [InlineData("NoKtp")]
    [InlineData("NoHp")]
    [InlineData("Alamat")]
    [InlineData("TanggalLahir")]
    // Chinese pinyin, Japanese romaji
    [InlineData("Xingming")]
    [InlineData("ShenfenzhengHao")]
    [InlineData("Shoujihao")]
    [InlineData("Shimei")]
    [InlineData("DenwaBangou")]
    [InlineData("Jusho")]
    [InlineData("MSSV")]
    [InlineData("MaSoSinhVien")]
    [InlineData("MaNhanVien")]
    [InlineData("NIM")]
    [InlineData("NomorIndukMahasiswa")]
    public void Personal_fields_of_other_languages_are_recognised(string identifier) => Assert.True(Names.IsPersonal(identifier), identifier);

    [Theory]
    [InlineData("Nume")]
    [InlineData("NumeFisier")]
    [InlineData("NombreArchivo")]
    [InlineData("NomeProduto")]
    [InlineData("TelefonFormat")]
    [InlineData("DireccionIp")]
    [InlineData("AdresaIp")]
    [InlineData("IpAdresi")]
    [InlineData("ServidorCorreo")]
    [InlineData("CorreoPlantilla")]
    [InlineData("EmailTemplate")]
    [InlineData("MobilApp")]
    [InlineData("NumarTelefonValid")]
    [InlineData("DataNasteriiFormat")]
    [InlineData("TelefonMascat")]
    [InlineData("HashedCnp")]
    [InlineData("CompanyEmail")]
    public void Look_alikes_of_other_languages_are_not_personal(string identifier) => Assert.False(Names.IsPersonal(identifier), identifier);

    [Theory]
    [InlineData("UserName")]
    [InlineData("Username")]
    [InlineData("userName")]
    [InlineData("LoginName")]
    [InlineData("Login")]
    [InlineData("EmailOrUsername")]
    [InlineData("UserNameOrEmail")]
    [InlineData("emailOrPhone")]
    public void Sign_in_names_are_personal(string identifier) => Assert.True(Names.IsPersonal(identifier), identifier);

    [Theory]
    [InlineData("SmtpUserName")]
    [InlineData("DbUsername")]
    [InlineData("DatabaseUserName")]
    [InlineData("ProxyUsername")]
    [InlineData("AdminUserName")]
    [InlineData("LoginUrl")]
    [InlineData("LastLogin")]
    [InlineData("LoginAttempts")]
    [InlineData("UserNameFormat")]
    [InlineData("ColorOrSize")]
    public void System_accounts_and_sign_in_settings_are_not_personal(string identifier) => Assert.False(Names.IsPersonal(identifier), identifier);
}
