using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DataGuard.Detection.Redaction;
using DataGuard.Screening;
using DataGuard.Testing.StubUpstream;
using static DataGuard.GuardService.Tests.Prompts;

namespace DataGuard.GuardService.Tests;

/// <summary>Pseudonymized values restored in streamed answers of every shape, and events sent as they come.</summary>
public class StreamingRestoreTests : IAsyncLifetime
{
    private StubUpstream _stub = null!;
    private GuardHost _guard = null!;

    public async Task InitializeAsync()
    {
        _stub = await StubUpstream.StartAsync();
        _guard = GuardHost.Start(_stub, new Dictionary<string, string?> { ["DataGuard:Policy:Types:TW_NATIONAL_ID:Action"] = "pseudonymize" });
    }

    public async Task DisposeAsync()
    {
        await _guard.DisposeAsync();
        await _stub.DisposeAsync();
    }

    private static IEnumerable<JsonNode> DataEvents(string sse) =>
        sse.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.Split('\n').FirstOrDefault(l => l.StartsWith("data: ", StringComparison.Ordinal))?[6..])
            .Where(d => d is not null && d != "[DONE]")
            .Select(d => JsonNode.Parse(d!)!);

    [Fact]
    public async Task Responses_api_stream_is_restored_including_the_done_and_completed_events()
    {
        _stub.Chunks = ["Subject <TW_NATI", "ONAL_ID_1", "> and <TW", "_NATIONAL_ID_2> done"];
        _stub.Answer = _ => "Subject <TW_NATIONAL_ID_1> and <TW_NATIONAL_ID_2> done";
        using var response = await _guard.PostJsonAsync("v1/responses", $$"""{"model":"m","stream":true,"input":"{{Id}} {{OtherId}}"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sse = await response.Content.ReadAsStringAsync();
        var events = DataEvents(sse).ToList();
        var deltas = string.Concat(events.Where(e => e["type"]!.GetValue<string>() == "response.output_text.delta").Select(e => e["delta"]!.GetValue<string>()));
        Assert.Equal($"Subject {Id} and {OtherId} done", deltas);
        Assert.Equal($"Subject {Id} and {OtherId} done", events.Single(e => e["type"]!.GetValue<string>() == "response.output_text.done")["text"]!.GetValue<string>());
        Assert.Contains(Id, events.Single(e => e["type"]!.GetValue<string>() == "response.completed").ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("event: response.output_text.delta", sse, StringComparison.Ordinal);
        Assert.DoesNotContain(Id, Assert.Single(_stub.Requests).BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completions_stream_is_restored()
    {
        _stub.EchoPrompt();
        _stub.ChunkSize = 2;
        using var response = await _guard.PostJsonAsync("v1/completions", $$"""{"model":"m","stream":true,"prompt":"file {{Id}} now"}""");
        var events = DataEvents(await response.Content.ReadAsStringAsync());
        Assert.Equal($"file {Id} now", string.Concat(events.Select(e => e["choices"]![0]!["text"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Responses_api_json_answer_is_restored()
    {
        _stub.EchoPrompt();
        using var response = await _guard.PostJsonAsync("openai/v1/responses", $$"""{"model":"m","input":[{"role":"user","content":[{"type":"input_text","text":"see {{Id}}"}]}]}""");
        var body = await JsonAsync(response);
        Assert.Equal($"see {Id}", body["output"]![0]!["content"]![0]!["text"]!.GetValue<string>());
        Assert.DoesNotContain(Id, Assert.Single(_stub.Requests).BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_are_sent_as_they_arrive_not_after_the_whole_answer()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _stub.Chunks = ["one ", "two ", "three ", "four ", "<TW_NATIONAL_ID_1>"];
        _stub.RestOfStreamReleased = release.Task;
        using var client = _guard.Http();
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions") { Content = new StringContent(Chat($"x {Id}", stream: true), Encoding.UTF8, "application/json") };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        // The stub sends nothing after "one " until released: a guard that buffered the answer would never show it.
        // The timeout only keeps such a guard from hanging the run; it measures nothing.
        var first = await FirstLineContainingAsync(reader, "one ").WaitAsync(TimeSpan.FromSeconds(60));
        Assert.NotNull(first);
        release.SetResult();
        var rest = await reader.ReadToEndAsync();
        Assert.Contains(Id, rest, StringComparison.Ordinal);
    }

    private static async Task<string?> FirstLineContainingAsync(StreamReader reader, string text)
    {
        string? line;
        while ((line = await reader.ReadLineAsync()) is not null && !line.Contains(text, StringComparison.Ordinal)) { }
        return line;
    }

    [Fact]
    public void Held_back_text_is_only_a_possible_placeholder_start()
    {
        var map = new PseudonymMap();
        map.GetOrAdd("TW_NATIONAL_ID", Id, Id);
        var restorer = new SseAnswerRestorer(map);
        string Delta(string text) => """data: {"choices":[{"index":0,"delta":{"content":""" + System.Text.Json.JsonSerializer.Serialize(text) + """},"finish_reason":null}]}""";

        var first = Assert.Single(restorer.Transform(Delta("a < b and <TW_NA")));
        Assert.Contains("\"content\":\"a < b and \"", first, StringComparison.Ordinal);
        var second = Assert.Single(restorer.Transform(Delta("TIONAL_ID_1> ok")));
        Assert.Contains($"\"content\":\"{Id} ok\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_held_back_at_the_end_of_a_choice_is_sent_before_the_finish_event()
    {
        var map = new PseudonymMap();
        map.GetOrAdd("TW_NATIONAL_ID", Id, Id);
        var restorer = new SseAnswerRestorer(map);
        restorer.Transform("""data: {"choices":[{"index":0,"delta":{"content":"tail <TW_N"},"finish_reason":null}]}""").ToList();
        var end = restorer.Transform("""data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}""").ToList();
        Assert.Equal(2, end.Count);
        Assert.Contains("\"content\":\"<TW_N\"", end[0], StringComparison.Ordinal);
        Assert.Contains("\"finish_reason\":\"stop\"", end[1], StringComparison.Ordinal);
        Assert.Empty(restorer.FlushAll());
    }
}
