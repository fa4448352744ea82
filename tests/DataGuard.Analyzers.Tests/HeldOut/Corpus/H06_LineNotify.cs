using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace Police.Notifications.Line;

public sealed class LineNotifier
{
    private readonly HttpClient _http;

    public LineNotifier(HttpClient http, string token)
    {
        _http = http;
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public Task<HttpResponseMessage> NotifyArrestAsync(string suspectName, string caseNo)
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["message"] = $"案件 {caseNo} 已逮捕 {suspectName}",
        });
        return _http.PostAsync("https://notify-api.line.me/api/notify", form); // expect: DG1005
    }

    public Task<HttpResponseMessage> NotifyShiftAsync(string unit, int officers)
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["message"] = $"{unit} 出勤 {officers} 人" });
        return _http.PostAsync("https://notify-api.line.me/api/notify", form);
    }

    public Task<HttpResponseMessage> PushToGroupAsync(string groupId, string victimPhone)
    {
        var json = "{\"to\":\"" + groupId + "\",\"messages\":[{\"type\":\"text\",\"text\":\"回電 " + victimPhone + "\"}]}";
        return _http.PostAsync("https://api.line.me/v2/bot/message/push", new StringContent(json)); // expect: DG1005
    }
}
