using PoliceRecords.Api.Domain;
using PoliceRecords.Api.Notifications;
using PoliceRecords.Api.QueryLogging;
using PoliceRecords.Api.Records;

namespace PoliceRecords.Api.Endpoints;

/// <summary>A citizen's record passed on to the records gateway, an investigator or the duty desk; every look-up is audited.</summary>
public static class NotificationEndpoints
{
    private delegate Task Notification(LineNotifier line, Citizen citizen, CancellationToken cancellationToken);

    public static IEndpointRouteBuilder MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/citizens/{nationalId}/gateway", Notify((line, citizen, token) => line.ForwardToGatewayLegacyAsync(citizen, token)));
        app.MapPost("/v2/citizens/{nationalId}/gateway", Notify((line, citizen, token) => line.ForwardToGatewayAsync(citizen, token)));
        app.MapPost("/v1/citizens/{nationalId}/investigator", Notify((line, citizen, token) => line.ShareWithInvestigatorLegacyAsync(citizen, token)));
        app.MapPost("/v1/citizens/{nationalId}/duty-desk", Notify((line, citizen, _) => Sent(() => line.MailDutyDeskLegacy(citizen))));
        app.MapPost("/v2/citizens/{nationalId}/duty-desk", Notify((line, citizen, _) => Sent(() => line.MailDutyDesk(citizen))));
        return app;
    }

    /// <summary>The handler of one route: look the citizen up, audit the look-up, then <paramref name="send"/>.</summary>
    private static Delegate Notify(Notification send)
        => async (string nationalId, [AsParameters] LookupContext context, CitizenRegistry registry, QueryLog queryLog, LineNotifier line, CancellationToken cancellationToken) =>
        {
            var citizen = registry.Find(nationalId);
            if (citizen is null)
            {
                return Results.NotFound();
            }

            queryLog.CitizenLookedUp(context.OfficerId, context.Reason, citizen);
            await send(line, citizen, cancellationToken);
            return Results.Accepted();
        };

    private static Task Sent(Action mail)
    {
        mail();
        return Task.CompletedTask;
    }
}
