namespace DataGuard.Analyzers.Sources;

/// <summary>
/// The personal-field words of the languages real teams name their fields in, besides English and Chinese (which
/// <see cref="PersonalNames"/> holds): as data, one language a block, written without diacritics (identifiers are folded
/// to ASCII before matching, <see cref="ForeignNames"/>) and split into words as <see cref="IdentifierWords"/> splits
/// identifiers. Sources: each language's own national-ID names (Romania's CNP, Spain's DNI/NIE, Brazil's CPF/RG, Portugal's
/// NIF, Indonesia's NIK/KTP, Vietnam's CCCD/CMND, Turkey's TC Kimlik No, Poland's PESEL, Italy's codice fiscale, the
/// Netherlands' BSN, Germany's Personalausweis) and the everyday words for name, phone, e-mail, address, birth date, passport.
/// </summary>
internal static class NameVocabulary
{
    /// <summary>
    /// Phrases that name one personal value whatever stands around them: surnames and given names, national ID numbers,
    /// phones, e-mail, birth dates, passports. Addresses are in <see cref="Addresses"/>, plain "name" in <see cref="GeneralNames"/>.
    /// </summary>
    public static readonly string[] Values =
    {
        // Romanian
        "prenume", "nume complet", "nume de familie", "nume familie", "cnp", "cod numeric personal", "serie ci", "numar ci", "nr ci", "buletin",
        "telefon", "numar telefon", "nr telefon", "telefon mobil", "mobil", "data nasterii", "data nastere", "pasaport", "numar pasaport",
        // Spanish
        "apellido", "apellidos", "primer apellido", "segundo apellido", "nombre completo", "nombres y apellidos", "dni", "nie", "nif",
        "cedula", "curp", "rut", "numero documento", "numero de documento", "documento identidad", "documento de identidad",
        "telefono", "numero telefono", "numero de telefono", "telefono movil", "movil", "celular", "correo", "correo electronico",
        "fecha nacimiento", "fecha de nacimiento", "fecha nac", "pasaporte", "numero pasaporte",
        // Portuguese
        "sobrenome", "nome completo", "cpf", "rg", "cnh", "numero rg", "telefone", "numero telefone", "contato telefone",
        "data nascimento", "data de nascimento", "data nasc", "passaporte",
        // French
        "prenom", "nom de famille", "nom complet", "nom prenom", "numero securite sociale", "numero de securite sociale", "nir",
        "telephone", "numero telephone", "numero de telephone", "portable", "courriel", "date naissance", "date de naissance", "passeport",
        // German
        "vorname", "nachname", "familienname", "vollstandiger name", "personalausweis", "personalausweisnummer", "ausweisnummer",
        "steuer id", "steuernummer", "steueridentifikationsnummer", "sozialversicherungsnummer", "telefonnummer", "handy", "handynummer",
        "mobilnummer", "festnetz", "geburtsdatum", "geburtstag", "reisepass", "reisepassnummer",
        // Italian
        "cognome", "nome cognome", "codice fiscale", "cellulare", "numero cellulare", "data nascita", "data di nascita", "passaporto",
        // Dutch
        "voornaam", "achternaam", "volledige naam", "bsn", "burgerservicenummer", "telefoonnummer", "telefoon", "mobiel",
        "mobiel nummer", "geboortedatum", "paspoort", "paspoortnummer",
        // Polish
        "imie", "nazwisko", "imie nazwisko", "pesel", "dowod osobisty", "numer dowodu", "numer telefonu", "telefon komorkowy",
        "data urodzenia", "paszport", "numer paszportu",
        // Turkish
        "soyad", "soyadi", "ad soyad", "adi soyadi", "tc kimlik", "tc kimlik no", "tc no", "tckn", "kimlik no", "telefon no",
        "cep telefonu", "cep tel", "eposta", "e posta", "dogum tarihi", "pasaport no",
        // Vietnamese
        "ho ten", "hoten", "ho va ten", "cccd", "cmnd", "so cccd", "so cmnd", "so dien thoai", "sodienthoai", "dien thoai", "sdt",
        "ngay sinh", "ngaysinh", "ho chieu", "so ho chieu", "mssv", "ma so sinh vien", "ma sinh vien", "ma nhan vien", "msnv",
        // Indonesian and Malay
        "nama lengkap", "nama depan", "nama belakang", "nik", "no ktp", "nomor ktp", "ktp", "no ic", "mykad", "nomor telepon", "no telepon",
        "no telp", "no hp", "nomor hp", "telepon", "tanggal lahir", "tgl lahir", "paspor", "no paspor", "nim", "nomor induk mahasiswa",
        // Chinese pinyin
        "xingming", "shenfenzheng", "shenfenzhenghao", "shenfenzheng hao", "sfz", "shouji", "shoujihao", "dianhua", "lianxidianhua", "youxiang",
        "chushengriqi", "shengri", "huzhao",
        // Japanese romaji
        "shimei", "myouji", "myoji", "mynumber", "my number", "kojin bangou", "denwa", "denwa bangou", "denwabangou", "keitai",
        "tanjoubi", "seinengappi", "ryoken",
        // An e-mail address said the head-first way: the English word with its qualifiers after it (Email_Personal,
        // EmailSecundario), and each language's "address of e-mail" (AdresaEmail, DireccionCorreo, EPostaAdresi).
        "email", "e mail", "adresa email", "adresa de email", "adresa mail", "direccion correo", "direccion de correo", "direccion email",
        "endereco email", "endereco de email", "endereco eletronico", "adresse email", "adresse mail", "adresse e mail",
        "adresse electronique", "indirizzo email", "indirizzo mail", "email adresi", "eposta adresi", "e posta adresi", "alamat email",
        "dia chi email", "emailadres", "e mailadres", "adres email", "mailadresse", "emailadresse", "e mail adresse",
    };

