using DataGuard.Detection;

namespace DataGuard.Screening;

/// <summary>
/// What to do with each kind of personal data found in a prompt. Bound from configuration section
/// <see cref="SectionName"/>, shared by the guard service and the in-process clients so one policy file serves both.
/// </summary>
/// <remarks>
/// Without configuration the six core types (<see cref="EntityTypes.Core"/>) are blocked, every other type is allowed
/// (audit only), and content that cannot be read (images, audio, files, data: URLs, token arrays) is blocked.
/// </remarks>
public sealed class ScreeningPolicy
{
    /// <summary>The configuration section the policy is bound from.</summary>
    public const string SectionName = "DataGuard:Policy";

    /// <summary>Pseudo entity type reported for content the screener cannot read.</summary>
    public const string UnreadableContentType = "UNREADABLE_CONTENT";

    /// <summary>Per entity type settings, keyed by <see cref="EntityTypes"/> names or by types configured under <c>DataGuard:Recognizers</c>.</summary>
    public Dictionary<string, EntityPolicy> Types { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Action for the core types when <see cref="Types"/> does not name them. Default <c>block</c>.</summary>
    public string CoreAction { get; set; } = "block";

    /// <summary>Action for the other types when <see cref="Types"/> does not name them. Default <c>allow</c> (audit only).</summary>
    public string OtherAction { get; set; } = "allow";

    /// <summary>Findings scoring below this are ignored unless a type sets its own threshold. Default 0.5.</summary>
    public double MinScore { get; set; } = 0.5;

    /// <summary>Images, audio, files, data: URLs, token arrays: <c>block</c> (default) or <c>allow</c>.</summary>
    public string UnreadableContent { get; set; } = "block";

    /// <summary>The action for an entity type.</summary>
    public PolicyAction ActionFor(string type)
    {
        if (Types.TryGetValue(type, out var entity) && entity.Action is not null) return Parse(entity.Action) ?? PolicyAction.Block;
        var fallback = IsCore(type) ? CoreAction : OtherAction;
        // An invalid value never weakens the policy: Validate reports it, and until then it blocks.
        return Parse(fallback) ?? PolicyAction.Block;
    }

    /// <summary>The score threshold for an entity type.</summary>
    public double MinScoreFor(string type) =>
        Types.TryGetValue(type, out var entity) && entity.MinScore is { } score ? score : MinScore;

    /// <summary>The action for content that cannot be read.</summary>
    public PolicyAction UnreadableAction => Parse(UnreadableContent) == PolicyAction.Allow ? PolicyAction.Allow : PolicyAction.Block;

    /// <summary>Returns one English message per configuration error; empty when the policy is valid. Knows the built-in types only.</summary>
    public IReadOnlyList<string> Validate() => Validate(RecognizerRegistry.BuiltIn);

    /// <summary>
    /// Returns one English message per configuration error; empty when the policy is valid. Entity types are checked
    /// against <paramref name="recognizers"/>, so types configured under <c>DataGuard:Recognizers</c> can be named.
    /// </summary>
    public IReadOnlyList<string> Validate(RecognizerRegistry recognizers)
    {
        ArgumentNullException.ThrowIfNull(recognizers);
        var errors = new List<string>();
        CheckAction(errors, nameof(CoreAction), CoreAction);
        CheckAction(errors, nameof(OtherAction), OtherAction);
        CheckScore(errors, nameof(MinScore), MinScore);
        var unreadable = Parse(UnreadableContent);
        if (unreadable is not (PolicyAction.Block or PolicyAction.Allow))
            errors.Add($"{SectionName}:{nameof(UnreadableContent)} is '{UnreadableContent}'; expected block or allow.");
        foreach (var (type, entity) in Types)
        {
            if (!recognizers.IsKnown(type))
                errors.Add($"{SectionName}:{nameof(Types)}:{type} is not a known entity type; expected one of {string.Join(", ", recognizers.EntityTypes)}.");
            if (entity is null) continue;
            if (entity.Action is not null) CheckAction(errors, $"{nameof(Types)}:{type}:{nameof(EntityPolicy.Action)}", entity.Action);
            if (entity.MinScore is { } score) CheckScore(errors, $"{nameof(Types)}:{type}:{nameof(EntityPolicy.MinScore)}", score);
        }
        return errors;
    }

    /// <summary>Every built-in entity type name the policy accepts (configured types are accepted by <see cref="Validate(RecognizerRegistry)"/>).</summary>
    public static IReadOnlyList<string> KnownTypes => RecognizerRegistry.BuiltIn.BuiltInTypes;

    /// <summary>Parses <c>block|redact|pseudonymize|allow</c> (case-insensitive); null when unknown.</summary>
    public static PolicyAction? Parse(string? action) => action?.Trim().ToLowerInvariant() switch
    {
        "block" => PolicyAction.Block,
        "redact" => PolicyAction.Redact,
        "pseudonymize" or "pseudonymise" => PolicyAction.Pseudonymize,
        "allow" => PolicyAction.Allow,
        _ => null,
    };

    private static bool IsCore(string type)
    {
        foreach (var core in EntityTypes.Core)
        {
            if (string.Equals(core, type, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static void CheckAction(List<string> errors, string key, string value)
    {
        if (Parse(value) is null) errors.Add($"{SectionName}:{key} is '{value}'; expected block, redact, pseudonymize or allow.");
    }

    private static void CheckScore(List<string> errors, string key, double value)
    {
        if (value is < 0 or > 1 || double.IsNaN(value)) errors.Add($"{SectionName}:{key} is {value}; expected a score from 0 to 1.");
    }
}
