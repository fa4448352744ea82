using System.Text.Json.Nodes;
using DataGuard.Detection;
using static DataGuard.Screening.Tests.Screening;

namespace DataGuard.Screening.Tests;

public class PromptScreenerTests
{
    private static string Chat(string userText) =>
        new JsonObject
        {
            ["model"] = "gpt-4o",
            ["messages"] = new JsonArray(
                new JsonObject { ["role"] = "system", ["content"] = "You help police staff." },
                new JsonObject { ["role"] = "user", ["content"] = userText }),
        }.ToJsonString();

    [Fact]
    public void Clean_prompt_is_allowed_and_not_rewritten()
    {
        var decision = Screen(Chat("Summarise the traffic rules."));
        Assert.Equal(ScreeningVerdict.Allow, decision.Verdict);
        Assert.Empty(decision.Findings);
        Assert.Null(decision.RedactedBody);
    }

    [Fact]
    public void National_id_is_blocked_by_default_with_path_and_counts()
    {
        var decision = Screen(Chat($"Check {Id} and {OtherId} and {Id}"));
        Assert.Equal(ScreeningVerdict.Block, decision.Verdict);
        Assert.Equal("messages[1].content", decision.BlockedPath);
        Assert.Equal([new FindingCount(EntityTypes.NationalId, 3)], decision.BlockingCounts);
        Assert.Null(decision.RedactedBody);
    }

    [Fact]
    public void Escaped_id_is_found()
    {
        var decision = Screen("""{"messages":[{"role":"user","content":"\u0041123456789"}]}""");
        Assert.Equal(ScreeningVerdict.Block, decision.Verdict);
    }

    [Fact]
    public void Id_inside_escaped_tool_arguments_is_found()
    {
        var json = """{"messages":[{"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"{\"id\":\"\\u0041123456789\"}"}}]}]}""";
        var decision = Screen(json);
        Assert.Equal(ScreeningVerdict.Block, decision.Verdict);
        Assert.Equal("messages[0].tool_calls[0].function.arguments.id", decision.BlockedPath);
    }

    [Fact]
    public void Unreadable_content_blocks_by_default_and_passes_when_allowed()
    {
        var json = """{"messages":[{"role":"user","content":[{"type":"text","text":"what is this"},{"type":"image_url","image_url":{"url":"https://example.invalid/x.png"}}]}]}""";
        var blocked = Screen(json);
        Assert.Equal(ScreeningVerdict.Block, blocked.Verdict);
        Assert.Equal("messages[0].content[1]", blocked.BlockedPath);
        Assert.Equal([new FindingCount(ScreeningPolicy.UnreadableContentType, 1)], blocked.BlockingCounts);
        Assert.Equal(ScreeningVerdict.Allow, Screen(json, Policy(unreadable: "allow")).Verdict);
    }

    [Fact]
    public void Allow_action_audits_without_blocking()
    {
        var decision = Screen(Chat($"id {Id}"), Policy("allow"));
        Assert.Equal(ScreeningVerdict.Allow, decision.Verdict);
        Assert.Equal([new FindingCount(EntityTypes.NationalId, 1)], decision.Counts);
        Assert.Empty(decision.BlockingCounts);
    }

    [Fact]
    public void Threshold_above_the_score_ignores_the_finding()
    {
        var policy = Policy();
        policy.Types[EntityTypes.NationalId] = new EntityPolicy { MinScore = 0.999 };
        var decision = Screen(Chat($"id {Id}"), policy);
        Assert.Equal(ScreeningVerdict.Allow, decision.Verdict);
        Assert.Empty(decision.Findings);
    }

    [Fact]
    public void Redact_forwards_placeholders_and_restores_nothing()
    {
        var decision = Screen(Chat($"Check {Id}, then {Id} again"), Policy("redact"));
        Assert.Equal(ScreeningVerdict.Redact, decision.Verdict);
        var content = Body(decision)["messages"]![1]!["content"]!.GetValue<string>();
        Assert.Equal("Check <TW_NATIONAL_ID_1>, then <TW_NATIONAL_ID_1> again", content);
        Assert.False(decision.RestoresAnswer);
        Assert.Equal("gpt-4o", Body(decision)["model"]!.GetValue<string>());
    }

