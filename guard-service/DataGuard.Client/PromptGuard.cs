using System.Diagnostics;
using DataGuard.Detection;
using DataGuard.Screening;
using Microsoft.Extensions.Options;

namespace DataGuard.Client;

/// <summary>
/// The in-process guard: screens an outgoing request with the shared <see cref="ScreeningPolicy"/> (the guard service's
/// policy format), records the shared <see cref="DataGuardMetrics"/>, and throws <see cref="PersonalDataBlockedException"/>
/// when the policy blocks, so nothing is sent. Used by <see cref="ClientModel.DataGuardPipelinePolicy"/> and the
/// Microsoft.Extensions.AI middleware. Thread-safe: one per application.
/// </summary>
public sealed class PromptGuard
{
    // Guards created without dependency injection share one meter rather than creating one each.
    private static readonly Lazy<DataGuardMetrics> StandaloneMetrics = new(() => new DataGuardMetrics());

    private readonly PersonalDataScanner _scanner;
    private readonly Func<ScreeningPolicy> _policy;
    private readonly Func<DataGuardClientOptions> _options;
    private readonly DataGuardMetrics _metrics;

    /// <summary>Creates the guard from dependency injection (see <see cref="DataGuardServiceCollectionExtensions.AddDataGuard"/>); policy edits apply to the next request.</summary>
    public PromptGuard(PersonalDataScanner scanner, IOptionsMonitor<ScreeningPolicy> policy, IOptionsMonitor<DataGuardClientOptions> options, DataGuardMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(options);
        _scanner = scanner ?? throw new ArgumentNullException(nameof(scanner));
        _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        _policy = () => policy.CurrentValue;
        _options = () => options.CurrentValue;
    }

    /// <summary>Creates a guard without dependency injection: the default policy (block the six core types) unless one is given.</summary>
    /// <exception cref="ArgumentException">The policy is invalid (a misspelt action or type).</exception>
    public PromptGuard(ScreeningPolicy? policy = null, DataGuardClientOptions? options = null, ScannerOptions? detection = null)
        : this(RecognizerRegistry.BuiltIn, policy, options, detection) { }

    /// <summary>
    /// Creates a guard without dependency injection that also finds the types configured in <paramref name="recognizers"/>
    /// (<see cref="RecognizerRegistry.Create"/>); the policy may name them.
    /// </summary>
    /// <exception cref="ArgumentException">The policy is invalid (a misspelt action or type).</exception>
    public PromptGuard(RecognizerRegistry recognizers, ScreeningPolicy? policy = null, DataGuardClientOptions? options = null, ScannerOptions? detection = null)
    {
        ArgumentNullException.ThrowIfNull(recognizers);
        policy ??= new ScreeningPolicy();
        var errors = policy.Validate(recognizers);
        if (errors.Count > 0) throw new ArgumentException(string.Join(" ", errors), nameof(policy));
        options ??= new DataGuardClientOptions();
        _scanner = new PersonalDataScanner(detection ?? new ScannerOptions(), recognizers);
        _metrics = StandaloneMetrics.Value;
        _policy = () => policy;
        _options = () => options;
    }

    /// <summary>The policy in force now.</summary>
    public ScreeningPolicy Policy => _policy();

    /// <summary>Screens a UTF-8 JSON request body.</summary>
    /// <exception cref="RequestFormatException">The body is not a JSON object.</exception>
    /// <exception cref="PersonalDataBlockedException">The policy blocks the request.</exception>
    /// <exception cref="InvalidOperationException">Screening failed; fail closed: send nothing.</exception>
    public ScreeningDecision Screen(ReadOnlySpan<byte> utf8Json, CancellationToken cancellationToken = default) =>
        Screen(PromptDocument.Parse(utf8Json), cancellationToken);

    /// <summary>Screens a request read into a <see cref="PromptDocument"/>; for redaction the document is rewritten in place.</summary>
    /// <exception cref="PersonalDataBlockedException">The policy blocks the request.</exception>
    /// <exception cref="InvalidOperationException">Screening failed; fail closed: send nothing.</exception>
    public ScreeningDecision Screen(PromptDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Read outside the try: an invalid policy surfaces as the options validation error it is.
        var policy = _policy();
        var started = Stopwatch.GetTimestamp();
        ScreeningDecision decision;
        try
        {
            decision = new PromptScreener(_scanner, policy).Screen(document, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _metrics.RecordError();
            // The type only: an exception message could quote the text being scanned.
            throw new InvalidOperationException($"DataGuard could not screen the request ({ex.GetType().Name}), so nothing was sent.");
        }
        _metrics.Record(decision, Stopwatch.GetElapsedTime(started));
        if (decision.Verdict == ScreeningVerdict.Block)
            throw new PersonalDataBlockedException(BlockedMessage.Create(decision, _options().MessageCulture, _scanner.Recognizers), decision.BlockingCounts, decision.BlockedPath);
        return decision;
    }

    /// <summary>
    /// Applies the policy for content that cannot be read at all (a request body that is not JSON, such as a file upload):
    /// throws when <see cref="ScreeningPolicy.UnreadableContent"/> is <c>block</c> (the default).
    /// </summary>
    /// <param name="path">Where the content is, e.g. <c>body</c>.</param>
    /// <exception cref="PersonalDataBlockedException">The policy blocks unreadable content.</exception>
    public void ScreenUnreadable(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (_policy().UnreadableAction != PolicyAction.Block) return;
        var counts = new[] { new FindingCount(ScreeningPolicy.UnreadableContentType, 1) };
        throw new PersonalDataBlockedException(BlockedMessage.Create(counts, [path], _options().MessageCulture, _scanner.Recognizers), counts, path);
    }
}
