using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A token is a credential, not a person's value (round 33: a signed JWT's first 50 characters logged, reported for the
/// e-mail claim it was built from). What a method that makes a token returns — <c>WriteToken</c>, <c>GenerateJwtToken</c>,
/// <c>CreateRefreshToken</c>, <c>GetApiKey</c> — carries no personal data; the claims logged themselves, or a value a method
/// reads out of a token (<c>GetEmailFromToken</c>), stay reported.
/// </summary>
public class CredentialTokenTests
{
    private static Task Logged(string body) => Verify<PersonalDataLoggedAnalyzer>.Analyzer(TestCode.Wrap(body + """

            static string WriteToken(string subject, string nationalId) => subject + "." + nationalId;
            static string GenerateJwtToken(Citizen citizen) => citizen.NationalId + citizen.Phone;
            static Task<string> CreateRefreshTokenAsync(Citizen citizen) => Task.FromResult(citizen.FullName);
            static string GetEmailFromToken(string token) => token;
            static string Describe(Citizen citizen) => citizen.NationalId;
        """));

    [Fact]
    public Task A_tokens_prefix_logged_is_silent() => Logged("""
        void M(Citizen citizen)
        {
            var tokenString = WriteToken("sub", citizen.NationalId);
            _logger.LogInformation("Token preview: " + tokenString.Substring(0, Math.Min(50, tokenString.Length)) + "...");
        }
        """);

    [Fact]
    public Task A_jwt_and_a_refresh_token_logged_are_silent() => Logged("""
        async Task M(Citizen citizen)
        {
            _logger.LogDebug("Issued {Jwt}", GenerateJwtToken(citizen));
            _logger.LogDebug("Refresh {Token}", await CreateRefreshTokenAsync(citizen));
        }
        """);

    [Fact]
    public Task The_claim_itself_logged_beside_the_token_is_reported() => Logged("""
        void M(Citizen citizen)
        {
            var token = GenerateJwtToken(citizen);
            {|DG1001:_logger.LogInformation("Token for {Id}: {Length}", citizen.NationalId, token.Length)|};
        }
        """);

    [Fact]
    public Task A_value_read_out_of_a_token_or_made_by_another_method_is_reported() => Logged("""
        void M(Citizen citizen)
        {
            {|DG1001:_logger.LogInformation("Id {Id}", GetEmailFromToken(citizen.NationalId))|};
            {|DG1001:_logger.LogInformation("Who {Who}", Describe(citizen))|};
        }
        """);
}