    /// <summary>The words for a postal address; after a network word (<c>ip adresi</c>, <c>adresa ip</c>) they are not a home.</summary>
    public static readonly string[] Addresses =
    {
        "adresa", "adresa domiciliu", "adresa resedinta", "direccion", "domicilio", "endereco", "morada", "adresse", "anschrift",
        "wohnadresse", "indirizzo", "adres", "adresi", "dia chi", "diachi", "alamat", "dizhi", "zhuzhi", "jusho", "juusho",
    };

    /// <summary>
    /// A plain "name" in other languages: like English <c>Name</c>, a person's only on a person's record or next to a
    /// surname or given name (<c>Pacient.Nume</c>, <c>Nombre</c> beside <c>Apellido</c>), a product's or file's elsewhere.
    /// </summary>
    public static readonly string[] GeneralNames =
    {
        "name", "nume", "nombre", "nome", "nom", "naam", "nama", "isim", "namae", "mingzi", "ten",
    };

    /// <summary>
    /// Surnames and given names, English included: a record with one of these holds a person, so its plain name is that
    /// person's other name (<c>Nume</c> beside <c>Prenume</c>).
    /// </summary>
    public static readonly string[] SurnamesAndGivenNames =
    {
        "first name", "last name", "given name", "family name", "surname", "middle name", "prenume", "apellido", "apellidos",
        "sobrenome", "prenom", "vorname", "nachname", "familienname", "cognome", "voornaam", "achternaam", "nazwisko", "imie",
        "soyad", "soyadi", "myouji", "myoji",
    };

    /// <summary>
    /// The people records are about, in these languages (English ones are in <see cref="PersonalNames"/>): <c>NumePacient</c>,
    /// <c>Cliente.Nombre</c>. Left out as in English: user and client words (login names, API clients).
    /// </summary>
    public static readonly string[] PersonNouns =
    {
        // Romanian
        "pacient", "pacientul", "angajat", "angajatul", "persoana", "cetatean", "titular", "beneficiar", "solicitant", "proprietar",
        "sofer", "elev", "medic", "asigurat", "contact",
        // Spanish and Portuguese
        "paciente", "cliente", "empleado", "persona", "ciudadano", "alumno", "estudiante", "beneficiario", "solicitante", "propietario",
        "conductor", "contacto", "huesped", "comprador", "funcionario", "pessoa", "cidadao", "aluno", "motorista", "contato", "hospede",
        // French
        "employe", "personne", "citoyen", "eleve", "etudiant", "titulaire", "beneficiaire", "demandeur", "proprietaire", "conducteur",
        "locataire", "adherent",
        // German
        "kunde", "mitarbeiter", "buerger", "burger", "schueler", "schuler", "inhaber", "antragsteller", "eigentuemer", "eigentumer",
        "fahrer", "mieter", "ansprechpartner", "kontakt",
        // Italian
        "paziente", "dipendente", "cittadino", "studente", "titolare", "richiedente", "conducente",
        // Dutch
        "klant", "medewerker", "werknemer", "persoon", "leerling", "eigenaar", "aanvrager", "bestuurder", "huurder",
        // Polish
        "pacjent", "klient", "pracownik", "osoba", "obywatel", "uczen", "wlasciciel", "wnioskodawca", "kierowca", "najemca",
        // Turkish
        "hasta", "musteri", "calisan", "kisi", "vatandas", "ogrenci", "basvuran", "surucu",
        // Vietnamese, Indonesian and Malay, Chinese pinyin, Japanese romaji
        "benhnhan", "khachhang", "nhanvien", "congdan", "hocsinh", "sinhvien", "pasien", "pelanggan", "karyawan", "pegawai", "penduduk",
        "warga", "siswa", "mahasiswa", "pemohon", "pemilik", "pengemudi", "bingren", "huanzhe", "kehu", "yuangong", "xuesheng",
        "kanja", "kokyaku", "shain", "gakusei",
    };

    /// <summary>
    /// Words that may follow a phrase of a language that puts its head noun first (<c>Telefon_Personal</c>,
    /// <c>DireccionEntrega</c>, <c>FechaNacimientoCliente</c>): whose or which one it is. Any other word after the phrase
    /// makes it something else (<c>TelefonFormat</c>, <c>DireccionIp</c>, <c>CorreoPlantilla</c>).
    /// </summary>
    public static readonly string[] Qualifiers =
    {
        "personal", "personala", "serviciu", "domiciliu", "resedinta", "mobil", "fix", "principal", "secundar", "secundario", "secundaria",
        "alternativ", "alternativo", "alternativa", "casa", "trabajo", "trabalho", "particular", "privado", "privada", "privat", "prive",
        "privee", "domicilio", "residencia", "residencial", "entrega", "envio", "facturacion", "cobranca", "comercial", "contacto",
        "contato", "contact", "contatto", "kontakt", "movil", "fijo", "celular", "completo", "completa", "complet",
        "electronico", "eletronico", "electronique", "lengkap", "rumah", "kantor", "ev", "is", "cep", "nha", "rieng", "anterior",
        "vechi", "nou", "actual", "atual", "actuel", "aktuell", "attuale",
    };
}
