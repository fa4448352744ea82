using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Flow;

/// <summary>Where personal data comes from: the member, parameter or local that holds it, and where it was read.</summary>
internal sealed class PersonalSource
{
    public PersonalSource(ISymbol symbol, Location location, int parameterMarker = -1, string? key = null, bool wholeRecord = false)
    {
        Symbol = symbol;
        Location = location;
        ParameterMarker = parameterMarker;
        Key = key;
        WholeRecord = wholeRecord;
    }

    /// <summary>
    /// The source is a whole record (a request's form, a data row): every value in it, not one. A read by a constant key that
    /// names nothing personal, or of its keys, does not carry it.
    /// </summary>
    public bool WholeRecord { get; }

    /// <summary>The constant key of a keyed read (<c>row["Phone"]</c>, <c>json.GetProperty("phone")</c>), or null.</summary>
    public string? Key { get; }

    public ISymbol Symbol { get; }

    /// <summary>Where the value was read.</summary>
    public Location Location { get; }

    /// <summary>During method summaries: the index of the parameter this placeholder stands for; -1 for real sources.</summary>
    public int ParameterMarker { get; }

    public bool IsMarker => ParameterMarker >= 0;

    /// <summary>Short display name for messages: <c>Citizen.NationalId</c> for members, the name for parameters and locals.</summary>
    public string DisplayName => Key is not null && Symbol.ContainingType is { } keyed
        ? keyed.Name + "[\"" + Key + "\"]"
        : Symbol is IFieldSymbol or IPropertySymbol or IMethodSymbol && Symbol.ContainingType is { } type
        ? type.Name + "." + Symbol.Name
        : Symbol.Name;

    /// <summary>The declaration in source of the personal member, or where it was read when it comes from metadata.</summary>
    public Location DeclarationOrRead => Symbol.Locations.FirstOrDefault(l => l.IsInSource) ?? Location;
}
