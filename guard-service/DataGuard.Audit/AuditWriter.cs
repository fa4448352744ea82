using System.Threading.Channels;
using DataGuard.Audit.Checkpoints;
using DataGuard.Audit.Storage;
using Microsoft.Extensions.Logging;

namespace DataGuard.Audit;

/// <summary>
/// The one writer of this instance's chain. Requests hand records to <see cref="AppendAsync"/>, which returns once the
/// record is committed (so the guard can hold the answer until its record is stored); one loop links records into the
/// chain and stores them in batches, in arrival order, and signs checkpoints.
/// </summary>
public sealed class AuditWriter : IAsyncDisposable
{
    private const int MaxBatch = 500;

    private readonly IAuditStore _store;
    private readonly IAsyncDisposable _lease;
    private readonly CheckpointSigner? _signer;
    private readonly CheckpointPolicy _policy;
    private readonly ILogger _logger;
    // Unbounded: every producer awaits its own commit, so the queue never holds more than the requests in flight.
    private readonly Channel<PendingRecord> _queue = Channel.CreateUnbounded<PendingRecord>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _enqueue = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private readonly Task _timer;
    private Task _lastQueued = Task.CompletedTask;
    private ChainHead _head;
    private bool _headStale;

    private AuditWriter(IAuditStore store, IAsyncDisposable lease, ChainHead head, CheckpointSigner? signer, CheckpointPolicy policy, ILogger logger)
    {
        (_store, _lease, _head, _signer, _policy, _logger) = (store, lease, head, signer, policy, logger);
        _loop = Task.Run(WriteLoopAsync);
        _timer = Task.Run(CheckpointTimerAsync);
    }

    /// <summary>The chain this writer extends.</summary>
    public string Chain => _head.Chain;

    /// <summary>The last committed record of the chain.</summary>
    public ChainHead Head => Volatile.Read(ref _head);

    /// <summary>Leases <paramref name="chain"/> (only this process may write it), reads its head and starts writing.</summary>
    public static async Task<AuditWriter> StartAsync(IAuditStore store, string chain, CheckpointSigner? signer, CheckpointPolicy policy, ILogger logger, CancellationToken cancellationToken = default)
    {
        if (!AuditStores.IsValidChainName(chain)) throw new ArgumentException($"'{chain}' is not a valid audit instance name (letters, digits, '-', '_', '.'; at most 64).", nameof(chain));
        var lease = await store.LeaseChainAsync(chain, cancellationToken);
        try
        {
            var head = await store.HeadAsync(chain, cancellationToken);
            return new AuditWriter(store, lease, head, signer, policy, logger);
        }
        catch
        {
            await lease.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Queues a record (its chain position and hashes are assigned when stored) and completes when it is committed, with the
    /// stored record. Throws <see cref="AuditStoreUnavailableException"/> when the batch could not be stored.
    /// </summary>
    public Task<AuditRecord> AppendAsync(AuditRecord record)
    {
        var pending = new PendingRecord(record);
        lock (_enqueue)
        {
            if (!_queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(AuditWriter));
            _lastQueued = pending.Stored.Task;
        }
        return pending.Stored.Task;
    }

    /// <summary>Waits until every record queued so far has been stored (or failed).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        Task last;
        lock (_enqueue) last = _lastQueued;
        try
        {
            await last.WaitAsync(cancellationToken);
        }
        catch (AuditStoreUnavailableException)
        {
            // Flushing waits; the request that appended the record saw the failure.
        }
    }

    /// <summary>Signs the current head now (if it moved since the last checkpoint).</summary>
    public Checkpoint? Checkpoint() => _signer?.Sign(Head);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        await _stopping.CancelAsync();
        await _timer;
        if (!_headStale) Checkpoint();
        await _lease.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingRecord>(MaxBatch);
        var linked = new List<StoredRecord>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            linked.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item)) batch.Add(item);
            try
            {
                if (_headStale)
                {
                    Volatile.Write(ref _head, await _store.HeadAsync(_head.Chain));
                    _headStale = false;
                }
                var head = _head;
                foreach (var pending in batch)
                {
                    var stored = AuditChain.Link(pending.Record, head);
                    linked.Add(stored);
                    head = ChainHead.After(stored.Record);
                }
                var ids = await _store.InsertAsync(linked);
                for (int i = 0; i < linked.Count; i++) linked[i] = linked[i] with { Record = linked[i].Record with { Id = ids[i] } };
                Volatile.Write(ref _head, head);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The transaction stored nothing, or (if the commit's answer was lost) everything: read the head again before the next batch.
                _headStale = true;
                _logger.LogError("Audit batch of {Count} records was not stored: {Error}.", batch.Count, ex.GetType().Name);
                foreach (var pending in batch) pending.Stored.TrySetException(new AuditStoreUnavailableException(ex));
                continue;
            }
            for (int i = 0; i < batch.Count; i++) batch[i].Stored.TrySetResult(linked[i].Record);
            if (_signer is not null && _head.Sequence - _signer.LatestSequence(_head.Chain) >= _policy.EveryRecords) SignSafely();
        }
    }

    private async Task CheckpointTimerAsync()
    {
        if (_signer is null) return;
        using var timer = new PeriodicTimer(_policy.Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token)) SignSafely();
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void SignSafely()
    {
        try
        {
            Checkpoint();
        }
        catch (IOException ex)
        {
            // The records are stored; the next checkpoint covers them. Failing requests over a full disk would lose answers, not protect them.
            _logger.LogError("Audit checkpoint could not be written: {Error}.", ex.GetType().Name);
        }
    }

    private sealed class PendingRecord(AuditRecord record)
    {
        public AuditRecord Record { get; } = record;

        public TaskCompletionSource<AuditRecord> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>The audit store could not store a record; the guard fails closed (the request gets no answer).</summary>
public sealed class AuditStoreUnavailableException(Exception inner) : Exception("The audit store could not store the record.", inner);
