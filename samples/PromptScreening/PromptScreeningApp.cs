using System.Text;
using DataGuard.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PromptScreening;

/// <summary>
/// Sends three prompts through (a) the DataGuard guard service and (b) DataGuard inside the process, and prints what the
/// staff member sees. <c>--offline</c> runs everything on this machine; otherwise appsettings.json / environment
/// variables name the guard, the personal key and the Azure OpenAI resource.
/// </summary>
internal static class PromptScreeningApp
{
    public static async Task<int> Main(string[] args)
    {
        try
        {
            return await RunAsync(args);
        }
        catch (OptionsValidationException invalid)
        {
            // A misspelt action or type: say which setting, and send nothing.
            Console.Error.WriteLine($"Invalid DataGuard configuration: {invalid.Message}");
            return 3;
        }
    }

    private static async Task<int> RunAsync(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        bool offline = args.Contains("--offline");
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args.Where(a => a != "--offline").ToArray())
            .Build();
        var sample = configuration.GetSection("Sample").Get<SampleOptions>() ?? new SampleOptions();
        var dataGuard = configuration.GetSection("DataGuard");

        await using var environment = offline ? await OfflineEnvironment.StartAsync(dataGuard) : null;
        if (environment is not null)
        {
            sample.Guard = new ServiceEndpoint { Endpoint = environment.GuardEndpoint.ToString(), Key = environment.PersonalKey };
            sample.AzureOpenAI = new ServiceEndpoint { Endpoint = environment.UpstreamEndpoint.ToString(), Key = OfflineEnvironment.UpstreamKey };
        }
        else if (sample.Missing().ToList() is { Count: > 0 } missing)
        {
            Console.Error.WriteLine($"Missing configuration: {string.Join(", ", missing)}. Set them in appsettings.json or as environment variables "
                + "(Sample__AzureOpenAI__Key, ...), or run with --offline to try the sample without Azure.");
            return 2;
        }

        // The in-process guard reads the same DataGuard section as the guard service; its language setting picks the sample's too.
        await using var services = new ServiceCollection().AddDataGuard(dataGuard).BuildServiceProvider();
        var language = services.GetRequiredService<IOptions<DataGuardClientOptions>>().Value.Language;
        var text = SampleText.For(language);
        AzureChatRoute[] routes =
        [
            AzureChatRoute.ViaGuardService(text.ViaGuardService, new Uri(sample.Guard.Endpoint), sample.Guard.Key, sample.Deployment, language),
            AzureChatRoute.InProcess(text.InProcess, new Uri(sample.AzureOpenAI.Endpoint), sample.AzureOpenAI.Key, sample.Deployment, services.GetRequiredService<PromptGuard>()),
        ];

        var report = new ConsoleReport(text);
        report.Start(offline, sample.Guard.Endpoint, sample.AzureOpenAI.Endpoint);
        var prompts = SamplePrompt.All;
        for (int i = 0; i < prompts.Count; i++)
        {
            report.Prompt(i + 1, prompts.Count, prompts[i]);
            foreach (var route in routes)
            {
                int before = environment?.ReceivedCount ?? 0;
                report.Outcome(route.Name, await route.SendAsync(prompts[i].Text));
                if (environment is not null) report.Received(environment.ReceivedSince(before));
            }
        }
        return 0;
    }
}
