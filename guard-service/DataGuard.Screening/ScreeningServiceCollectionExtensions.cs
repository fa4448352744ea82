using DataGuard.Detection;
using DataGuard.Detection.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DataGuard.Screening;

/// <summary>Registers the shared screening services.</summary>
public static class ScreeningServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="ScreeningPolicy"/> from <c>Policy</c>, <see cref="ScannerOptions"/> from <c>Detection</c> and the
    /// configured recognizers (<see cref="RecognizerOptions"/>) from <c>Recognizers</c> under <paramref name="dataGuardSection"/>
    /// (the <c>DataGuard</c> section), validates the policy and the recognizers at start-up, and registers the shared
    /// <see cref="RecognizerRegistry"/>, <see cref="PersonalDataScanner"/> and <see cref="DataGuardMetrics"/>. Read the policy through
    /// <see cref="IOptionsMonitor{TOptions}"/> to follow edits of the configuration file without a restart.
    /// </summary>
    public static IServiceCollection AddDataGuardScreening(this IServiceCollection services, IConfiguration dataGuardSection)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(dataGuardSection);
        services.AddOptions<ScreeningPolicy>().Bind(dataGuardSection.GetSection("Policy")).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ScreeningPolicy>, ScreeningPolicyValidator>());
        services.AddOptions<ScannerOptions>().Bind(dataGuardSection.GetSection("Detection"));
        services.AddOptions<RecognizerOptions>().Bind(dataGuardSection.GetSection("Recognizers")).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RecognizerOptions>, RecognizerOptionsValidator>());
        services.TryAddSingleton(sp => RecognizerRegistry.Create(sp.GetRequiredService<IOptions<RecognizerOptions>>().Value.Custom));
        services.TryAddSingleton(sp => new PersonalDataScanner(
            sp.GetRequiredService<IOptions<ScannerOptions>>().Value, sp.GetRequiredService<RecognizerRegistry>()));
        services.TryAddSingleton(sp => new DataGuardMetrics(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        return services;
    }
}
