using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Police.Notifications.Typed;

public sealed class TelegramClient
{
    private readonly HttpClient _http;

    public TelegramClient(HttpClient http) => _http = http;

    public Task<HttpResponseMessage> SendAsync(long chatId, string text) =>
        _http.PostAsync("https://api.telegram.org/bot123:abc/sendMessage", new FormUrlEncodedContent(new Dictionary<string, string> { ["chat_id"] = chatId.ToString(), ["text"] = text }));
}

public sealed class SlackClient
{
    private readonly HttpClient _http;

    public SlackClient(HttpClient http) => _http = http;

    public Task<HttpResponseMessage> PostAsync(string text) =>
        _http.PostAsJsonAsync("https://hooks.slack.com/services/T1/B1/secret", new { text });
}

public sealed class RoadblockAlerts
{
    private readonly TelegramClient _telegram;
    private readonly SlackClient _slack;

    public RoadblockAlerts(TelegramClient telegram, SlackClient slack)
    {
        _telegram = telegram;
        _slack = slack;
    }

    public async Task RaiseAsync(string plateNumber, string checkpoint)
    {
        await _telegram.SendAsync(42, $"攔查點 {checkpoint} 啟動");
        await _telegram.SendAsync(42, $"攔查車牌 {plateNumber}"); // expect: DG1005
        await _slack.PostAsync($"Checkpoint {checkpoint} active");
        await _slack.PostAsync("Wanted plate " + plateNumber); // expect: DG1005
    }
}
