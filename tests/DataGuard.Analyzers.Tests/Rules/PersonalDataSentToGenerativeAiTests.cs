using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules;

public class PersonalDataSentToGenerativeAiTests
{
    private const string Ai = "using OpenAI.Chat;\n";

    private static Task Run(string body, string? editorConfig = null)
        => Verify<PersonalDataSentToGenerativeAiAnalyzer>.Analyzer(Ai + TestCode.Wrap(body), editorConfig);

    private static Task RunRaw(string body, string? editorConfig = null)
        => Verify<PersonalDataSentToGenerativeAiAnalyzer>.Analyzer(TestCode.Wrap(body), editorConfig);

    // ----- reported -----

    [Fact]
    public Task Chat_completion_with_personal_prompt_is_reported() => Run("""
        async Task M(ChatClient chat, Citizen citizen) { await {|DG1004:chat.CompleteChatAsync(new UserChatMessage($"Summarize the case of {citizen.NationalId}"))|}; }
        """);

    [Fact]
    public Task Message_list_initializer_is_reported() => Run("""
        async Task M(ChatClient chat, Citizen citizen)
        {
            var messages = new List<ChatMessage> { new SystemChatMessage("You are a clerk."), new UserChatMessage("Suspect: " + citizen.FullName) };
            await {|DG1004:chat.CompleteChatAsync(messages)|};
        }
        """);

    [Fact]
    public Task Messages_added_later_are_reported() => Run("""
        async Task M(ChatClient chat, Citizen citizen)
        {
            var messages = new List<ChatMessage>();
            var prompt = $"Phone {citizen.Phone}";
            messages.Add(ChatMessage.CreateUserMessage(prompt));
            await {|DG1004:chat.CompleteChatAsync(messages)|};
        }
        """);

    [Fact]
    public Task Azure_openai_chat_client_is_reported() => Run("""
        void M(Azure.AI.OpenAI.AzureOpenAIClient azure, Citizen citizen) { var chat = azure.GetChatClient("gpt-4o"); var r = {|DG1004:chat.CompleteChat(new UserChatMessage(citizen.NationalId))|}; }
        """);

    [Fact]
    public Task Embeddings_are_reported() => Run("""
        async Task M(OpenAI.Embeddings.EmbeddingClient embeddings, Citizen citizen) { await {|DG1004:embeddings.GenerateEmbeddingAsync(citizen.FullName)|}; }
        """);

    [Fact]
    public Task Responses_client_is_reported() => Run("""
        async Task M(OpenAI.Responses.OpenAIResponseClient responses, string suspectName) { await {|DG1004:responses.CreateResponseAsync("Who is " + suspectName)|}; }
        """);

    [Fact]
    public Task Extensions_ai_chat_client_is_reported() => RunRaw("""
        async Task M(Microsoft.Extensions.AI.IChatClient client, Citizen citizen) { await {|DG1004:Microsoft.Extensions.AI.ChatClientExtensions.GetResponseAsync(client, $"Summarize {citizen.Phone}")|}; }
        """);

    [Fact]
    public Task Extensions_ai_messages_are_reported() => RunRaw("""
        async Task M(Microsoft.Extensions.AI.IChatClient client, Citizen citizen)
        {
            var messages = new List<Microsoft.Extensions.AI.ChatMessage> { new(Microsoft.Extensions.AI.ChatRole.User, citizen.NationalId) };
            await {|DG1004:client.GetResponseAsync(messages)|};
        }
        """);

    [Fact]
    public Task Embedding_generator_is_reported() => RunRaw("""
        async Task M(Microsoft.Extensions.AI.IEmbeddingGenerator<string, float[]> generator, Citizen citizen) { await {|DG1004:generator.GenerateAsync(new[] { citizen.Phone })|}; }
        """);

    [Fact]
    public Task Semantic_kernel_prompt_is_reported() => RunRaw("""
        async Task M(Microsoft.SemanticKernel.Kernel kernel, Citizen citizen) { await {|DG1004:Microsoft.SemanticKernel.KernelExtensions.InvokePromptAsync(kernel, $"Write a letter to {citizen.FullName}")|}; }
        """);

