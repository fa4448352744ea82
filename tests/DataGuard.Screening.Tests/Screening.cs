using System.Text;
using System.Text.Json.Nodes;
using DataGuard.Detection;

namespace DataGuard.Screening.Tests;

/// <summary>Shared test data: synthetic identifiers with valid checksums, never real people's.</summary>
internal static class Screening
{
    public const string Id = "A123456789";
    public const string OtherId = "B120863130";

    public static ScreeningPolicy Policy(string? idAction = null, string unreadable = "block")
    {
        var policy = new ScreeningPolicy { UnreadableContent = unreadable };
        if (idAction is not null) policy.Types[EntityTypes.NationalId] = new EntityPolicy { Action = idAction };
        return policy;
    }

    public static ScreeningDecision Screen(string json, ScreeningPolicy? policy = null) =>
        new PromptScreener(PersonalDataScanner.Default, policy ?? Policy()).Screen(Encoding.UTF8.GetBytes(json));

    public static JsonNode Body(ScreeningDecision decision) => JsonNode.Parse(decision.RedactedBody!)!;
}
