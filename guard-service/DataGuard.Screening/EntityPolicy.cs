namespace DataGuard.Screening;

/// <summary>The policy for one entity type (a key of <see cref="ScreeningPolicy.Types"/>).</summary>
public sealed class EntityPolicy
{
    /// <summary><c>block</c>, <c>redact</c>, <c>pseudonymize</c> or <c>allow</c>; null keeps the default for the type.</summary>
    public string? Action { get; set; }

    /// <summary>Findings scoring below this are ignored; null uses <see cref="ScreeningPolicy.MinScore"/>.</summary>
    public double? MinScore { get; set; }
}
