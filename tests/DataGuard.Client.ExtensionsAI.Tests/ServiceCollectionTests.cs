using DataGuard.Client.ClientModel;
using DataGuard.Client.ExtensionsAI;
using DataGuard.Testing.StubUpstream;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenAI;
using OpenAI.Chat;
using static DataGuard.Client.ExtensionsAI.Tests.TestData;

namespace DataGuard.Client.ExtensionsAI.Tests;

/// <summary>The middleware picks up the guard <c>AddDataGuard</c> configured; the pipeline policy also works on the newer OpenAI client.</summary>
public sealed class ServiceCollectionTests
{
    [Fact]
    public async Task UseDataGuard_uses_the_policy_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DataGuard:Policy:Types:TW_NATIONAL_ID:Action"] = "pseudonymize",
        }).Build();
        await using var stub = await StubUpstream.StartAsync();
        stub.EchoPrompt();
        var services = new ServiceCollection();
        services.AddDataGuard(configuration.GetSection("DataGuard"));
        services.AddChatClient(ChatClientMiddlewareTests.OpenAI(stub).GetChatClient("gpt-4o-mini").AsIChatClient()).UseDataGuard();
        await using var provider = services.BuildServiceProvider();

        var response = await provider.GetRequiredService<IChatClient>().GetResponseAsync(IdPrompt);

        Assert.Equal(IdPrompt, response.Text);
        Assert.Contains("<TW_NATIONAL_ID_1>", Assert.Single(stub.Requests).BodyText);
    }

    [Fact]
    public async Task UseDataGuard_blocks_a_type_configured_under_Recognizers()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DataGuard:Recognizers:Custom:0:Type"] = "OPERATION_NAME",
            ["DataGuard:Recognizers:Custom:0:DenyList:0"] = "青鳥專案",
            ["DataGuard:Policy:Types:OPERATION_NAME:Action"] = "block",
        }).Build();
        await using var stub = await StubUpstream.StartAsync();
        var services = new ServiceCollection();
        services.AddDataGuard(configuration.GetSection("DataGuard"));
        services.AddChatClient(ChatClientMiddlewareTests.OpenAI(stub).GetChatClient("gpt-4o-mini").AsIChatClient()).UseDataGuard();
        await using var provider = services.BuildServiceProvider();

        await Assert.ThrowsAsync<PersonalDataBlockedException>(() => provider.GetRequiredService<IChatClient>().GetResponseAsync("青鳥專案的進度？"));

        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task Without_a_registered_guard_the_default_policy_blocks_core_types()
    {
        await using var stub = await StubUpstream.StartAsync();
        var chat = ChatClientMiddlewareTests.OpenAI(stub).GetChatClient("gpt-4o-mini").AsIChatClient().AsBuilder().UseDataGuard().Build();

        await Assert.ThrowsAsync<PersonalDataBlockedException>(() => chat.GetResponseAsync(IdPrompt));

        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task Pipeline_policy_restores_streams_on_the_newer_OpenAI_client_too()
    {
        await using var stub = await StubUpstream.StartAsync();
        stub.Chunks = ["<TW_", "NATIONAL_ID_1", "> 已查詢"];
        var client = ChatClientMiddlewareTests.OpenAI(stub, new OpenAIClientOptions().AddDataGuard(Guard("pseudonymize")));

        var text = new System.Text.StringBuilder();
        await foreach (var update in client.GetChatClient("gpt-4o-mini").CompleteChatStreamingAsync(new UserChatMessage(IdPrompt)))
        {
            foreach (var part in update.ContentUpdate) text.Append(part.Text);
        }

        Assert.Equal($"{NationalId} 已查詢", text.ToString());
        Assert.DoesNotContain(NationalId, Assert.Single(stub.Requests).BodyText);
    }
}
