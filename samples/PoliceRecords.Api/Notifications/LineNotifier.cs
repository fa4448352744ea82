using System.Net.Mail;
using System.Text.Json;
using DataGuard;
using PoliceRecords.Api.Domain;

namespace PoliceRecords.Api.Notifications;

/// <summary>
/// Notifies the duty officer of a hit. Chat messages leave the police network (the 165 anti-fraud platform
/// screenshots passed on over LINE ended up with fraud rings), so they may carry a case reference, never a person.
/// </summary>
public sealed class LineNotifier(HttpClient http)
{
    private const string LineNotify = "https://notify-api.line.me/api/notify";
    private const string LegacyGateway = "http://records.npa.gov.tw/legacy/notify";
    private const string PrivateInvestigator = "https://api.private-eye.example/v1/reports";

    // ---- As first written. ----

    public async Task NotifyHitLegacyAsync(Vehicle vehicle, Citizen owner, CancellationToken cancellationToken)
    {
        var message = $"車牌 {vehicle.PlateNumber} 車主 {owner.Name} 電話 {owner.Phone}";
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["message"] = message });
        await http.PostAsync(LineNotify, content, cancellationToken); // expect: DG1005
    }

    public async Task ForwardToGatewayLegacyAsync(Citizen citizen, CancellationToken cancellationToken)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { citizen.NationalId, citizen.HomeAddress }));
        await http.PostAsync(LegacyGateway, content, cancellationToken); // expect: DG1003
    }

    public async Task ShareWithInvestigatorLegacyAsync(Citizen citizen, CancellationToken cancellationToken)
    {
        var report = JsonSerializer.Serialize(citizen);
        await http.PostAsync(PrivateInvestigator, new StringContent(report), cancellationToken); // expect: DG1005
    }

    public void MailDutyDeskLegacy(Citizen citizen)
    {
        using var smtp = new SmtpClient("mail.police.internal", 25) { EnableSsl = false };
        smtp.Send("records@police.internal", "duty-desk@police.internal", "Look-up", $"電話 {citizen.Phone}"); // expect: DG1003
    }

    // ---- Fixed. ----

    public async Task NotifyHitAsync(CaseReference reference, CancellationToken cancellationToken)
    {
        var message = $"案件 {reference.CaseNumber}（{reference.Precinct}）有車牌比對結果，請登入系統查看。";
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["message"] = message });
        await http.PostAsync(LineNotify, content, cancellationToken);
    }

    public async Task ForwardToGatewayAsync(Citizen citizen, CancellationToken cancellationToken)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { citizen.NationalId, citizen.HomeAddress }));
        await http.PostAsync("https://records.npa.gov.tw/notify", content, cancellationToken);
    }

    public void MailDutyDesk(Citizen citizen)
    {
        using var smtp = new SmtpClient("mail.police.internal", 587) { EnableSsl = true };
        smtp.Send("records@police.internal", "duty-desk@police.internal", "Look-up", $"電話 {Masking.MaskPhone(citizen.Phone)}");
    }
}
