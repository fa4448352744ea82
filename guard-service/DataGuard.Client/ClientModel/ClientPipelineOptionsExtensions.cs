using System.ClientModel.Primitives;

namespace DataGuard.Client.ClientModel;

/// <summary>Adds DataGuard to the options of an OpenAI or Azure OpenAI client.</summary>
public static class ClientPipelineOptionsExtensions
{
    /// <summary>
    /// Screens every request the client sends with <paramref name="guard"/> (see <see cref="DataGuardPipelinePolicy"/>).
    /// Works for <c>OpenAIClientOptions</c> and <c>AzureOpenAIClientOptions</c>.
    /// </summary>
    /// <example><code>var options = new AzureOpenAIClientOptions().AddDataGuard(guard);</code></example>
    public static TOptions AddDataGuard<TOptions>(this TOptions options, PromptGuard guard)
        where TOptions : ClientPipelineOptions
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(new DataGuardPipelinePolicy(guard), PipelinePosition.PerCall);
        return options;
    }

    /// <summary>Adds an existing policy instance (for example the one <c>AddDataGuard</c> registered in dependency injection).</summary>
    public static TOptions AddDataGuard<TOptions>(this TOptions options, DataGuardPipelinePolicy policy)
        where TOptions : ClientPipelineOptions
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(policy);
        options.AddPolicy(policy, PipelinePosition.PerCall);
        return options;
    }
}
