namespace DataGuard.Screening;

/// <summary>The outcome of screening a request.</summary>
public enum ScreeningVerdict
{
    /// <summary>Nothing to stop: forward the request unchanged.</summary>
    Allow,

    /// <summary>Refuse the request; nothing is forwarded.</summary>
    Block,

    /// <summary>Forward the rewritten body (<see cref="ScreeningDecision.RedactedBody"/>) with placeholders.</summary>
    Redact,
}
