using System.Text;
using System.Text.Json.Nodes;
using DataGuard.Detection.Redaction;
using DataGuard.Screening;

namespace DataGuard.Client.Tests;

/// <summary>
/// The byte-level side of restoring streamed answers (<see cref="SseAnswerRestorer.Push"/>, used by the pipeline policy):
/// the network hands over arbitrary slices, so events and UTF-8 characters arrive cut anywhere.
/// </summary>
public sealed class EventStreamRestoringTests
{
    private static readonly string Stream = string.Concat(
        Event("""{"choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}"""),
        Event("""{"choices":[{"index":0,"delta":{"content":"查詢 <TW_NATIO"},"finish_reason":null}]}"""),
        Event("""{"choices":[{"index":0,"delta":{"content":"NAL_ID_1> 的結果"},"finish_reason":null}]}"""),
        Event("""{"choices":[{"index":0,"delta":{"content":"：無。<"},"finish_reason":null}]}"""),
        Event("""{"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}"""),
        "data: [DONE]\n\n");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(100_000)]
    public void Restores_whatever_the_slices(int sliceBytes)
    {
        var restorer = new SseAnswerRestorer(Map());
        var bytes = Encoding.UTF8.GetBytes(Stream);
        var output = new StringBuilder();
        for (int i = 0; i < bytes.Length; i += sliceBytes) output.Append(restorer.Push(bytes.AsSpan(i, Math.Min(sliceBytes, bytes.Length - i))));
        output.Append(restorer.Complete());

        Assert.Equal($"查詢 {TestData.NationalId} 的結果：無。<", Deltas(output.ToString()));
        Assert.EndsWith("data: [DONE]\n\n", output.ToString());
    }

    [Fact]
    public void Placeholder_text_is_not_emitted_before_it_is_complete()
    {
        var restorer = new SseAnswerRestorer(Map());
        var first = restorer.Push(Encoding.UTF8.GetBytes(Event("""{"choices":[{"index":0,"delta":{"content":"查詢 <TW_NATIO"},"finish_reason":null}]}""")));

        Assert.Equal("查詢 ", Deltas(first));
    }

    [Fact]
    public void Last_event_without_a_blank_line_and_CRLF_events_are_restored()
    {
        var restorer = new SseAnswerRestorer(Map());
        var text = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"<TW_NATIONAL_ID_1>\"},\"finish_reason\":null}]}\r\n\r\n"
            + "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\" 完\"},\"finish_reason\":null}]}";

        var output = restorer.Push(Encoding.UTF8.GetBytes(text)) + restorer.Complete();

        Assert.Equal($"{TestData.NationalId} 完", Deltas(output));
    }

    private static PseudonymMap Map()
    {
        var map = new PseudonymMap();
        Assert.Equal("<TW_NATIONAL_ID_1>", map.GetOrAdd("TW_NATIONAL_ID", TestData.NationalId, TestData.NationalId));
        return map;
    }

    private static string Event(string json) => "data: " + json + "\n\n";

    private static string Deltas(string events)
    {
        var text = new StringBuilder();
        foreach (var line in events.Split('\n'))
        {
            if (!line.StartsWith("data: {", StringComparison.Ordinal)) continue;
            var content = JsonNode.Parse(line[6..])!["choices"]![0]!["delta"]!["content"];
            if (content is not null) text.Append(content.GetValue<string>());
        }
        return text.ToString();
    }
}
