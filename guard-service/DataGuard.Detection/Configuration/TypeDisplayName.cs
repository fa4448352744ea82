using System.Globalization;

namespace DataGuard.Detection.Configuration;

/// <summary>
/// What staff see for a configured entity type (<see cref="CustomRecognizerOptions.DisplayName"/> and
/// <see cref="CustomRecognizerOptions.DisplayNames"/>): a name per culture, looked up from the culture through its parents.
/// </summary>
internal sealed class TypeDisplayName
{
    private const int MaxLength = 100;

    private readonly string? _default;
    private readonly Dictionary<string, string> _byCulture;

    private TypeDisplayName(string? defaultName, Dictionary<string, string> byCulture)
    {
        _default = defaultName;
        _byCulture = byCulture;
    }

    /// <summary>The name for <paramref name="culture"/>: its own entry, a parent culture's, then the default; null when none is configured.</summary>
    public string? For(CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (_byCulture.TryGetValue(c.Name, out var name)) return name;
        }
        return _default;
    }

    /// <summary>The configured names of <paramref name="options"/>, or null when there are none; problems go to <paramref name="errors"/>.</summary>
    public static TypeDisplayName? From(CustomRecognizerOptions options, string key, List<string> errors)
    {
        string? defaultName = Check(options.DisplayName, $"{key}:{nameof(options.DisplayName)}", errors);
        var byCulture = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in options.DisplayNames ?? new Dictionary<string, string>())
        {
            string entryKey = $"{key}:{nameof(options.DisplayNames)}:{pair.Key}";
            if (!IsCultureName(pair.Key))
            {
                errors.Add($"{entryKey} names no culture; expected a culture name such as zh-TW or en.");
                continue;
            }
            if (Check(pair.Value, entryKey, errors) is { } name) byCulture[CultureInfo.GetCultureInfo(pair.Key).Name] = name;
        }
        return defaultName is null && byCulture.Count == 0 ? null : new TypeDisplayName(defaultName, byCulture);
    }

    // Shown in a message: one short line of printable text.
    private static string? Check(string? value, string key, List<string> errors)
    {
        if (value is null) return null;
        var name = value.Trim();
        if (name.Length == 0 || name.Length > MaxLength || name.Any(char.IsControl))
        {
            errors.Add($"{key} must be one line of 1 to {MaxLength} printable characters.");
            return null;
        }
        return name;
    }

    private static bool IsCultureName(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return false;
        try
        {
#if NET
            var culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
#else
            var culture = CultureInfo.GetCultureInfo(name);
#endif
            return !string.IsNullOrEmpty(culture.Name);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
