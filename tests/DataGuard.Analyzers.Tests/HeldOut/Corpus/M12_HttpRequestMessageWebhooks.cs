using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace Police.Notifications.Discord;

public sealed class DiscordEscalation
{
    private readonly HttpClient _http = new();

    public async Task EscalateAsync(string victimName, string caseNo)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "https://discord.com/api/webhooks/1/token")
        {
            Content = new StringContent("{\"content\":\"Victim " + victimName + " in " + caseNo + "\"}", Encoding.UTF8, "application/json"),
        };
        await _http.SendAsync(request); // expect: DG1005
    }

    public async Task EscalateCaseOnlyAsync(string caseNo)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "https://discord.com/api/webhooks/1/token")
        {
            Content = new StringContent("{\"content\":\"Escalated " + caseNo + "\"}", Encoding.UTF8, "application/json"),
        };
        await _http.SendAsync(request);
    }

    public async Task AuditAsync(string victimName)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://audit.police.internal/victims?name=" + victimName); // expect: DG1002
        await _http.SendAsync(request);
    }
}
