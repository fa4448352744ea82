using System.Collections.Immutable;
using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>All seven rules together over a small, realistic police service: exactly the marked lines are reported.</summary>
public class PoliceAppScenarioTests
{
    private sealed class AllRulesTest : CSharpAnalyzerTest<PersonalDataLoggedAnalyzer, DefaultVerifier>
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => new DiagnosticAnalyzer[]
        {
            new PersonalDataLoggedAnalyzer(), new PersonalDataInUrlAnalyzer(), new PersonalDataOverUnencryptedChannelAnalyzer(),
            new PersonalDataSentToGenerativeAiAnalyzer(), new PersonalDataSentToExternalHostAnalyzer(), new PersonalDataInExceptionMessageAnalyzer(),
            new PersonalDataExposedByToStringAnalyzer(),
        };
    }

    internal const string Service = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        using OpenAI.Chat;
        using DataGuard;

        namespace PoliceRecords;

        public sealed class Citizen
        {
            public int Id { get; set; }
            public string NationalId { get; set; } = "";
            public string Name { get; set; } = "";
            public string MobilePhone { get; set; } = "";
            public string HomeAddress { get; set; } = "";
            public DateOnly BirthDate { get; set; }
        }

        public record {|DG1007:VehicleDto|}(string PlateNumber, string OwnerName, string Model);
        public record CaseSummary(int CaseId, string Status, int WitnessCount);

        public sealed class CitizenService
        {
            private const string LineNotifyUrl = "https://notify-api.line.me/api/notify";
            private readonly ILogger<CitizenService> _logger;
            private readonly HttpClient _http;
            private readonly ChatClient _chat;

            public CitizenService(ILogger<CitizenService> logger, HttpClient http, ChatClient chat)
            {
                _logger = logger;
                _http = http;
                _chat = chat;
            }

            public async Task<Citizen> LookupAsync(string nationalId)
            {
                {|DG1001:_logger.LogInformation("Lookup requested for {NationalId}", nationalId)|};
                _logger.LogInformation("Lookup requested for {NationalId}", Masking.Mask(nationalId));
                var citizen = await {|DG1002:_http.GetFromJsonAsync<Citizen>($"https://api.police.internal/citizens/{nationalId}")|};
                if (citizen is null)
                {
                    throw {|DG1006:new KeyNotFoundException($"No citizen with ID {nationalId}")|};
                }

                _logger.LogDebug("Found citizen {Id}; the ID has {Length} characters", citizen.Id, nationalId.Length);
                return citizen;
            }

            public async Task NotifyAsync(Citizen citizen, string caseNo)
            {
                var message = $"Case {caseNo}: contact {citizen.Name} at {citizen.MobilePhone}";
                using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["message"] = message });
                await {|DG1005:_http.PostAsync(LineNotifyUrl, form)|};
                await _http.PostAsync(LineNotifyUrl, new FormUrlEncodedContent(new Dictionary<string, string> { ["message"] = $"Case {caseNo} updated" }));
            }

            public async Task<string> SummarizeAsync(Citizen citizen, CaseSummary summary, string notes)
            {
                var prompt = new StringBuilder();
                prompt.AppendLine("Summarize the case notes for the duty officer.");
                prompt.AppendLine($"Case {summary.CaseId} ({summary.Status}), {summary.WitnessCount} witnesses");
                prompt.AppendLine($"Subject: {citizen.Name}, born {citizen.BirthDate:yyyy-MM-dd}");
                prompt.AppendLine(notes);
                var completion = await {|DG1004:_chat.CompleteChatAsync(new UserChatMessage(prompt.ToString()))|};
                _logger.LogInformation("Summary for case {Case}: {Summary}", summary.CaseId, summary);
                return completion.Text;
            }

            public async Task ArchiveAsync(Citizen citizen, VehicleDto vehicle)
            {
                await {|DG1003:_http.PostAsJsonAsync("http://archive.police.local/api/citizens", citizen)|};
                await _http.PostAsJsonAsync("https://archive.police.internal/api/citizens", citizen);
                {|DG1001:_logger.LogInformation("Archived vehicle {Vehicle}", vehicle)|};
                _logger.LogInformation("Archived citizen {Citizen}", citizen);
            }
        }
        """;

    [Fact]
    public Task Only_the_leaks_are_reported()
    {
        var test = new AllRulesTest { TestCode = Service }.Use(References.Net80);
        Verify<PersonalDataLoggedAnalyzer>.AddCommon(test.TestState, null);
        return test.RunAsync();
    }
}
