using System.Diagnostics;
using DataGuard.Detection;
using DataGuard.GuardService.Configuration;
using DataGuard.GuardService.Errors;
using DataGuard.Screening;
using Microsoft.Extensions.Options;

namespace DataGuard.GuardService.Screening;

/// <summary>
/// Screens request bodies with the current policy (hot-reloaded), within <see cref="GuardOptions.ScanTimeout"/>.
/// A scanner error, a time-out or an invalid policy means 503 and nothing forwarded: the guard fails closed.
/// </summary>
public sealed class ScreeningService(
    PersonalDataScanner scanner,
    IOptionsMonitor<ScreeningPolicy> policy,
    IOptionsMonitor<GuardOptions> options,
    DataGuardMetrics metrics,
    ILogger<ScreeningService> logger)
{
    /// <summary>Screens a JSON body.</summary>
    public Task<ScreeningDecision> ScreenAsync(byte[] body, CancellationToken cancellationToken) =>
        RunAsync((screener, token) => screener.Screen(body, options.CurrentValue.MaxJsonDepth, token), cancellationToken, body.Length);

    /// <summary>Screens a plain text (standalone API).</summary>
    public Task<ScreeningDecision> ScreenTextAsync(string text, CancellationToken cancellationToken) =>
        RunAsync((screener, token) => screener.ScreenText(text, token), cancellationToken, text.Length * 2);

    /// <summary>The current policy's score threshold for a type.</summary>
    public double MinScoreFor(string type) => policy.CurrentValue.MinScoreFor(type);

    private async Task<ScreeningDecision> RunAsync(Func<PromptScreener, CancellationToken, ScreeningDecision> screen, CancellationToken cancellationToken, int size)
    {
        var settings = options.CurrentValue;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var screener = new PromptScreener(scanner, policy.CurrentValue);
            ScreeningDecision decision;
            if (size <= settings.InlineScreeningBytes)
            {
                // Small bodies scan in microseconds: screening them in place saves a thread-pool hop and a timer per request.
                decision = screen(screener, cancellationToken);
            }
            else
            {
                using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                deadline.CancelAfter(settings.ScanTimeout);
                decision = await Task.Run(() => screen(screener, deadline.Token), deadline.Token).WaitAsync(settings.ScanTimeout, cancellationToken);
                // The clock decides, not the timers: on a busy machine their callbacks can run after the scan has finished late.
                if (Stopwatch.GetElapsedTime(started) > settings.ScanTimeout) throw new TimeoutException();
            }
            metrics.Record(decision, Stopwatch.GetElapsedTime(started));
            return decision;
        }
        catch (RequestFormatException ex)
        {
            throw new GuardErrorException(GuardError.InvalidJson(ex.Message));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            metrics.RecordError();
            // The type only: an exception message could quote the text being scanned.
            logger.LogError("Screening failed with {ExceptionType} after {ElapsedMs} ms; nothing was forwarded.", ex.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw new GuardErrorException(GuardError.ScreeningUnavailable());
        }
    }
}
