using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Generative-AI calls without an SDK (issue 10 §3, round 29's BookIt): a raw <c>HttpClient</c> post to a known AI host, its
/// address resolved as every endpoint is (constants, <c>?:</c>, fields, configuration defaults), carrying what a person typed
/// into the program's chat (<c>ChatRequest.Message</c> and the history's <c>Content</c>). The same post to the team's own
/// gateway, or one carrying no person's value, is silent.
/// </summary>
public class RawAiRequestTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Net.Http;
        using System.Text;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Configuration;

        """;

    /// <summary>The chat request of another project of the solution, as BookIt's Core declares it.</summary>
    private const string ChatDtos = """
        namespace Shop.Dtos;

        public class ChatRequest
        {
            public string Message { get; set; } = string.Empty;
            public string SessionId { get; set; } = string.Empty;
            public System.Collections.Generic.List<ChatMessageDto> History { get; set; } = new();
        }

        public class ChatMessageDto
        {
            public string Role { get; set; } = "user";
            public string Content { get; set; } = string.Empty;
        }

        public class ChatResponse
        {
            public string Message { get; set; } = string.Empty;
        }
        """;

    private static Task Run(string body, string? editorConfig = null)
        => LibraryLeakTest.RunWithLibrary(Usings + "using Shop.Dtos;\n" + body + LibraryLeakTest.Buyer, ChatDtos, editorConfig);

    // ----- reported -----

    [Fact]
    public Task Chat_message_posted_to_openai_is_reported() => Run("""
        class BookingChat
        {
            private readonly HttpClient _http = new();

            async Task<string> AskAsync(ChatRequest request)
            {
                var messages = new List<object> { new { role = "system", content = "You are a booking assistant." } };
                foreach (var h in request.History.TakeLast(10))
                    messages.Add(new { role = h.Role, content = h.Content });
                messages.Add(new { role = "user", content = request.Message });
                var body = JsonSerializer.Serialize(new { model = "gpt-4o-mini", messages, max_tokens = 200 });
                var res = await {|DG1004:_http.PostAsync("https://api.openai.com/v1/chat/completions", new StringContent(body, Encoding.UTF8, "application/json"))|};
                return await res.Content.ReadAsStringAsync();
            }
        }
        """);

    [Fact]
    public Task Chat_history_posted_with_post_as_json_is_reported() => Run("""
        class BookingChat
        {
            private readonly HttpClient _http = new();

            async Task AskAsync(ChatRequest request)
            {
                var contents = request.History.Select(h => new { parts = new[] { new { text = h.Content } } }).ToList();
                await {|DG1004:System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(_http, "https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent", new { contents })|};
            }
        }
        """);

    [Fact]
    public Task Ai_host_chosen_by_a_conditional_between_fields_is_reported() => Run("""
        class BookingChat
        {
            private const string Anthropic = "https://api.anthropic.com/v1/messages";
            private static readonly string Mistral = "https://api.mistral.ai/v1/chat/completions";
            private readonly HttpClient _http = new();
            private readonly bool _useMistral;

            async Task AskAsync(ChatRequest request)
            {
                var url = _useMistral ? Mistral : Anthropic;
                await {|DG1004:_http.PostAsync(url, new StringContent(request.Message))|};
            }
        }
        """);

    [Fact]
    public Task Ai_host_as_a_configuration_default_is_reported() => Run("""
        class BookingChat
        {
            private readonly HttpClient _http = new();
            private readonly IConfiguration _configuration = null!;

            async Task AskAsync(ChatRequest request)
            {
                var endpoint = _configuration["Ai:Endpoint"] ?? "https://api.groq.com/openai/v1/chat/completions";
                await {|DG1004:_http.PostAsync(endpoint, new StringContent(request.Message))|};
            }
        }
        """);

    [Fact]
    public Task Send_async_with_a_request_message_to_azure_openai_is_reported() => Run("""
        class BookingChat
        {
            private readonly HttpClient _http = new();

            async Task AskAsync(ChatRequest request)
            {
                var message = new HttpRequestMessage(HttpMethod.Post, "https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions")
                {
                    Content = new StringContent(JsonSerializer.Serialize(new { messages = new[] { new { role = "user", content = request.Message } } })),
                };
                await {|DG1004:_http.SendAsync(message)|};
            }
        }
        """);

    [Fact]
    public Task Host_named_in_ai_hosts_is_reported() => Run("""
        class BookingChat
        {
            private readonly HttpClient _http = new();

            async Task AskAsync(ChatRequest request)
                => await {|DG1004:_http.PostAsync("https://llm.vendor.example/v1/chat/completions", new StringContent(request.Message))|};
        }
        """, "dataguard.ai_hosts = llm.vendor.example");

    [Fact]
    public Task Personal_record_posted_to_an_ai_host_is_reported() => Run("""
        class Summary
        {
            private readonly HttpClient _http = new();

            async Task AskAsync(Buyer buyer)
                => await {|DG1004:_http.PostAsync("https://api.openai.com/v1/chat/completions", new StringContent("Summarize " + buyer.FullName))|};
        }
        """);

    // ----- not reported -----

    [Fact]
    public Task Same_post_to_the_in_house_gateway_is_not_reported() => Run("""
        class BookingChat
        {
            private readonly HttpClient _http = new();

            async Task AskAsync(ChatRequest request)
                => await _http.PostAsync("https://ai-gateway.shop.example/v1/chat/completions", new StringContent(request.Message));
        }
        """, "dataguard.allowed_hosts = *.shop.example");

    [Fact]
    public Task Post_without_a_personal_value_is_not_reported() => Run("""
        class BookingChat
        {
            private readonly HttpClient _http = new();

            async Task AskAsync(ChatRequest request, Buyer buyer)
            {
                var body = JsonSerializer.Serialize(new { model = "gpt-4o-mini", messages = new[] { new { role = "user", content = "Describe order " + buyer.OrderNo + " in session " + request.SessionId } } });
                await _http.PostAsync("https://api.openai.com/v1/chat/completions", new StringContent(body));
            }
        }
        """);

    [Fact]
    public Task Answer_sent_back_is_not_a_typed_message() => Run("""
        class BookingChat
        {
            private readonly HttpClient _http = new();

            async Task AskAsync(ChatResponse previous)
                => await _http.PostAsync("https://api.openai.com/v1/chat/completions", new StringContent(previous.Message));
        }
        """);

    [Fact]
    public Task Ai_hosts_do_not_make_other_hosts_ai_calls() => Run("""
        class BookingChat
        {
            private readonly HttpClient _http = new();

            async Task AskAsync(ChatRequest request)
                => await _http.PostAsync("https://records.shop.example/api/notes", new StringContent(request.Message));
        }
        """, "dataguard.ai_hosts = llm.vendor.example\ndataguard.allowed_hosts = *.shop.example");
}
