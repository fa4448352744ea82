using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Net.Mail;
using System.Threading.Tasks;

namespace Police.Integrations.Township;

public sealed class TownshipOfficeClient
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri("http://township-office.local/") };
    private readonly HttpClient _secure = new() { BaseAddress = new Uri("https://township-office.local/") };

    public Task<HttpResponseMessage> ReportResidentAsync(string residentName, string address) =>
        _http.PostAsJsonAsync("residents", new { residentName, address }); // expect: DG1003

    public Task<HttpResponseMessage> ReportResidentSecureAsync(string residentName, string address) =>
        _secure.PostAsJsonAsync("residents", new { residentName, address });

    public Task<HttpResponseMessage> HealthAsync() => _http.GetAsync("health");

    public void NotifyByMail(string email, string caseNo)
    {
        var smtp = new SmtpClient("relay.township-office.local");
        smtp.EnableSsl = false;
        smtp.Send(new MailMessage("police@township-office.local", "desk@township-office.local", "Contact", $"Citizen e-mail {email} for case {caseNo}")); // expect: DG1003
    }
}
