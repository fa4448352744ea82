using System.Linq;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// What of a value's data shows once it leaves the program as text or as data: an object reveals what its <c>ToString</c>
/// prints, or every public personal member when it is serialized. Kept apart from <see cref="TaintEvaluator"/>, which answers
/// what data an expression carries; this answers how much of it a sink's form of output shows.
/// </summary>
internal sealed class RevealedData
{
    private readonly DataGuardProfile _profile;

    public RevealedData(DataGuardProfile profile) => _profile = profile;

    /// <summary>The data that appears when the value is turned into text: objects reveal what their ToString prints.</summary>
    public Taint AsText(Taint taint)
    {
        if (taint.Composites.IsEmpty)
        {
            return taint;
        }

        var values = taint.Values;
        foreach (var composite in taint.Composites)
        {
            if (composite.Type is null)
            {
                continue;
            }

            values = values.AddRange(Sources.CarriedPersonalMembers.InText(composite.Type).Select(m => new PersonalSource(m, composite.Location)));
            var exposure = _profile.Exposures.Of(composite.Type);
            values = values.AddRange(exposure.Members.Select(m => new PersonalSource(m, composite.Location)));
            if (exposure.PrintsPublicMembers || composite.Type.IsAnonymousType || composite.Type.IsTupleType || _profile.Exposures.PrintsOwnState(composite.Type))
            {
                values = values.AddRange(composite.Inner);
            }
        }

        return Taint.Of(values);
    }

    /// <summary>The data that appears when the value is serialized or destructured: every public personal member.</summary>
    public Taint AsData(Taint taint)
    {
        if (taint.Composites.IsEmpty)
        {
            return taint;
        }

        var values = taint.Values;
        foreach (var composite in taint.Composites)
        {
            values = values.AddRange(_profile.Classifier.PersonalMembers(composite.Type).Take(3).Select(m => new PersonalSource(m, composite.Location)));
            values = values.AddRange(composite.Inner);
        }

        return Taint.Of(values);
    }
}
