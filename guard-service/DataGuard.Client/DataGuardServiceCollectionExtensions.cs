using DataGuard.Client.ClientModel;
using DataGuard.Detection;
using DataGuard.Screening;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DataGuard.Client;

/// <summary>Registers the in-process guards.</summary>
public static class DataGuardServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="PromptGuard"/> and a <see cref="DataGuardPipelinePolicy"/> configured from the <c>DataGuard</c>
    /// section, the same format the guard service reads: <c>Policy</c> (<see cref="ScreeningPolicy"/>, validated at start-up),
    /// <c>Detection</c> (<see cref="ScannerOptions"/>), <c>Recognizers</c> (configured entity types, validated at start-up)
    /// and the client's own <c>Client</c> (<see cref="DataGuardClientOptions"/>).
    /// Policy edits in a reloadable file apply to the next request.
    /// </summary>
    /// <example><code>services.AddDataGuard(configuration.GetSection("DataGuard"));</code></example>
    public static IServiceCollection AddDataGuard(this IServiceCollection services, IConfiguration dataGuardSection)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(dataGuardSection);
        services.AddDataGuardScreening(dataGuardSection);
        services.AddOptions<DataGuardClientOptions>().Bind(dataGuardSection.GetSection(DataGuardClientOptions.SectionName));
        services.TryAddSingleton(sp => new PromptGuard(
            sp.GetRequiredService<PersonalDataScanner>(),
            sp.GetRequiredService<IOptionsMonitor<ScreeningPolicy>>(),
            sp.GetRequiredService<IOptionsMonitor<DataGuardClientOptions>>(),
            sp.GetRequiredService<DataGuardMetrics>()));
        services.TryAddSingleton(sp => new DataGuardPipelinePolicy(sp.GetRequiredService<PromptGuard>()));
        return services;
    }
}