    [Fact]
    public Task Semantic_kernel_arguments_are_reported() => RunRaw("""
        async Task M(Microsoft.SemanticKernel.Kernel kernel, Citizen citizen)
        {
            var args = new Microsoft.SemanticKernel.KernelArguments { ["id"] = citizen.NationalId };
            await {|DG1004:Microsoft.SemanticKernel.KernelExtensions.InvokePromptAsync(kernel, "Check {{$id}}", args)|};
        }
        """);

    [Fact]
    public Task Serialized_object_in_prompt_is_reported() => Run("""
        async Task M(ChatClient chat, Citizen citizen) { await {|DG1004:chat.CompleteChatAsync(new UserChatMessage("Data: " + System.Text.Json.JsonSerializer.Serialize(citizen)))|}; }
        """);

    [Fact]
    public Task Record_in_prompt_is_reported() => Run("""
        record Suspect(string CaseNo, string NationalId);
        async Task M(ChatClient chat, Suspect s) { await {|DG1004:chat.CompleteChatAsync(new UserChatMessage($"Summarize {s}"))|}; }
        """);

    [Fact]
    public Task StringBuilder_prompt_is_reported() => Run("""
        async Task M(ChatClient chat, List<Citizen> all)
        {
            var prompt = new StringBuilder("Summarize:\n");
            foreach (var c in all) { prompt.AppendLine($"{c.FullName} {c.Phone}"); }
            await {|DG1004:chat.CompleteChatAsync(new UserChatMessage(prompt.ToString()))|};
        }
        """);

    [Fact]
    public Task Prompt_built_by_a_helper_is_reported() => Run("""
        static string BuildPrompt(Citizen c, string task) => task + ": " + c.NationalId;
        async Task M(ChatClient chat, Citizen citizen) { await {|DG1004:chat.CompleteChatAsync(new UserChatMessage(BuildPrompt(citizen, "Summarize")))|}; }
        """);

    [Fact]
    public Task Chinese_identifier_in_prompt_is_reported() => Run("""
        async Task M(ChatClient chat, string 地址) { await {|DG1004:chat.CompleteChatAsync(new UserChatMessage("整理以下地址：" + 地址))|}; }
        """);

    [Fact]
    public Task Own_chat_client_implementation_is_reported() => RunRaw("""
        class CaseAssistant : Microsoft.Extensions.AI.IChatClient
        {
            public Task<Microsoft.Extensions.AI.ChatResponse> GetResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, object? options = null, System.Threading.CancellationToken cancellationToken = default) => null!;
        }
        async Task M(CaseAssistant assistant, Citizen citizen) { await {|DG1004:assistant.GetResponseAsync(new[] { new Microsoft.Extensions.AI.ChatMessage(Microsoft.Extensions.AI.ChatRole.User, citizen.Phone) })|}; }
        """);

    [Fact]
    public Task Collection_expression_of_messages_is_reported() => Run("""
        async Task M(ChatClient chat, Citizen citizen) { await {|DG1004:chat.CompleteChatAsync([new SystemChatMessage("Clerk"), new UserChatMessage("Phone " + citizen.Phone)])|}; }
        """);

    [Fact]
    public Task Plain_http_call_to_an_ai_api_is_reported() => Run("""
        async Task M(Citizen citizen)
        {
            var body = new { model = "gpt-4o", messages = new[] { new { role = "user", content = "Summarize " + citizen.FullName } } };
            await {|DG1004:System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(_http, "https://api.openai.com/v1/chat/completions", body)|};
            await {|DG1004:_http.PostAsync("https://police.openai.azure.com/openai/deployments/gpt/chat/completions", new StringContent(citizen.NationalId))|};
        }
        """);

    [Fact]
    public Task Plain_http_call_to_another_host_is_not_an_ai_call() => Run("""
        async Task M(Citizen citizen) { await _http.PostAsync("https://records.police.internal/api", new StringContent(citizen.NationalId)); }
        """);

    // ----- not reported -----

    [Fact]
    public Task Masked_prompt_is_not_reported() => Run("""
        async Task M(ChatClient chat, Citizen citizen) { await chat.CompleteChatAsync(new UserChatMessage($"Summarize {Masking.Mask(citizen.NationalId)}")); }
        """);

