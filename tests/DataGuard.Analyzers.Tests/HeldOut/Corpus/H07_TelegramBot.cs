using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Police.Notifications.Telegram;

public sealed class TelegramAlertBot
{
    private readonly HttpClient _http = new();
    private readonly string _token;
    private readonly long _chatId;

    public TelegramAlertBot(string token, long chatId)
    {
        _token = token;
        _chatId = chatId;
    }

    public Task<HttpResponseMessage> AlertPlateAsync(string plateNumber) =>
        _http.GetAsync($"https://api.telegram.org/bot{_token}/sendMessage?chat_id={_chatId}&text={Uri.EscapeDataString("通緝車 " + plateNumber)}"); // expect: DG1002, DG1005

    public Task<HttpResponseMessage> AlertSuspectAsync(string suspectName) =>
        _http.PostAsJsonAsync($"https://api.telegram.org/bot{_token}/sendMessage", new { chat_id = _chatId, text = $"嫌犯 {suspectName} 出現" }); // expect: DG1005

    public Task<HttpResponseMessage> HeartbeatAsync(int pending) =>
        _http.PostAsJsonAsync($"https://api.telegram.org/bot{_token}/sendMessage", new { chat_id = _chatId, text = $"pending {pending}" });
}
