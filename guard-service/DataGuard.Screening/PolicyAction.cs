namespace DataGuard.Screening;

/// <summary>What the policy does with a kind of data found in a request.</summary>
public enum PolicyAction
{
    /// <summary>Forward unchanged and record it in the audit trail only.</summary>
    Allow,

    /// <summary>Refuse the whole request; nothing is forwarded.</summary>
    Block,

    /// <summary>Replace each value by a typed placeholder (<c>&lt;TW_NATIONAL_ID_1&gt;</c>) before forwarding.</summary>
    Redact,

    /// <summary>Like <see cref="Redact"/>, and restore the original values in the model's answer.</summary>
    Pseudonymize,
}