    [Fact]
    public Task Prompt_without_personal_data_is_not_reported() => Run("""
        async Task M(ChatClient chat, Citizen citizen) { await chat.CompleteChatAsync(new UserChatMessage($"Summarize case {citizen.CaseNo}, age {citizen.Age}")); }
        """);

    [Fact]
    public Task Class_object_text_is_not_reported() => Run("""
        async Task M(ChatClient chat, Citizen citizen) { await chat.CompleteChatAsync(new UserChatMessage($"Summarize {citizen}")); }
        """);

    [Fact]
    public Task Derived_values_are_not_reported() => Run("""
        async Task M(ChatClient chat, List<Citizen> all, Citizen citizen) { await chat.CompleteChatAsync(new UserChatMessage($"{all.Count} citizens, id length {citizen.NationalId.Length}, has phone {!string.IsNullOrEmpty(citizen.Phone)}")); }
        """);

    [Fact]
    public Task Redacted_prompt_is_not_reported() => Run("""
        async Task M(ChatClient chat, Citizen citizen, Microsoft.Extensions.Compliance.Redaction.Redactor redactor) { await chat.CompleteChatAsync(new UserChatMessage(redactor.Redact(citizen.FullName))); }
        """);

    [Fact]
    public Task Constant_prompt_is_not_reported() => Run("""
        async Task M(ChatClient chat) { await chat.CompleteChatAsync(new SystemChatMessage("You are a helpful clerk."), new UserChatMessage("Explain the privacy law.")); }
        """);

    [Fact]
    public Task Configured_sanitizer_is_not_reported() => Run("""
        static class Guard { public static string Screen(string text) => text; }
        async Task M(ChatClient chat, Citizen citizen) { await chat.CompleteChatAsync(new UserChatMessage(Guard.Screen("Summarize " + citizen.FullName))); }
        """, "dataguard.sanitizers = M:C.Guard.Screen(System.String)");

    [Fact]
    public Task Look_alike_names_are_not_reported() => Run("""
        async Task M(ChatClient chat, string phoneModel, string addressFamily) { await chat.CompleteChatAsync(new UserChatMessage($"{phoneModel} {addressFamily}")); }
        """);

    [Fact]
    public Task Personal_data_used_only_in_a_condition_is_not_reported() => Run("""
        async Task M(ChatClient chat, Citizen citizen) { var prompt = citizen.NationalId.StartsWith("A") ? "Northern case" : "Other case"; await chat.CompleteChatAsync(new UserChatMessage(prompt)); }
        """);

    [Fact]
    public Task Hashed_value_is_not_reported() => Run("""
        async Task M(ChatClient chat, Citizen citizen) { var key = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(citizen.NationalId))); await chat.CompleteChatAsync(new UserChatMessage("Case key " + key)); }
        """);

    [Fact]
    public Task Masked_reassignment_is_not_reported() => Run("""
        async Task M(ChatClient chat, Citizen citizen) { var text = "Summarize " + citizen.FullName; text = Masking.Mask(text); await chat.CompleteChatAsync(new UserChatMessage(text)); }
        """);

    [Fact]
    public Task Ignored_name_is_not_reported() => Run("""
        async Task M(ChatClient chat, string suspectName) { await chat.CompleteChatAsync(new UserChatMessage(suspectName)); }
        """, "dataguard.ignored_names = SuspectName");

    [Fact]
    public Task Name_of_a_member_is_not_reported() => Run("""
        async Task M(ChatClient chat, Citizen citizen) { await chat.CompleteChatAsync(new UserChatMessage($"Describe the field {nameof(citizen.NationalId)}")); }
        """);

    [Fact]
    public Task Non_ai_client_call_is_not_reported() => Run("""
        class Archive { public Task StoreAsync(string text) => Task.CompletedTask; }
        async Task M(Archive archive, Citizen citizen) { await archive.StoreAsync(citizen.NationalId); }
        """);

    [Fact]
    public Task Masked_values_in_semantic_kernel_arguments_are_not_reported() => RunRaw("""
        async Task M(Microsoft.SemanticKernel.Kernel kernel, Citizen citizen)
        {
            var args = new Microsoft.SemanticKernel.KernelArguments { ["id"] = Masking.Mask(citizen.NationalId) };
            await Microsoft.SemanticKernel.KernelExtensions.InvokePromptAsync(kernel, "Check {{$id}}", args);
        }
        """);
}
