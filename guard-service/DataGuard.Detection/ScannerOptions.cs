namespace DataGuard.Detection;

/// <summary>Settings for a <see cref="PersonalDataScanner"/>. Bind from configuration section <c>DataGuard:Detection</c>.</summary>
public sealed class ScannerOptions
{
    /// <summary>Findings scoring below this are dropped. Default 0.5.</summary>
    public double MinScore { get; set; } = 0.5;

    /// <summary>Per-type minimum score, overriding <see cref="MinScore"/> (keys are <see cref="EntityTypes"/> names).</summary>
    public IDictionary<string, double> TypeMinScores { get; set; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>Types to look for; null or empty means every type the engine knows.</summary>
    public ISet<string>? EnabledTypes { get; set; }

    /// <summary>How many characters on each side of a candidate are searched for context words. Default 300.</summary>
    public int ContextWindow { get; set; } = 300;

    /// <summary>
    /// Also run Microsoft.Recognizers.Text's sequence recognizers (phone, e-mail) as an extra recognizer.
    /// Off by default: it is ~100× slower than the engine and adds little recall (see bench/README.md). Only the .NET 10
    /// build carries it; on netstandard2.0 this option has no effect.
    /// </summary>
    public bool UseRecognizersText { get; set; }

    /// <summary>The effective threshold for a type.</summary>
    public double MinScoreFor(string type) =>
        TypeMinScores is not null && TypeMinScores.TryGetValue(type, out var score) ? score : MinScore;

    /// <summary>Whether a type is enabled.</summary>
    public bool IsEnabled(string type) => EnabledTypes is null || EnabledTypes.Count == 0 || EnabledTypes.Contains(type);
}
