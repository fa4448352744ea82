using System.Net.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

var app = WebApplication.CreateBuilder(args).Build();
var http = new HttpClient();

app.MapGet("/plates/{plateNumber}", async (string plateNumber, ILogger<Program> logger) =>
{
    logger.LogInformation("Plate lookup {Plate}", plateNumber); // expect: DG1001
    var owner = await http.GetStringAsync($"https://mvdis.thb.gov.tw/api/owners/{plateNumber}"); // expect: DG1002
    return Results.Ok(owner);
});

app.MapGet("/cases/{caseNo}", async (string caseNo, ILogger<Program> logger) =>
{
    logger.LogInformation("Case lookup {CaseNo}", caseNo);
    var body = await http.GetStringAsync($"https://cases.police.internal/api/{caseNo}");
    return Results.Ok(body);
});

app.MapPost("/sms", async (string mobile, string text, ILogger<Program> logger) =>
{
    logger.LogInformation("SMS queued ({Length} chars)", text.Length);
    var response = await http.PostAsync("https://sms.police.internal/send", new FormUrlEncodedContent(new[] { new System.Collections.Generic.KeyValuePair<string, string>("to", mobile) }));
    return Results.Ok(response.StatusCode);
});

app.Run();
