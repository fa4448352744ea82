namespace DataGuard.Detection.Redaction;

/// <summary>How a found value is replaced.</summary>
public enum RedactionOperator
{
    /// <summary>Typed placeholder such as <c>&lt;TW_NATIONAL_ID_1&gt;</c>; the same value gets the same number within one map.</summary>
    Placeholder,

    /// <summary>Mask characters, keeping a few at the start (<see cref="RedactionOptions.MaskKeepFirst"/>) and end.</summary>
    Mask,

    /// <summary>Keyed hash: <c>&lt;TW_NATIONAL_ID:1a2b3c4d…&gt;</c> (HMAC-SHA256 with <see cref="RedactionOptions.HashKey"/>).</summary>
    Hash,

    /// <summary>Placeholder whose original value is kept in the <see cref="PseudonymMap"/> to restore a model's answer.</summary>
    Pseudonymize,
}
