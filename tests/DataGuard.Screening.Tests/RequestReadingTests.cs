using System.Text;
using static DataGuard.Screening.Tests.Screening;

namespace DataGuard.Screening.Tests;

public class RequestReadingTests
{
    private static IReadOnlyList<PromptSegment> Segments(string json) => PromptDocument.Parse(Encoding.UTF8.GetBytes(json)).Segments;

    private static string PathOf(string json, string text) => Assert.Single(Segments(json), s => s.Text == text).Path;

    [Fact]
    public void Chat_message_content_string_is_read_with_its_path()
    {
        var json = """{"model":"gpt-4o","messages":[{"role":"system","content":"be brief"},{"role":"user","content":"hello there"}]}""";
        Assert.Equal("messages[1].content", PathOf(json, "hello there"));
        Assert.Equal("messages[0].content", PathOf(json, "be brief"));
    }

    [Fact]
    public void Escapes_are_decoded_before_scanning()
    {
        var json = """{"messages":[{"role":"user","content":"\u0041123456789 \u8eab\u5206\u8b49"}]}""";
        Assert.Equal("A123456789 身分證", Assert.Single(Segments(json), s => s.Path == "messages[0].content").Text);
    }

    [Fact]
    public void Content_parts_name_and_tool_call_arguments_are_read()
    {
        var json = """
        {"messages":[
          {"role":"user","name":"officer_x","content":[{"type":"text","text":"part text"}]},
          {"role":"assistant","tool_calls":[{"id":"call_1","type":"function","function":{"name":"lookup","arguments":"{\"who\":\"\\u0041bc\",\"n\":912}"}}]},
          {"role":"tool","tool_call_id":"call_1","content":"tool said hi"},
          {"role":"assistant","function_call":{"name":"f","arguments":"legacy args"}}]}
        """;
        Assert.Equal("messages[0].content[0].text", PathOf(json, "part text"));
        Assert.Equal("messages[0].name", PathOf(json, "officer_x"));
        Assert.Equal("messages[1].tool_calls[0].function.arguments.who", PathOf(json, "Abc"));
        Assert.Equal("messages[1].tool_calls[0].function.arguments.n", PathOf(json, "912"));
        Assert.Equal("messages[2].content", PathOf(json, "tool said hi"));
        Assert.Equal("messages[3].function_call.arguments", PathOf(json, "legacy args"));
    }

    [Fact]
    public void Responses_api_input_instructions_and_function_output_are_read()
    {
        var json = """
        {"model":"gpt-4o","instructions":"system words","input":[
          {"role":"user","content":[{"type":"input_text","text":"input words"}]},
          {"type":"function_call","call_id":"c1","name":"f","arguments":"{\"q\":\"args words\"}"},
          {"type":"function_call_output","call_id":"c1","output":"output words"}]}
        """;
        Assert.Equal("instructions", PathOf(json, "system words"));
        Assert.Equal("input[0].content[0].text", PathOf(json, "input words"));
        Assert.Equal("input[1].arguments.q", PathOf(json, "args words"));
        Assert.Equal("input[2].output", PathOf(json, "output words"));
        Assert.Equal("input", PathOf("""{"input":"just a string"}""", "just a string"));
    }

    [Fact]
    public void Completions_prompt_and_embeddings_input_arrays_are_read()
    {
        Assert.Equal("prompt[1]", PathOf("""{"prompt":["a","second prompt"]}""", "second prompt"));
        Assert.Equal("input[0]", PathOf("""{"input":["embed me"]}""", "embed me"));
    }

    [Theory]
    [InlineData("""{"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"https://example.invalid/a.png"}}]}]}""", "messages[0].content[0]", "image_url")]
    [InlineData("""{"messages":[{"role":"user","content":[{"type":"input_audio","input_audio":{"data":"AAAA","format":"wav"}}]}]}""", "messages[0].content[0]", "input_audio")]
    [InlineData("""{"input":[{"role":"user","content":[{"type":"input_file","file_data":"QUJD"}]}]}""", "input[0].content[0]", "input_file")]
    [InlineData("""{"input":[{"role":"user","content":[{"type":"hologram","x":"y"}]}]}""", "input[0].content[0]", "hologram")]
    [InlineData("""{"messages":[{"role":"user","content":"data:image/png;base64,AAAA"}]}""", "messages[0].content", "data URL")]
    [InlineData("""{"input":[1,2,3]}""", "input", "token ids")]
    [InlineData("""{"prompt":[[1,2],[3]]}""", "prompt[0]", "token ids")]
    public void Content_that_cannot_be_read_is_reported(string json, string path, string kind)
    {
        var document = PromptDocument.Parse(Encoding.UTF8.GetBytes(json));
        Assert.Contains(new UnreadableContent(path, kind), document.Unreadable);
    }

    [Fact]
    public void Base64_payloads_of_unreadable_parts_are_not_scanned_as_text()
    {
        var json = """{"messages":[{"role":"user","content":[{"type":"input_audio","input_audio":{"data":"QUJDREVG","format":"wav"}}]}]}""";
        Assert.DoesNotContain(Segments(json), s => s.Text == "QUJDREVG");
    }

    [Fact]
    public void Keys_that_could_hold_data_are_scanned_but_never_shown_in_paths()
    {
        var json = $$$"""{"metadata":{"{{{Id}}}":"x"}}""";
        var segments = Segments(json);
        Assert.Contains(segments, s => s.Text == Id);
        Assert.DoesNotContain(segments, s => s.Path.Contains(Id, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"messages\": [", "not valid JSON")]
    [InlineData("[1,2]", "must be a JSON object")]
    [InlineData("{} {}", "more than one JSON value")]
    public void Malformed_bodies_get_a_clear_error_that_quotes_nothing(string json, string expected)
    {
        var error = Assert.Throws<RequestFormatException>(() => PromptDocument.Parse(Encoding.UTF8.GetBytes(json)));
        Assert.True(error.Message.Contains(expected, StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void Malformed_body_error_does_not_quote_the_data()
    {
        var error = Assert.Throws<RequestFormatException>(() => PromptDocument.Parse(Encoding.UTF8.GetBytes($$"""{"content": {{Id}}}""")));
        Assert.DoesNotContain(Id, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("123456789", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        var json = "{\"a\":" + new string('[', 100) + new string(']', 100) + "}";
        var error = Assert.Throws<RequestFormatException>(() => PromptDocument.Parse(Encoding.UTF8.GetBytes(json), maxDepth: 32));
        Assert.Contains("nested deeper than 32", error.Message, StringComparison.Ordinal);
    }
}

public class AmbiguousRequestTests
{
    [Theory]
    [InlineData("""{"messages":[{"role":"user","content":"A123456789"}],"messages":[{"role":"user","content":"hi"}]}""")]
    [InlineData("""{"messages":[{"role":"user","content":"x","content":"A123456789"}]}""")]
    [InlineData("""{"messages":[{"role":"assistant","tool_calls":[{"function":{"name":"f","arguments":"{\"a\":\"A123456789\",\"a\":\"x\"}"}}]}]}""")]
    public void Duplicate_properties_are_refused_without_quoting_them(string json)
    {
        var error = Assert.Throws<RequestFormatException>(() => PromptDocument.Parse(System.Text.Encoding.UTF8.GetBytes(json)));
        Assert.Contains("same property twice", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("A123456789", error.Message, StringComparison.Ordinal);
    }
}
