using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataGuard.Testing.StubUpstream;

/// <summary>
/// A small Kestrel app on 127.0.0.1 (port chosen by the OS) that answers like Azure OpenAI / OpenAI — chat completions,
/// Responses API, completions, embeddings; JSON or SSE when the request asks for <c>stream</c> — and records every request.
/// </summary>
/// <example>
/// <code>
/// await using var stub = await StubUpstream.StartAsync();
/// stub.Answer = _ => "Hello &lt;TW_NATIONAL_ID_1&gt;";   // what the "model" says
/// stub.ChunkSize = 3;                                      // streamed answers in 3-character deltas
/// // point a client or the guard at stub.BaseAddress, then inspect stub.Requests
/// </code>
/// </example>
public sealed class StubUpstream : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private StubUpstream(WebApplication app) => _app = app;

    /// <summary>The stub's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every request received, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>What the model answers, given the request. Default: a fixed sentence.</summary>
    public Func<RecordedRequest, string> Answer { get; set; } = _ => "Hello from the stub upstream.";

    /// <summary>Characters per streamed delta when <see cref="Chunks"/> is not set. Default 4.</summary>
    public int ChunkSize { get; set; } = 4;

    /// <summary>Exact streamed deltas (overrides the answer's splitting), e.g. to split a placeholder in a chosen place.</summary>
    public IReadOnlyList<string>? Chunks { get; set; }

    /// <summary>Delay before answering, as a model thinks (load benchmark). Default none.</summary>
    public TimeSpan AnswerDelay { get; set; }

    /// <summary>
    /// When set, the stream stops after <see cref="EventsBeforeHold"/> events until this task completes, so a test can
    /// show that the first words reached the client while the rest of the answer did not yet exist (streaming, not
    /// buffering).
    /// </summary>
    public Task? RestOfStreamReleased { get; set; }

    /// <summary>Events sent before <see cref="RestOfStreamReleased"/> holds the stream. Default 2: a chat answer's role event and its first delta.</summary>
    public int EventsBeforeHold { get; set; } = 2;

    /// <summary>When set, every request is answered with this status and an OpenAI-style error body.</summary>
    public int? FailWithStatus { get; set; }

    /// <summary>Whether requests are kept in <see cref="Requests"/>. Default true; load tests turn it off to keep memory flat.</summary>
    public bool RecordRequests { get; set; } = true;

    /// <summary>Makes the model repeat the last user message (to see what reached it, placeholders included).</summary>
    public void EchoPrompt() => Answer = request => StubAnswers.LastPrompt(request.Json);

    /// <summary>Forgets recorded requests.</summary>
    public void Clear() => _requests.Clear();

    /// <summary>Starts a stub on 127.0.0.1 with an OS-assigned port.</summary>
    public static async Task<StubUpstream> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new StubUpstream(app);
        app.Run(stub.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        stub.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return stub;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        var request = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "/", context.Request.QueryString.Value ?? string.Empty, headers, body.ToArray());
        if (RecordRequests) _requests.Enqueue(request);
        if (AnswerDelay > TimeSpan.Zero) await Task.Delay(AnswerDelay);

        if (FailWithStatus is { } status)
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsJsonAsync(new { error = new { code = "stub_error", type = "server_error", message = $"Stub upstream failed with {status}." } });
            return;
        }
        var json = request.Json;
        var text = Answer(request);
        bool stream = json?["stream"] is JsonValue s && s.GetValueKind() == JsonValueKind.True;
        var path = request.Path;
        if (path.EndsWith("/embeddings", StringComparison.Ordinal))
        {
            int count = json?["input"] is JsonArray items ? Math.Max(1, items.Count) : 1;
            await context.Response.WriteAsJsonAsync(StubAnswers.Embeddings(count));
        }
        else if (path.EndsWith("/chat/completions", StringComparison.Ordinal))
        {
            if (stream) await StreamAsync(context, StubAnswers.ChatChunks(Split(text)).Select(d => ((string?)null, d)));
            else await context.Response.WriteAsJsonAsync(StubAnswers.Chat(text));
        }
        else if (path.EndsWith("/responses", StringComparison.Ordinal))
        {
            if (stream) await StreamAsync(context, StubAnswers.ResponseEvents(text, Split(text)).Select(e => ((string?)e.Event, e.Data)), done: false);
            else await context.Response.WriteAsJsonAsync(StubAnswers.Response(text));
        }
        else if (path.EndsWith("/completions", StringComparison.Ordinal))
        {
            if (stream) await StreamAsync(context, StubAnswers.CompletionChunks(Split(text)).Select(d => ((string?)null, d)));
            else await context.Response.WriteAsJsonAsync(StubAnswers.Completion(text));
        }
        else
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsJsonAsync(new { error = new { code = "not_found", message = "The stub does not serve this path." } });
        }
    }

    private IReadOnlyList<string> Split(string text)
    {
        if (Chunks is { } chunks) return chunks;
        var parts = new List<string>();
        for (int i = 0; i < text.Length; i += ChunkSize) parts.Add(text.Substring(i, Math.Min(ChunkSize, text.Length - i)));
        return parts;
    }

    private async Task StreamAsync(HttpContext context, IEnumerable<(string? Event, object Data)> events, bool done = true)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var sent = 0;
        foreach (var (name, data) in events)
        {
            if (sent++ == EventsBeforeHold && RestOfStreamReleased is { } released) await released;
            var text = (name is null ? string.Empty : "event: " + name + "\n") + "data: " + JsonSerializer.Serialize(data) + "\n\n";
            await context.Response.WriteAsync(text, Encoding.UTF8);
            await context.Response.Body.FlushAsync();
        }
        if (done)
        {
            await context.Response.WriteAsync("data: [DONE]\n\n", Encoding.UTF8);
            await context.Response.Body.FlushAsync();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
