using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Round 22's bank: a mediator behaviour serialises every request, masks the credentials in the JSON by their keys
/// (<c>"password"</c>, <c>"token"</c>) and prints the rest on the console through a helper. Masking named credentials leaves a
/// citizen's national ID, phone and e-mail in the text: the payload stays personal when a request closing the behaviour has
/// personal members, and is silent when none has.
/// </summary>
public class PipelineRequestDumpTests
{
    /// <summary>MediatR's shape (<see cref="PipelineRequestLoggedTests.Mediator"/>) with JSON and regular expressions.</summary>
    private const string Mediator = """
        using System.Text.Json;
        using System.Text.RegularExpressions;

        """ + PipelineRequestLoggedTests.Mediator;

    /// <summary>The behaviour, its console print marked as <paramref name="print"/>, and its masking helper's <paramref name="patterns"/>.</summary>
    private static string Behaviour(string print, string patterns) => """
        public class ConsoleDumpBehavior<TRequest, TResponse> : MediatR.IPipelineBehavior<TRequest, TResponse> where TRequest : MediatR.IRequest<TResponse>
        {
            public async Task<TResponse> Handle(TRequest request, MediatR.RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
            {
                var payload = Serialize(request);
                PRINT;
                return await next();
            }

            private static string Serialize(object? value)
            {
                try { return JsonSerializer.Serialize(value); }
                catch { return "(unserializable)"; }
            }

            private static string MaskSecrets(string input)
            {
                foreach (var pattern in new[] { PATTERNS })
                {
                    input = Regex.Replace(input, pattern, "\"***MASKED***\"", RegexOptions.IgnoreCase);
                }

                return input;
            }

            private static void Print(string text) => Console.WriteLine(text);
        }

        """.Replace("PRINT", print).Replace("PATTERNS", patterns);

    private const string CredentialPatterns = """ "\"password\"\\s*:\\s*\".*?\"", "\"token\"\\s*:\\s*\".*?\"", "\"pin\"\\s*:\\s*\".*?\"" """;

    private const string PersonalRequests = """
        public class CitizenInput { public string FullName { get; set; } = ""; public string NationalId { get; set; } = ""; public string Password { get; set; } = ""; }
        public record CreateCitizenCommand(CitizenInput Citizen) : MediatR.IRequest<int>;
        public record GetBranchQuery(int BranchId) : MediatR.IRequest<string>;
        """;

    private const string IdOnlyRequests = """
        public record CloseAccountCommand(Guid AccountId, bool Force) : MediatR.IRequest<bool>;
        public record GetBranchQuery(int BranchId) : MediatR.IRequest<string>;
        """;

    private static Task Run(string source) => LibraryLeakTest.Run(Mediator + source);

    [Fact]
    public Task Request_payload_with_only_credentials_masked_printed_on_the_console_is_reported()
        => Run(Behaviour("{|DG1001:Print($\"-> Payload: {MaskSecrets(payload)}\")|}", CredentialPatterns) + PersonalRequests);

    [Fact]
    public Task Request_payload_with_credentials_masked_of_a_service_whose_requests_hold_ids_only_is_not_reported()
        => Run(Behaviour("Print($\"-> Payload: {MaskSecrets(payload)}\")", CredentialPatterns) + IdOnlyRequests);

    [Fact]
    public Task Request_payload_whose_masking_names_the_personal_keys_is_not_reported()
        => Run(Behaviour("Print($\"-> Payload: {MaskSecrets(payload)}\")",
            """ "\"password\"\\s*:\\s*\".*?\"", "\"nationalId\"\\s*:\\s*\".*?\"", "\"fullName\"\\s*:\\s*\".*?\"" """) + PersonalRequests);
}
