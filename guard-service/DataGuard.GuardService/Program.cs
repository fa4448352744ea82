using DataGuard.GuardService;
using DataGuard.GuardService.Audit;
using DataGuard.GuardService.Errors;
using DataGuard.GuardService.Observability;
using DataGuard.GuardService.Security;

// `keys add --user <id> [--role auditor] [--unit <unit>]` prints a new personal key and its configuration entry, then exits.
if (KeysCommand.Matches(args)) return KeysCommand.Run(args, Console.Out, Console.Error);

var builder = WebApplication.CreateBuilder(args);

// Runs as a systemd service (Type=notify, journal logging) or a Windows Service when started by one; no effect otherwise.
builder.Services.AddSystemd();
builder.Services.AddWindowsService();

// Configuration: appsettings.json (+ appsettings.Development.json with a demo key, loaded only in Development), environment.
builder.Services
    .AddGuardOptions(builder.Configuration)
    .AddGuardAccess()
    .AddGuardPipeline()
    .AddGuardDashboard()
    .AddGuardOperations();

var app = builder.Build();

// A configuration the guard refuses stops it here, before anything starts, with every problem in one message.
app.Services.ValidateGuardOptions();

// Middleware: request id → one error shape → routing → audit (records refusals too) → who is asking → how often.
app.UseMiddleware<RequestIdMiddleware>();
app.UseMiddleware<ErrorResponseMiddleware>();
app.UseRouting();
app.UseMiddleware<AuditMiddleware>();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

// Endpoints: screened proxy routes, /v1/scan, /v1/redact, /v1/audit(/insights), the /audit/ dashboard, /healthz, /metrics, /openapi; everything else refused.
app.MapGuardEndpoints();

app.Run();
return 0;

/// <summary>The guard's entry point (public for WebApplicationFactory in tests).</summary>
public partial class Program;
