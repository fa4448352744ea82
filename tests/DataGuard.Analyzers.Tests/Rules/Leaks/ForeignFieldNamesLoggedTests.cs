using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A team that names its fields in its own language logs the same personal data: a Romanian clinic's CNP (national ID),
/// Nume and Prenume (surname, given name), a Spanish form's DNI and Apellidos, a sign-in name. The same guards hold as in
/// English: a column, key or resource constant named like one is metadata, a plain name on a product is the product's.
/// </summary>
public class ForeignFieldNamesLoggedTests
{
    private const string Usings = """
        using System;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;

        public sealed class CreateAngajatCommand
        {
            public string Nume { get; init; } = "";
            public string Prenume { get; init; } = "";
            public string CNP { get; init; } = "";
            public string Telefon_Personal { get; init; } = "";
            public string Cod_Angajat { get; init; } = "";
        }

        public sealed class AltaCommand { public string Nume { get; init; } = ""; public string Cod { get; init; } = ""; }
        public sealed class ClienteDto { public string Nombre { get; set; } = ""; public string Apellidos { get; set; } = ""; public string Dni { get; set; } = ""; public int Edad { get; set; } }
        public sealed class Produs { public string Nume { get; set; } = ""; public decimal Pret { get; set; } }
        public sealed class LoginCommand { public string Username { get; init; } = ""; public string Password { get; init; } = ""; }
        public sealed class SignInRequest { public string EmailOrUsername { get; init; } = ""; public string Password { get; init; } = ""; }

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    private static string Handler(string parameter, string log) => $$"""
        public sealed class Handler
        {
            private readonly ILogger<Handler> _logger = null!;

            public Task Handle({{parameter}})
            {
                {{log}};
                return Task.CompletedTask;
            }
        }
        """;

    [Theory]
    [InlineData("CreateAngajatCommand request", "_logger.LogWarning(\"CNP-ul {CNP} exista deja\", request.CNP)")]
    [InlineData("CreateAngajatCommand request", "_logger.LogInformation(\"Creare: {Nume} {Prenume}\", request.Nume, request.Prenume)")]
    [InlineData("CreateAngajatCommand request", "_logger.LogInformation(\"Creare: {Nume}\", request.Nume)")]
    [InlineData("CreateAngajatCommand request", "_logger.LogDebug(\"Telefon {T}\", request.Telefon_Personal)")]
    [InlineData("string cnp", "_logger.LogDebug(\"CNP invalid: {CNP}\", cnp)")]
    [InlineData("ClienteDto cliente", "_logger.LogInformation(\"Cliente {Nombre} {Apellidos}\", cliente.Nombre, cliente.Apellidos)")]
    [InlineData("ClienteDto cliente", "_logger.LogInformation(\"Cliente {Nombre}\", cliente.Nombre)")]
    [InlineData("ClienteDto cliente", "_logger.LogWarning(\"DNI {Dni} duplicado\", cliente.Dni)")]
    [InlineData("LoginCommand request", "_logger.LogWarning(\"Login failed: User not found - {Username}\", request.Username)")]
    [InlineData("SignInRequest request", "_logger.LogWarning(\"Login failed: {Input}\", request.EmailOrUsername)")]
    public Task Personal_fields_named_in_another_language_are_reported(string parameter, string log)
        => Run(Handler(parameter, "{|DG1001:" + log + "|}"));

    [Theory]
    [InlineData("CreateAngajatCommand request", "_logger.LogInformation(\"Creare angajat {Cod}\", request.Cod_Angajat)")]
    [InlineData("AltaCommand request", "_logger.LogInformation(\"Creare {Nume}\", request.Nume)")]
    [InlineData("Produs produs", "_logger.LogInformation(\"Produs {Nume}\", produs.Nume)")]
    [InlineData("ClienteDto cliente", "_logger.LogInformation(\"Edad {Edad}\", cliente.Edad)")]
    [InlineData("LoginCommand request", "_logger.LogWarning(\"Login failed for a user\")")]
    [InlineData("int id", "_logger.LogInformation(\"Column {Column}\", Coloane.CNP)")]
    [InlineData("int id", "_logger.LogInformation(\"Key {Key}\", Chei.Telefon)")]
    public Task Look_alikes_and_metadata_named_in_another_language_are_not_reported(string parameter, string log)
        => Run(Handler(parameter, log) + """

            public static class Coloane { public const string CNP = "CNP"; public const string Nume = "NUME"; }
            public static class Chei { public static readonly string Telefon = "form.telefon"; }
            """);

    [Fact]
    public Task A_systems_own_sign_in_name_is_not_reported() => Run("""
        public sealed class SmtpCredentials { public string SmtpUserName { get; set; } = ""; public string DbUsername { get; set; } = ""; }

        public sealed class Mailer
        {
            private readonly ILogger<Mailer> _logger = null!;

            public void Connect(SmtpCredentials credentials)
                => _logger.LogInformation("Connecting as {User} and {Db}", credentials.SmtpUserName, credentials.DbUsername);
        }
        """);
}
