using DataGuard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

var app = WebApplication.CreateBuilder(args).Build();

app.MapPost("/ai/statement-summary", async (StatementRequest req, IChatClient chat, ILogger<Program> logger) =>
{
    logger.LogInformation("Summary requested for case {CaseNo}", req.CaseNo);
    var prompt = $"Summarise this witness statement by {req.WitnessName}: {req.Statement}";
    var response = await chat.GetResponseAsync(prompt); // expect: DG1004
    return Results.Ok(response.Text);
});

app.MapPost("/ai/statement-summary/masked", async (StatementRequest req, IChatClient chat) =>
{
    var prompt = $"Summarise this witness statement by {Masking.Mask(req.WitnessName)}: {req.Statement}";
    var response = await chat.GetResponseAsync(prompt);
    return Results.Ok(response.Text);
});

app.MapGet("/ai/ping", async (IChatClient chat) => Results.Ok((await chat.GetResponseAsync("ping")).Text));

app.Run();

public sealed record StatementRequest(string CaseNo, string WitnessName, string Statement); // expect: DG1007
