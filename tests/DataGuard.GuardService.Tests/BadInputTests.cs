using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DataGuard.Testing.StubUpstream;
using static DataGuard.GuardService.Tests.Prompts;

namespace DataGuard.GuardService.Tests;

/// <summary>Every bad input gets its documented answer, and the upstream receives nothing.</summary>
public class BadInputTests : GuardWithStub
{
    private async Task<(HttpStatusCode Status, string Code)> SendAsync(HttpContent content, string path = AzureChat, string? key = GuardHost.StaffKey)
    {
        using var client = _guard.Http(key);
        using var response = await client.PostAsync(path, content);
        var body = await response.Content.ReadAsStringAsync();
        var code = System.Text.Json.Nodes.JsonNode.Parse(body)!["error"]!["code"]!.GetValue<string>();
        Assert.True(response.Headers.Contains("x-dataguard-request-id"));
        return (response.StatusCode, code);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static ByteArrayContent Compressed(byte[] data, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true),
            "deflate" => new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true),
            _ => new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true),
        })
        {
            compressor.Write(data);
        }
        var content = new ByteArrayContent(output.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentEncoding.Add(encoding);
        return content;
    }

    [Fact]
    public async Task Malformed_json_is_400()
    {
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_json"), await SendAsync(Json("{\"messages\": [")));
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task Duplicate_property_is_400()
    {
        var json = $$$"""{"messages":[{"role":"user","content":"{{{Id}}}"}],"messages":[{"role":"user","content":"hi"}]}""";
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_json"), await SendAsync(Json(json)));
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task Invalid_utf8_is_400()
    {
        var content = new ByteArrayContent([.. "{\"messages\":[{\"role\":\"user\",\"content\":\""u8, 0xC3, 0x28, .. "\"}]}"u8]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_json"), await SendAsync(content));
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task Wrong_content_type_is_400()
    {
        Assert.Equal((HttpStatusCode.BadRequest, "unsupported_content_type"), await SendAsync(new StringContent(Chat("hello"), Encoding.UTF8, "text/plain")));
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task Oversize_body_is_413()
    {
        var big = Chat(new string('a', 1024 * 1024 + 10));
        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, "request_too_large"), await SendAsync(Json(big)));
        Assert.Empty(_stub.Requests);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task Compression_bomb_is_413(string encoding)
    {
        // 50 MB of spaces inside a JSON string compresses to a few kilobytes.
        var bomb = Encoding.UTF8.GetBytes("{\"messages\":[{\"role\":\"user\",\"content\":\"" + new string(' ', 50 * 1024 * 1024) + "\"}]}");
        var content = Compressed(bomb, encoding);
        Assert.True(content.Headers.ContentLength < 1024 * 1024);
        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, "request_too_large"), await SendAsync(content));
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task Compressed_id_is_decompressed_and_blocked()
    {
        Assert.Equal((HttpStatusCode.BadRequest, "dataguard_blocked"), await SendAsync(Compressed(Encoding.UTF8.GetBytes(Chat($"id {Id}")), "gzip")));
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task Compressed_clean_prompt_is_forwarded_decompressed()
    {
        using var client = _guard.Http();
        using var response = await client.PostAsync(AzureChat, Compressed(Encoding.UTF8.GetBytes(Chat("hello")), "br"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(_stub.Requests);
        Assert.Null(received.Header("content-encoding"));
        Assert.Equal("hello", received.Json!["messages"]![1]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_content_encoding_is_415()
    {
        var content = Json(Chat("hello"));
        content.Headers.ContentEncoding.Add("compress");
        Assert.Equal((HttpStatusCode.UnsupportedMediaType, "unsupported_content_encoding"), await SendAsync(content));
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task Deep_nesting_is_400()
    {
        var deep = "{\"messages\":[{\"role\":\"user\",\"content\":\"x\",\"extra\":" + new string('[', 200) + new string(']', 200) + "}]}";
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_json"), await SendAsync(Json(deep)));
        Assert.Empty(_stub.Requests);
    }

    [Theory]
    [InlineData("openai/deployments/gpt-4o/images/generations?api-version=2024-10-21")]
    [InlineData("v1/files")]
    [InlineData("v1/audio/transcriptions")]
    [InlineData("admin")]
    public async Task Unknown_route_is_404_and_not_forwarded(string path)
    {
        Assert.Equal((HttpStatusCode.NotFound, "route_not_screened"), await SendAsync(Json(Chat("hello")), path));
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task Get_on_a_screened_route_is_not_forwarded()
    {
        using var client = _guard.Http();
        using var response = await client.GetAsync(AzureChat);
        Assert.True(response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound);
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task Missing_key_is_401()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, "invalid_api_key"), await SendAsync(Json(Chat("hello")), key: null));
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task Wrong_key_is_401_whether_api_key_or_bearer()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, "invalid_api_key"), await SendAsync(Json(Chat("hello")), key: "not-a-key"));
        using var client = _guard.Http(key: null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-key");
        using var response = await client.PostAsync(AzureChat, Json(Chat("hello")));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task Image_part_is_blocked_as_unreadable()
    {
        var json = """{"messages":[{"role":"user","content":[{"type":"text","text":"what is in this photo?"},{"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo="}}]}]}""";
        using var response = await _guard.PostJsonAsync(AzureChat, json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await JsonAsync(response))["error"]!;
        Assert.Equal("dataguard_blocked", error["code"]!.GetValue<string>());
        Assert.Equal("messages[0].content[1]", error["param"]!.GetValue<string>());
        Assert.Equal("UNREADABLE_CONTENT", error["findings"]![0]!["type"]!.GetValue<string>());
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task Embedding_token_arrays_are_blocked_as_unreadable()
    {
        using var response = await _guard.PostJsonAsync("v1/embeddings", """{"model":"e","input":[[101,2023,102]]}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_stub.Requests);
    }
}
