using System.ClientModel;
using System.ClientModel.Primitives;
using System.Diagnostics.Metrics;
using Azure.AI.OpenAI;
using DataGuard.Client.ClientModel;
using DataGuard.Screening;
using DataGuard.Testing.StubUpstream;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenAI.Chat;
using static DataGuard.Client.Tests.TestData;

namespace DataGuard.Client.Tests;

/// <summary><c>services.AddDataGuard(configuration.GetSection("DataGuard"))</c>: the guard service's policy format, bound the usual way.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dataguard-client-").FullName;

    [Fact]
    public async Task Policy_from_a_JSON_file_in_the_guard_services_format_is_applied()
    {
        var file = WritePolicy("pseudonymize");
        using var services = Services(new ConfigurationBuilder().AddJsonFile(file).Build());
        await using var stub = await StubUpstream.StartAsync();
        stub.EchoPrompt();

        var completion = await Chat(stub, services).CompleteChatAsync(new UserChatMessage(IdPrompt));

        Assert.Equal(IdPrompt, completion.Value.Content[0].Text);
        Assert.Contains("<TW_NATIONAL_ID_1>", Assert.Single(stub.Requests).BodyText);
    }

    [Fact]
    public async Task Client_language_is_bound_from_the_Client_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DataGuard:Client:Language"] = "en",
        }).Build();
        using var services = Services(configuration);
        await using var stub = await StubUpstream.StartAsync();

        var blocked = await Assert.ThrowsAsync<PersonalDataBlockedException>(() => Chat(stub, services).CompleteChatAsync(new UserChatMessage(IdPrompt)));

        Assert.Equal(Documented.BlockedNationalIdEn, blocked.Message);
    }

    [Fact]
    public async Task Without_policy_settings_the_core_types_are_blocked()
    {
        using var services = Services(new ConfigurationBuilder().Build());
        await using var stub = await StubUpstream.StartAsync();

        await Assert.ThrowsAsync<PersonalDataBlockedException>(() => Chat(stub, services).CompleteChatAsync(new UserChatMessage(IdPrompt)));

        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task Edited_policy_file_applies_to_the_next_request()
    {
        var file = WritePolicy("block");
        var configuration = new ConfigurationBuilder().AddJsonFile(file, optional: false, reloadOnChange: false).Build();
        using var services = Services(configuration);
        await using var stub = await StubUpstream.StartAsync();
        var chat = Chat(stub, services);
        await Assert.ThrowsAsync<PersonalDataBlockedException>(() => chat.CompleteChatAsync(new UserChatMessage(IdPrompt)));

        WritePolicy("redact");
        configuration.Reload();
        await chat.CompleteChatAsync(new UserChatMessage(IdPrompt));

        Assert.Contains("<TW_NATIONAL_ID_1>", Assert.Single(stub.Requests).BodyText);
    }

    [Fact]
    public async Task A_type_configured_under_Recognizers_is_blocked_by_the_policy()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DataGuard:Recognizers:Custom:0:Type"] = "BADGE_NUMBER",
            ["DataGuard:Recognizers:Custom:0:Patterns:0:Regex"] = @"警號\s*\d{6}",
            ["DataGuard:Recognizers:Custom:0:Patterns:0:Score"] = "0.9",
            ["DataGuard:Policy:Types:BADGE_NUMBER:Action"] = "block",
        }).Build();
        using var services = Services(configuration);
        await using var stub = await StubUpstream.StartAsync();

        var blocked = await Assert.ThrowsAsync<PersonalDataBlockedException>(() => Chat(stub, services).CompleteChatAsync(new UserChatMessage("請查警號 123456 的值勤紀錄")));

        Assert.DoesNotContain("123456", blocked.Message);
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public void An_invalid_configured_recognizer_fails_with_a_clear_message()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DataGuard:Recognizers:Custom:0:Type"] = "BADGE_NUMBER",
            ["DataGuard:Recognizers:Custom:0:Patterns:0:Regex"] = "警號(",
        }).Build();
        using var services = Services(configuration);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<PromptGuard>().Screen("""{"messages":[]}"""u8));

        Assert.Contains("DataGuard:Recognizers:Custom:0:Patterns:0:Regex", error.Message);
    }

    [Fact]
    public void Misspelt_action_fails_with_a_clear_message()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DataGuard:Policy:Types:TW_NATIONAL_ID:Action"] = "redcat",
        }).Build();
        using var services = Services(configuration);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<PromptGuard>().Screen("""{"messages":[]}"""u8));

        Assert.Contains("redcat", error.Message);
    }

    [Fact]
    public void Invalid_policy_given_directly_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new PromptGuard(new ScreeningPolicy { CoreAction = "ignore" }));

        Assert.Contains("CoreAction", error.Message);
    }

    [Fact]
    public async Task Screening_publishes_the_guard_services_metrics()
    {
        using var services = Services(new ConfigurationBuilder().Build(), metrics: true);
        var factory = services.GetRequiredService<IMeterFactory>();
        var recorded = new List<(string Instrument, long Value, string Tag)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == factory && instrument.Meter.Name == DataGuardMetrics.MeterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            lock (recorded) recorded.Add((instrument.Name, value, string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}"))));
        });
        listener.Start();
        await using var stub = await StubUpstream.StartAsync();
        var chat = Chat(stub, services);

        await chat.CompleteChatAsync(new UserChatMessage(CleanPrompt));
        await Assert.ThrowsAsync<PersonalDataBlockedException>(() => chat.CompleteChatAsync(new UserChatMessage(IdPrompt)));

        Assert.Contains((DataGuardMetrics.RequestsName, 1L, "verdict=allow"), recorded);
        Assert.Contains((DataGuardMetrics.RequestsName, 1L, "verdict=block"), recorded);
        Assert.Contains((DataGuardMetrics.FindingsName, 1L, "type=TW_NATIONAL_ID"), recorded);
    }

    private static ServiceProvider Services(IConfiguration configuration, bool metrics = false)
    {
        var services = new ServiceCollection();
        if (metrics) services.AddMetrics();
        services.AddDataGuard(configuration.GetSection("DataGuard"));
        return services.BuildServiceProvider();
    }

    private static ChatClient Chat(StubUpstream stub, IServiceProvider services) =>
        new AzureOpenAIClient(stub.BaseAddress, new ApiKeyCredential("k"),
            new AzureOpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(0) }.AddDataGuard(services.GetRequiredService<DataGuardPipelinePolicy>()))
        .GetChatClient("gpt-4o-mini");

    private string WritePolicy(string nationalIdAction)
    {
        var file = Path.Combine(_folder, "dataguard.json");
        File.WriteAllText(file, $$"""
            {
              "DataGuard": {
                "Policy": {
                  "MinScore": 0.5,
                  "CoreAction": "block",
                  "OtherAction": "allow",
                  "UnreadableContent": "block",
                  "Types": { "TW_NATIONAL_ID": { "Action": "{{nationalIdAction}}" } }
                },
                "Detection": { "MinScore": 0.5 }
              }
            }
            """);
        return file;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
