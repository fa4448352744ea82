using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Flow;

/// <summary>An object that carries personal data inside it: harmful only when serialized, destructured or printed by ToString.</summary>
internal sealed class CompositeSource
{
    public CompositeSource(ITypeSymbol? type, Location location, ImmutableArray<PersonalSource> inner)
    {
        Type = type;
        Location = location;
        Inner = inner;
    }

    public ITypeSymbol? Type { get; }

    public Location Location { get; }

    /// <summary>Personal values put into the object (constructor arguments, initializers).</summary>
    public ImmutableArray<PersonalSource> Inner { get; }
}

/// <summary>
/// The abstract value of an expression: the personal values it carries, the personal objects it carries, and whether a
/// sanitizer produced it or it is shown to be no one's data (a masked value, a constant or a configuration value assigned to a
/// local named <c>phone</c> is not personal).
/// </summary>
internal sealed class Taint
{
    private const int MaxSources = 4;

    public static readonly Taint None = new(ImmutableArray<PersonalSource>.Empty, ImmutableArray<CompositeSource>.Empty, false);
    public static readonly Taint Sanitized = new(ImmutableArray<PersonalSource>.Empty, ImmutableArray<CompositeSource>.Empty, true);

    private Taint(ImmutableArray<PersonalSource> values, ImmutableArray<CompositeSource> composites, bool sanitized)
    {
        Values = values;
        Composites = composites;
        IsSanitized = sanitized;
    }

    public ImmutableArray<PersonalSource> Values { get; }

    public ImmutableArray<CompositeSource> Composites { get; }

    public bool IsSanitized { get; }

    public bool IsPersonal => !Values.IsEmpty;

    public bool IsEmpty => Values.IsEmpty && Composites.IsEmpty;

    public static Taint Of(PersonalSource source) => new(ImmutableArray.Create(source), ImmutableArray<CompositeSource>.Empty, false);

    public static Taint Of(CompositeSource composite) => new(ImmutableArray<PersonalSource>.Empty, ImmutableArray.Create(composite), false);

    public static Taint Of(ImmutableArray<PersonalSource> values)
        => values.IsEmpty ? None : new(Cap(values), ImmutableArray<CompositeSource>.Empty, false);

    public Taint Union(Taint other)
    {
        if (other.IsEmpty)
        {
            return IsEmpty ? (IsSanitized || other.IsSanitized ? Sanitized : None) : this;
        }

        if (IsEmpty)
        {
            return other;
        }

        return new Taint(
            Cap(Values.AddRange(other.Values.Where(v => !Values.Contains(v)))),
            Composites.Length >= MaxSources ? Composites : Composites.AddRange(other.Composites.Where(c => !Composites.Contains(c)).Take(MaxSources - Composites.Length)),
            false);
    }

    /// <summary>Without the whole-record sources: what a read by a non-personal key or of the keys leaves.</summary>
    public Taint WithoutWholeRecords() => Without(v => v.WholeRecord);

    /// <summary>Without the personal values <paramref name="drop"/> picks (the objects stay).</summary>
    public Taint Without(System.Func<PersonalSource, bool> drop)
        => Values.Any(drop) ? new Taint(Values.Where(v => !drop(v)).ToImmutableArray(), Composites, IsSanitized) : this;

    /// <summary>Only the personal values, dropping objects (for results whose type cannot hold the object).</summary>
    public Taint ValuesOnly() => Composites.IsEmpty ? this : Of(Values);

    private static ImmutableArray<PersonalSource> Cap(ImmutableArray<PersonalSource> values)
        => values.Length > MaxSources ? values.RemoveRange(MaxSources, values.Length - MaxSources) : values;
}
