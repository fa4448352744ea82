using System.Diagnostics;
using System.Reflection;
using DataGuard.GuardService;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PromptScreening;

/// <summary>
/// The real guard service (its own entry point, its own configuration rules) running inside this process on
/// 127.0.0.1 with a port from the OS, for offline mode. Settings are passed as command-line arguments, exactly as an
/// operator would start it.
/// </summary>
internal sealed class InProcessGuardService : IAsyncDisposable
{
    private readonly IHost _host;

    private InProcessGuardService(IHost host, Uri address)
    {
        _host = host;
        Address = address;
    }

    /// <summary>The guard's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Starts the guard with <paramref name="settings"/> (configuration keys and values).</summary>
    public static async Task<InProcessGuardService> StartAsync(IEnumerable<KeyValuePair<string, string>> settings)
    {
        var args = settings.Select(s => $"--{s.Key}={s.Value}").Append("--urls=http://127.0.0.1:0").ToArray();
        var built = new TaskCompletionSource<IHost>(TaskCreationOptions.RunContinuationsAsynchronously);
        var exited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // The guard's Program builds its host itself; the hosting diagnostics hand us that host so it can be stopped.
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new HostObserver(built));
        var entryPoint = typeof(GuardServiceCollectionExtensions).Assembly.EntryPoint
            ?? throw new InvalidOperationException("The guard service assembly has no entry point.");
        var thread = new Thread(() =>
        {
            try
            {
                entryPoint.Invoke(null, [args]);
                exited.TrySetException(new InvalidOperationException("The guard service stopped before it started."));
            }
            catch (TargetInvocationException ex)
            {
                // A configuration error (say, a misspelt policy action) stops the guard at start-up: report it, do not wait.
                built.TrySetException(ex.InnerException ?? ex);
                exited.TrySetException(ex.InnerException ?? ex);
            }
        })
        { IsBackground = true, Name = "DataGuard guard service" };
        thread.Start();

        var host = await built.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await (await Task.WhenAny(started.Task, exited.Task)).WaitAsync(TimeSpan.FromSeconds(60));
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InProcessGuardService(host, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(TimeSpan.FromSeconds(10));
    }

    private sealed class HostObserver(TaskCompletionSource<IHost> built) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == "Microsoft.Extensions.Hosting") listener.Subscribe(this);
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Key == "HostBuilt" && e.Value is IHost host) built.TrySetResult(host);
        }

        public void OnCompleted() { }

        public void OnError(Exception error) { }
    }
}
