using DataGuard.Testing.StubUpstream;

namespace DataGuard.GuardService.Tests;

/// <summary>A guard with default settings in front of a fresh stub upstream, started and stopped per test.</summary>
public abstract class GuardWithStub : IAsyncLifetime
{
    private protected StubUpstream _stub = null!;
    private protected GuardHost _guard = null!;

    public async Task InitializeAsync()
    {
        _stub = await StubUpstream.StartAsync();
        _guard = GuardHost.Start(_stub);
    }

    public async Task DisposeAsync()
    {
        await _guard.DisposeAsync();
        await _stub.DisposeAsync();
    }
}
