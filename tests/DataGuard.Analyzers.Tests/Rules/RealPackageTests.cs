using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>The sink table against the real packages' metadata, not the test stubs.</summary>
public class RealPackageTests
{
    private static Task Run<TAnalyzer>(string code)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = code }.Use(References.RealPackages);
        test.TestState.Sources.Add(("Stubs.Annotations.cs", Stubs.Annotations));
        return test.RunAsync();
    }

    [Fact]
    public Task Real_ILogger_extensions_and_LoggerMessage_are_sinks() => Run<PersonalDataLoggedAnalyzer>("""
        using Microsoft.Extensions.Logging;

        public static partial class Log
        {
            [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Citizen {NationalId} viewed")]
            public static partial void CitizenViewed(ILogger logger, string nationalId);
            public static partial void CitizenViewed(ILogger logger, string nationalId) { }
        }

        public class Lookup
        {
            public void M(ILogger<Lookup> logger, string nationalId, string caseNo)
            {
                {|DG1001:logger.LogInformation("Lookup {Id}", nationalId)|};
                {|DG1001:Log.CitizenViewed(logger, nationalId)|};
                logger.LogInformation("Case {Case}", caseNo);
                using var scope = {|DG1001:logger.BeginScope("Citizen {Id}", nationalId)|};
            }
        }
        """);

    [Fact]
    public Task Real_OpenAI_and_Extensions_AI_clients_are_sinks() => Run<PersonalDataSentToGenerativeAiAnalyzer>("""
        using System.Threading.Tasks;
        using OpenAI.Chat;
        using OpenAI.Embeddings;
        using Microsoft.Extensions.AI;

        public class Assistant
        {
            public async Task M(ChatClient chat, EmbeddingClient embeddings, IChatClient client, string suspectName, string caseNo)
            {
                await {|DG1004:chat.CompleteChatAsync(new UserChatMessage("Summarize " + suspectName))|};
                await {|DG1004:embeddings.GenerateEmbeddingAsync(suspectName)|};
                await {|DG1004:client.GetResponseAsync("Who is " + suspectName)|};
                await chat.CompleteChatAsync(new UserChatMessage("Summarize case " + caseNo));
            }
        }
        """);
}
