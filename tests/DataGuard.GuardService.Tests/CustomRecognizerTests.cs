using System.Net;
using DataGuard.Testing.StubUpstream;
using static DataGuard.GuardService.Tests.Prompts;

namespace DataGuard.GuardService.Tests;

/// <summary>
/// Entity types a deployment adds in its configuration file (<c>DataGuard:Recognizers:Custom</c>), screened by the real
/// guard like built-in types: blocked or redacted by the policy before anything reaches the upstream.
/// </summary>
public sealed class CustomRecognizerTests : IAsyncLifetime
{
    private const string CaseNumber = "113年度偵字第012345號";
    private const string OperationName = "青鳥專案";

    // An appsettings file as a deployment writes it: two new types, and the policy naming them.
    private const string Settings = """
        {
          "DataGuard": {
            "Recognizers": {
              "Custom": [
                {
                  "Type": "TW_CASE_NUMBER",
                  "Patterns": [ { "Regex": "\\d{2,3}年度?[\\u4e00-\\u9fff]{1,3}字第\\d{3,6}號", "Score": 0.4 } ],
                  "Context": [ "案號", "卷宗" ],
                  "DisplayName": "偵查案號",
                  "DisplayNames": { "en": "investigation case number" }
                },
                { "Type": "OPERATION_NAME", "DenyList": [ "青鳥專案" ] }
              ]
            },
            "Policy": {
              "Types": {
                "TW_CASE_NUMBER": { "Action": "block" },
                "OPERATION_NAME": { "Action": "redact" }
              }
            }
          }
        }
        """;

    private StubUpstream _stub = null!;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _stub = await StubUpstream.StartAsync();
        _folder = Directory.CreateTempSubdirectory("dataguard-custom-recognizers-").FullName;
    }

    public async Task DisposeAsync()
    {
        await _stub.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private GuardHost StartWith(string settingsJson) => GuardHost.Start(_stub, PolicyFile(settingsJson));

    private Exception Refusal(string settingsJson) => GuardHost.Refusal(_stub, PolicyFile(settingsJson));

    private Dictionary<string, string?> PolicyFile(string settingsJson)
    {
        var path = Path.Combine(_folder, "appsettings.custom.json");
        File.WriteAllText(path, settingsJson);
        return new Dictionary<string, string?> { ["test:policyFile"] = path };
    }

    [Fact]
    public async Task A_request_with_a_configured_type_is_blocked_and_never_reaches_the_upstream()
    {
        await using var guard = StartWith(Settings);

        using var response = await guard.PostJsonAsync(AzureChat, Chat($"請摘要案號{CaseNumber}的卷宗重點"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await JsonAsync(response))["error"]!;
        Assert.Equal("dataguard_blocked", error["code"]!.GetValue<string>());
        var finding = Assert.Single(error["findings"]!.AsArray());
        Assert.Equal("TW_CASE_NUMBER", finding!["type"]!.GetValue<string>());
        Assert.DoesNotContain(CaseNumber, error.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("偵查案號 1 筆", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task The_blocked_message_names_a_configured_type_as_configured_for_english_speakers()
    {
        await using var guard = StartWith(Settings);

        using var response = await guard.PostJsonAsync(AzureChat, Chat($"請摘要案號{CaseNumber}的卷宗重點"), language: "en-US");

        var message = (await JsonAsync(response))["error"]!["message"]!.GetValue<string>();
        Assert.Contains("investigation case number (1)", message, StringComparison.Ordinal);
        Assert.DoesNotContain(CaseNumber, message, StringComparison.Ordinal);
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task A_configured_deny_list_term_is_redacted_before_the_request_is_forwarded()
    {
        await using var guard = StartWith(Settings);

        using var response = await guard.PostJsonAsync(AzureChat, Chat($"{OperationName}的進度如何？"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var forwarded = Assert.Single(_stub.Requests).BodyText;
        Assert.DoesNotContain(OperationName, forwarded, StringComparison.Ordinal);
        Assert.Contains("的進度如何", forwarded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_configuration_the_same_request_passes()
    {
        await using var guard = GuardHost.Start(_stub);

        using var response = await guard.PostJsonAsync(AzureChat, Chat($"請摘要案號{CaseNumber}的卷宗重點"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_stub.Requests);
    }

    [Fact]
    public void An_invalid_pattern_or_a_duplicate_type_stops_start_up_with_a_clear_error()
    {
        const string invalid = """
            { "DataGuard": { "Recognizers": { "Custom": [
              { "Type": "BADGE_NUMBER", "Patterns": [ { "Regex": "警號(\\d{5}" } ] },
              { "Type": "BADGE_NUMBER", "DenyList": [ "x" ] }
            ] } } }
            """;

        var error = Refusal(invalid);

        var messages = string.Join("\n", Chain(error).Select(e => e.Message));
        Assert.Contains("DataGuard:Recognizers:Custom:0:Patterns:0:Regex '警號(\\d{5}' is not a valid .NET regular expression", messages, StringComparison.Ordinal);
        Assert.Contains("DataGuard:Recognizers:Custom:1:Type 'BADGE_NUMBER' is configured twice", messages, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_naming_a_type_nobody_configured_stops_start_up()
    {
        const string policyOnly = """{ "DataGuard": { "Policy": { "Types": { "TW_CASE_NUMBER": { "Action": "block" } } } } }""";

        var error = Refusal(policyOnly);

        Assert.Contains(Chain(error), e => e.Message.Contains("DataGuard:Policy:Types:TW_CASE_NUMBER is not a known entity type", StringComparison.Ordinal));
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException) yield return e;
    }
}
