using DataGuard.Client.ExtensionsAI;
using DataGuard.Testing.StubUpstream;
using Microsoft.Extensions.AI;
using static DataGuard.Client.ExtensionsAI.Tests.TestData;

namespace DataGuard.Client.ExtensionsAI.Tests;

/// <summary><c>EmbeddingGeneratorBuilder.UseDataGuard</c> over Microsoft.Extensions.AI.OpenAI's <c>AsIEmbeddingGenerator()</c>.</summary>
public sealed class EmbeddingGeneratorMiddlewareTests
{
    private static IEmbeddingGenerator<string, Embedding<float>> Generator(StubUpstream stub, PromptGuard guard) =>
        ChatClientMiddlewareTests.OpenAI(stub).GetEmbeddingClient("text-embedding-3-small").AsIEmbeddingGenerator()
            .AsBuilder().UseDataGuard(guard).Build();

    [Fact]
    public async Task Blocked_values_never_reach_the_inner_generator()
    {
        await using var stub = await StubUpstream.StartAsync();

        var blocked = await Assert.ThrowsAsync<PersonalDataBlockedException>(() => Generator(stub, Guard()).GenerateAsync(["交通違規", IdPrompt]));

        Assert.Empty(stub.Requests);
        Assert.Equal("input[1]", blocked.Param);
        Assert.DoesNotContain(NationalId, blocked.Message);
    }

    [Fact]
    public async Task Redacted_values_are_embedded_with_placeholders()
    {
        await using var stub = await StubUpstream.StartAsync();

        // The stub answers floats while the OpenAI client asks for base64, so the answer may not parse; what matters is what left.
        try { await Generator(stub, Guard("redact")).GenerateAsync(["交通違規", IdPrompt]); }
        catch (FormatException) { }

        var input = Assert.Single(stub.Requests).Json!["input"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray();
        Assert.Equal(["交通違規", IdPrompt.Replace(NationalId, "<TW_NATIONAL_ID_1>", StringComparison.Ordinal)], input);
    }

    [Fact]
    public async Task Clean_values_go_through_unchanged()
    {
        await using var stub = await StubUpstream.StartAsync();

        try { await Generator(stub, Guard()).GenerateAsync(["交通違規", CleanPrompt]); }
        catch (FormatException) { }

        var input = Assert.Single(stub.Requests).Json!["input"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray();
        Assert.Equal(["交通違規", CleanPrompt], input);
    }
}
