using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace DataGuard.Client.ExtensionsAI;

/// <summary>Adds DataGuard to Microsoft.Extensions.AI pipelines.</summary>
public static class DataGuardBuilderExtensions
{
    /// <summary>
    /// Screens every chat request with <paramref name="guard"/>, or with the <see cref="PromptGuard"/> registered by
    /// <c>services.AddDataGuard(...)</c>, or else with the default policy (block the six core types).
    /// </summary>
    /// <example><code>IChatClient chat = new ChatClientBuilder(inner).UseDataGuard().Build(services);</code></example>
    public static ChatClientBuilder UseDataGuard(this ChatClientBuilder builder, PromptGuard? guard = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, services) => new DataGuardChatClient(inner, guard ?? Resolve(services)));
    }

    /// <summary>Screens every embedding request (block or redact) with <paramref name="guard"/>, the registered guard, or the default policy.</summary>
    public static EmbeddingGeneratorBuilder<string, TEmbedding> UseDataGuard<TEmbedding>(this EmbeddingGeneratorBuilder<string, TEmbedding> builder, PromptGuard? guard = null)
        where TEmbedding : Embedding
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, services) => new DataGuardEmbeddingGenerator<TEmbedding>(inner, guard ?? Resolve(services)));
    }

    private static PromptGuard Resolve(IServiceProvider services) => services.GetService<PromptGuard>() ?? new PromptGuard();
}
