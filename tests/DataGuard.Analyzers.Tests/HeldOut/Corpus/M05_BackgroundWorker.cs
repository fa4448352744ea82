using System;
using System.Collections.Concurrent;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Police.Workers;

public sealed class PendingSms
{
    public string MessageId { get; init; } = "";
    public string MobileNumber { get; init; } = "";
    public string Text { get; init; } = "";
    public int Attempts { get; set; }
}

public sealed class SmsRelayWorker
{
    private readonly ConcurrentQueue<PendingSms> _queue = new();
    private readonly HttpClient _http;
    private readonly ILogger<SmsRelayWorker> _logger;

    public SmsRelayWorker(HttpClient http, ILogger<SmsRelayWorker> logger)
    {
        _http = http;
        _logger = logger;
    }

    public async Task DrainAsync(CancellationToken ct)
    {
        while (_queue.TryDequeue(out var sms))
        {
            try
            {
                using var response = await _http.PostAsJsonAsync("https://sms.police.internal/v1/messages", new { to = sms.MobileNumber, sms.Text }, ct);
                _logger.LogInformation("SMS {MessageId} relayed: {Status}", sms.MessageId, (int)response.StatusCode);
            }
            catch (HttpRequestException ex)
            {
                sms.Attempts++;
                _logger.LogWarning(ex, "SMS {MessageId} to {Mobile} failed, attempt {Attempt}", sms.MessageId, sms.MobileNumber, sms.Attempts); // expect: DG1001
                _queue.Enqueue(sms);
            }
        }
    }

    public Task StatusAsync(string messageId, CancellationToken ct) =>
        _http.GetAsync($"https://sms.police.internal/v1/messages/{messageId}", ct);

    public Task LookupAsync(string mobileNumber, CancellationToken ct) =>
        _http.GetAsync($"https://sms.police.internal/v1/subscribers/{mobileNumber}", ct); // expect: DG1002
}
