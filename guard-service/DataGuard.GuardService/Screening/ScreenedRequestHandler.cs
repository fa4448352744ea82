using System.Text.Json;
using DataGuard.Detection;
using DataGuard.GuardService.Audit;
using DataGuard.GuardService.Errors;
using DataGuard.GuardService.Forwarding;
using DataGuard.Screening;

namespace DataGuard.GuardService.Screening;

/// <summary>
/// The screened routes: read the body within limits, screen it, answer a block with the contract's 400, otherwise forward
/// the (possibly redacted) body and restore pseudonymized values in the answer.
/// </summary>
public sealed class ScreenedRequestHandler(RequestBodyReader reader, ScreeningService screening, UpstreamForwarder forwarder, PersonalDataScanner scanner)
{
    /// <summary>Handles one request to <paramref name="route"/>.</summary>
    public async Task HandleAsync(HttpContext context, ScreenedRoute route)
    {
        var audit = context.Features.Get<RequestAudit>();
        var body = await reader.ReadAsync(context.Request);
        var decision = await screening.ScreenAsync(body, context.RequestAborted);
        if (audit is not null)
        {
            audit.Decision = decision;
            audit.Deployment = Printable(context.GetRouteValue("deployment") as string);
            audit.Model = FoundIn(decision, "model") ? null : Printable(ModelOf(body));
        }

        if (decision.Verdict == ScreeningVerdict.Block)
        {
            var culture = BlockedMessage.CultureFor(context.Request.Headers.AcceptLanguage.ToString());
            await GuardError.Blocked(decision, BlockedMessage.Create(decision, culture, scanner.Recognizers)).WriteAsync(context);
            return;
        }
        await forwarder.ForwardAsync(context, route.Family, decision.RedactedBody ?? body, decision);
    }

    private static bool FoundIn(ScreeningDecision decision, string path)
    {
        foreach (var finding in decision.Findings)
        {
            if (finding.Path == path) return true;
        }
        return false;
    }

    // Names recorded in the audit trail must not smuggle data in: short, plain, and clean according to the scanner.
    private string? Printable(string? name) =>
        name is { Length: > 0 and <= 100 } && scanner.Scan(name).Count == 0 && name.All(c => c is > ' ' and < '\u007f') ? name : null;

    private static string? ModelOf(byte[] body)
    {
        var json = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 256 });
        if (!json.Read() || json.TokenType != JsonTokenType.StartObject) return null;
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            var isModel = json.ValueTextEquals("model"u8);
            json.Read();
            if (isModel) return json.TokenType == JsonTokenType.String ? json.GetString() : null;
            json.Skip();
        }
        return null;
    }
}
