using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Police.Notifications.Chat;

public sealed class MissingPerson
{
    public string CaseNo { get; set; } = "";
    public string FullName { get; set; } = "";
    public string DateOfBirth { get; set; } = "";
    public string LastSeenDistrict { get; set; } = "";
}

public sealed class ChatOpsNotifier
{
    private const string SlackHook = "https://hooks.slack.com/services/T000/B000/XXXX";
    private const string DiscordHook = "https://discord.com/api/webhooks/123/abc";
    private readonly HttpClient _http;

    public ChatOpsNotifier(HttpClient http) => _http = http;

    public Task<HttpResponseMessage> AnnounceAsync(MissingPerson person)
    {
        var payload = JsonSerializer.Serialize(new { text = $"Missing: {person.FullName}, born {person.DateOfBirth}" });
        return _http.PostAsync(SlackHook, new StringContent(payload, Encoding.UTF8, "application/json")); // expect: DG1005
    }

    public Task<HttpResponseMessage> AnnounceCaseAsync(MissingPerson person) =>
        _http.PostAsJsonAsync(SlackHook, new { text = $"Missing-person case {person.CaseNo} opened in {person.LastSeenDistrict}" });

    public Task<HttpResponseMessage> MirrorAsync(MissingPerson person) =>
        _http.PostAsJsonAsync(DiscordHook, new { content = person }); // expect: DG1005

    public Task<HttpResponseMessage> BuildStatusAsync(string buildNo) =>
        _http.PostAsJsonAsync(DiscordHook, new { content = $"build {buildNo} deployed" });
}
