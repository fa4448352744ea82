// config: dataguard.allowed_hosts = api.police.internal, *.npa.gov.tw
using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Net.Mail;
using System.Threading.Tasks;

namespace Police.Integrations.Transport;

public sealed class CaseForwarder
{
    private static readonly Uri LegacyEndpoint = new("http://api.police.internal/legacy/cases");
    private static readonly Uri SecureEndpoint = new("https://api.police.internal/cases");
    private readonly HttpClient _http = new();

    public Task<HttpResponseMessage> ForwardLegacyAsync(string caseNo, string victimPhone) =>
        _http.PostAsJsonAsync(LegacyEndpoint, new { caseNo, victimPhone }); // expect: DG1003

    public Task<HttpResponseMessage> ForwardLegacyAnonymousAsync(string caseNo) =>
        _http.PostAsJsonAsync(LegacyEndpoint, new { caseNo });

    public Task<HttpResponseMessage> ForwardAsync(string caseNo, string victimPhone) =>
        _http.PostAsJsonAsync(SecureEndpoint, new { caseNo, victimPhone });

    public Task<HttpResponseMessage> ForwardPartnerAsync(string caseNo, string victimPhone) =>
        _http.PostAsJsonAsync("http://partner.example.com/cases", new { caseNo, victimPhone }); // expect: DG1003, DG1005

    public Task<HttpResponseMessage> SlackApiAsync(string victimPhone) =>
        _http.PostAsJsonAsync("https://slack.com/api/chat.postMessage", new { channel = "C1", text = "Callback " + victimPhone }); // expect: DG1005

    public Task<HttpResponseMessage> OldDiscordAsync(string victimPhone) =>
        _http.PostAsJsonAsync("https://discordapp.com/api/webhooks/1/x", new { content = victimPhone }); // expect: DG1005

    public async Task MailAsync(string caseNo, string victimEmail)
    {
        using var smtp = new SmtpClient { Host = "relay.police.internal", Port = 25, EnableSsl = false };
        using var message = new MailMessage("desk@police.internal", "cases@police.internal", $"Case {caseNo}", $"Victim e-mail: {victimEmail}");
        await smtp.SendMailAsync(message); // expect: DG1003

        using var notice = new MailMessage("desk@police.internal", "cases@police.internal", $"Case {caseNo}", "Victim contact on file.");
        await smtp.SendMailAsync(notice);
    }
}
