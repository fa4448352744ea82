namespace DataGuard;

/// <summary>
/// Marks a property, field, parameter or return value as holding personal data about a citizen.
/// The DataGuard analyzers (DG1001–DG1007) report code that lets such a value reach a log, a URL,
/// an unencrypted channel, a generative-AI service, an external host, an exception message or a <c>ToString</c>.
/// </summary>
/// <remarks>
/// Members whose names already say they are personal (<c>NationalId</c>, <c>PlateNumber</c>, <c>姓名</c>…) are
/// recognised without the attribute; use it for the rest (<c>Remark</c>, <c>Subject</c>, …) or to state the kind.
/// </remarks>
/// <example>
/// <code>
/// public sealed class Citizen
/// {
///     [PersonalField(PersonalDataKind.NationalId)]
///     public string IdentityCode { get; init; } = "";
/// }
/// </code>
/// </example>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue,
    AllowMultiple = false,
    Inherited = true)]
public sealed class PersonalFieldAttribute : Attribute
{
    /// <summary>Marks personal data of an unspecified kind (<see cref="PersonalDataKind.Other"/>).</summary>
    public PersonalFieldAttribute()
        : this(PersonalDataKind.Other)
    {
    }

    /// <summary>Marks personal data of the given kind.</summary>
    /// <param name="kind">What the value holds.</param>
    public PersonalFieldAttribute(PersonalDataKind kind)
    {
        Kind = kind;
    }

    /// <summary>What the marked value holds.</summary>
    public PersonalDataKind Kind { get; }
}
