namespace DataGuard.Detection;

/// <summary>
/// One piece of personal data found in a text. Offsets are UTF-16 code units of the original text,
/// whatever normalisation was needed to find it.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> deliberately leaves out <see cref="NormalizedValue"/> so a finding can be logged safely.
/// </remarks>
public readonly struct Finding : IEquatable<Finding>
{
    /// <summary>Creates a finding.</summary>
    public Finding(string type, int start, int length, double score, Evasions evasions, string normalizedValue)
    {
        Type = type;
        Start = start;
        Length = length;
        Score = score;
        Evasions = evasions;
        NormalizedValue = normalizedValue;
    }

    /// <summary>The entity type, one of <see cref="EntityTypes"/>.</summary>
    public string Type { get; }

    /// <summary>Start offset in UTF-16 code units of the scanned text.</summary>
    public int Start { get; }

    /// <summary>Length in UTF-16 code units of the scanned text (covers any separators or invisible characters inside).</summary>
    public int Length { get; }

    /// <summary>Exclusive end offset.</summary>
    public int End => Start + Length;

    /// <summary>Confidence from 0 to 1, after validation and context.</summary>
    public double Score { get; }

    /// <summary>The disguises that had to be undone to find the value.</summary>
    public Evasions Evasions { get; }

    /// <summary>
    /// The canonical form of the value (e.g. <c>A123456789</c>, <c>+886912345678</c>, <c>ABC-1234</c>).
    /// Personal data: hash it (<see cref="Fingerprint"/>) before it goes anywhere.
    /// </summary>
    public string NormalizedValue { get; }

    /// <inheritdoc />
    public bool Equals(Finding other) =>
        string.Equals(Type, other.Type, StringComparison.Ordinal) && Start == other.Start && Length == other.Length
        && Score.Equals(other.Score) && Evasions == other.Evasions
        && string.Equals(NormalizedValue, other.NormalizedValue, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Finding other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, Start, Length);

    /// <summary>Describes the finding without its value.</summary>
    public override string ToString() =>
        $"{Type} at {Start}+{Length} score {Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}"
        + (Evasions == Evasions.None ? string.Empty : $" evasions {Evasions}");
}