    [Fact]
    public void Pseudonymize_keeps_a_map_that_restores_the_answer()
    {
        var decision = Screen(Chat($"Check {Id} and {OtherId}"), Policy("pseudonymize"));
        Assert.Equal(ScreeningVerdict.Redact, decision.Verdict);
        var content = Body(decision)["messages"]![1]!["content"]!.GetValue<string>();
        Assert.Equal("Check <TW_NATIONAL_ID_1> and <TW_NATIONAL_ID_2>", content);
        Assert.True(decision.RestoresAnswer);
        Assert.Equal($"{OtherId} then {Id}", decision.Pseudonyms.Restore("<TW_NATIONAL_ID_2> then <TW_NATIONAL_ID_1>"));
    }

    [Fact]
    public void Every_request_gets_its_own_pseudonym_map()
    {
        var screener = new PromptScreener(PersonalDataScanner.Default, Policy("pseudonymize"));
        var first = screener.Screen(System.Text.Encoding.UTF8.GetBytes(Chat($"a {Id}")));
        var second = screener.Screen(System.Text.Encoding.UTF8.GetBytes(Chat($"b {OtherId}")));
        Assert.NotSame(first.Pseudonyms, second.Pseudonyms);
        Assert.Equal("<TW_NATIONAL_ID_1>", second.Pseudonyms.Restore("<TW_NATIONAL_ID_1>").Replace(OtherId, "<TW_NATIONAL_ID_1>", StringComparison.Ordinal));
        Assert.DoesNotContain(Id, second.Pseudonyms.Restore("<TW_NATIONAL_ID_1>"), StringComparison.Ordinal);
    }

    [Fact]
    public void Redaction_inside_tool_arguments_keeps_them_valid_json()
    {
        var json = """{"messages":[{"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"{\"id\":\"A123456789\",\"note\":\"身分證\"}"}}]}]}""";
        var decision = Screen(json, Policy("redact"));
        var arguments = Body(decision)["messages"]![0]!["tool_calls"]![0]!["function"]!["arguments"]!.GetValue<string>();
        var inner = JsonNode.Parse(arguments)!;
        Assert.Equal("<TW_NATIONAL_ID_1>", inner["id"]!.GetValue<string>());
        Assert.Equal("身分證", inner["note"]!.GetValue<string>());
    }

    [Fact]
    public void Redacted_key_is_renamed()
    {
        var decision = Screen($$$"""{"input":"x","metadata":{"{{{Id}}}":"v"}}""", Policy("redact"));
        var metadata = Body(decision)["metadata"]!.AsObject();
        Assert.True(metadata.ContainsKey("<TW_NATIONAL_ID_1>"));
        Assert.False(metadata.ContainsKey(Id));
    }

    [Fact]
    public void Block_wins_over_redact_in_the_same_request()
    {
        var decision = Screen(Chat($"{Id}"), Policy("block"));
        Assert.Equal(ScreeningVerdict.Block, decision.Verdict);
    }

    [Fact]
    public void Decision_description_never_holds_the_value()
    {
        var decision = Screen(Chat($"Check {Id}"));
        Assert.DoesNotContain(Id, decision.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Id, decision.Findings[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_findings_keep_offsets_of_the_text()
    {
        var decision = new PromptScreener(PersonalDataScanner.Default, Policy()).ScreenText("{\"x\": \"A123456789\"}");
        var finding = Assert.Single(decision.Findings).Finding;
        Assert.Equal(7, finding.Start);
        Assert.Equal(10, finding.Length);
    }
}

public class SegmentDocumentTests
{
    [Fact]
    public void Plain_segments_are_screened_and_rewritten_in_place()
    {
        var document = PromptDocument.FromSegments([new PromptSegment("messages[0]", "hello"), new PromptSegment("messages[1]", "call A123456789")]);
        var policy = new ScreeningPolicy();
        policy.Types[DataGuard.Detection.EntityTypes.NationalId] = new EntityPolicy { Action = "pseudonymize" };
        var decision = new PromptScreener(DataGuard.Detection.PersonalDataScanner.Default, policy).Screen(document);
        Assert.Equal(ScreeningVerdict.Redact, decision.Verdict);
        Assert.Equal("hello", document.TextAt(0));
        Assert.Equal("call <TW_NATIONAL_ID_1>", document.TextAt(1));
        Assert.Equal("call A123456789", decision.Pseudonyms.Restore(document.TextAt(1)));
        Assert.Equal("messages[1]", decision.Findings[0].Path);
    }
}
