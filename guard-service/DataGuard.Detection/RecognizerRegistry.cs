using System.Text.RegularExpressions;
using DataGuard.Detection.Configuration;
using DataGuard.Detection.Recognizers;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection;

/// <summary>
/// Every recognizer a scanner can run: the built-in ones (<see cref="RecognizerCatalog"/>) and those a deployment
/// configures (<see cref="RecognizerOptions"/>). The list of known entity types is derived from it; the screening
/// policy, the CLI's SARIF rules and <see cref="Detection.EntityTypes.All"/> read it here rather than keeping lists of their own.
/// </summary>
public sealed class RecognizerRegistry
{
    private const string CustomSection = RecognizerOptions.SectionName + ":Custom";

    private readonly HashSet<string> _known;
    private readonly AnchoredRecognizer[] _anchored;
    private readonly PatternRecognizer[] _patterns;

    private readonly Dictionary<string, TypeDisplayName> _displayNames;

    private RecognizerRegistry(List<DenyListRecognizer> denyLists, List<PatternRecognizer> patterns, List<string> customTypes, Dictionary<string, TypeDisplayName> displayNames)
    {
        _displayNames = displayNames;
        var anchored = new List<AnchoredRecognizer>(RecognizerCatalog.AllAnchoredRecognizers);
        anchored.AddRange(denyLists);
        _anchored = anchored.ToArray();
        _patterns = patterns.ToArray();
        var types = new List<string>();
        foreach (var recognizer in RecognizerCatalog.AllChainRecognizers) AddOnce(types, recognizer.Type);
        foreach (var recognizer in RecognizerCatalog.AllAnchoredRecognizers) AddOnce(types, recognizer.Type);
        BuiltInTypes = types.ToArray();
        foreach (var type in customTypes) AddOnce(types, type);
        EntityTypes = types.ToArray();
        CustomTypes = customTypes.ToArray();
        _known = new HashSet<string>(types, StringComparer.Ordinal);
    }

    /// <summary>The built-in recognizers only.</summary>
    public static RecognizerRegistry BuiltIn { get; } = new(new(), new(), new(), new());

    /// <summary>Every entity type the recognizers can report: built-in first, in priority order, then the configured ones.</summary>
    public IReadOnlyList<string> EntityTypes { get; }

    /// <summary>The built-in entity types.</summary>
    public IReadOnlyList<string> BuiltInTypes { get; }

    /// <summary>The configured entity types.</summary>
    public IReadOnlyList<string> CustomTypes { get; }

    /// <summary>
    /// The configured name staff see for a configured <paramref name="type"/> in <paramref name="culture"/>
    /// (<see cref="CustomRecognizerOptions.DisplayNames"/>, then <see cref="CustomRecognizerOptions.DisplayName"/>), or null
    /// when none is configured. Built-in types are named by the messages' own resources.
    /// </summary>
    public string? DisplayName(string type, System.Globalization.CultureInfo culture) =>
        type is not null && culture is not null && _displayNames.TryGetValue(type, out var name) ? name.For(culture) : null;

    /// <summary>Whether <paramref name="type"/> is one of <see cref="EntityTypes"/>.</summary>
    public bool IsKnown(string type) => type is not null && _known.Contains(type);

    /// <summary>
    /// The built-in recognizers plus <paramref name="custom"/>. Throws <see cref="RecognizerConfigurationException"/>
    /// listing every problem (see <see cref="Validate"/>) when the configuration cannot be used.
    /// </summary>
    public static RecognizerRegistry Create(IEnumerable<CustomRecognizerOptions>? custom)
    {
        var registry = Build(custom, out var errors);
        if (errors.Count > 0) throw new RecognizerConfigurationException(errors);
        return registry;
    }

    /// <summary>
    /// The problems of a configuration, one English line each naming its key: a missing, malformed or duplicate type
    /// name, a type that is built in, a recognizer with neither patterns nor terms, an invalid regular expression or one
    /// that matches the empty text, a score outside 0–1, an unknown checksum, lengths that contradict each other.
    /// </summary>
    public static IReadOnlyList<string> Validate(IEnumerable<CustomRecognizerOptions>? custom)
    {
        Build(custom, out var errors);
        return errors;
    }

    internal ChainRecognizer[] ChainRecognizers(ScannerOptions options) => Enabled(RecognizerCatalog.AllChainRecognizers, options, static r => r.Type);

    internal AnchoredRecognizer[] AnchoredRecognizers(ScannerOptions options) => Enabled(_anchored, options, static r => r.Type);

    internal PatternRecognizer[] PatternRecognizers(ScannerOptions options) => Enabled(_patterns, options, static r => r.Type);

    private static T[] Enabled<T>(T[] all, ScannerOptions options, Func<T, string> typeOf)
    {
        var enabled = new List<T>(all.Length);
        foreach (var recognizer in all) if (options.IsEnabled(typeOf(recognizer))) enabled.Add(recognizer);
        return enabled.ToArray();
    }

    private static RecognizerRegistry Build(IEnumerable<CustomRecognizerOptions>? custom, out List<string> errors)
    {
        errors = new List<string>();
        var denyLists = new List<DenyListRecognizer>();
        var patterns = new List<PatternRecognizer>();
        var types = new List<string>();
        var displayNames = new Dictionary<string, TypeDisplayName>(StringComparer.Ordinal);
        var seen = new List<string>();
        int index = -1;
        foreach (var options in custom ?? Array.Empty<CustomRecognizerOptions>())
        {
            index++;
            string key = $"{CustomSection}:{index}";
            if (options is null) continue;
            int errorsBefore = errors.Count;
            string type = CheckType(options.Type, key, seen, errors);
            seen.Add(type);
            CheckScore(errors, $"{key}:{nameof(options.ContextBoost)}", options.ContextBoost);
            CheckScore(errors, $"{key}:{nameof(options.DenyListScore)}", options.DenyListScore);
            var terms = Terms(options.DenyList, key, errors);
            var regexes = Regexes(options, key, errors);
            if (terms.Length == 0 && options.Patterns.Count == 0)
                errors.Add($"{key} ({type}) has neither {nameof(options.Patterns)} nor a {nameof(options.DenyList)}: it would find nothing.");
            CheckValueRule(options, key, errors);
            var displayName = TypeDisplayName.From(options, key, errors);
            if (errors.Count > errorsBefore) continue;
            if (displayName is not null) displayNames[type] = displayName;

            var context = new ContextProfile(options.Context.ToArray(), Array.Empty<string>(), strongBoost: options.ContextBoost);
            if (terms.Length > 0) denyLists.Add(new DenyListRecognizer(type, terms, options.DenyListScore, context));
            if (regexes.Length > 0)
            {
                var rule = new CustomValueRule(options.AllowedCharacters, options.MinLength, options.MaxLength, options.Checksum);
                patterns.Add(new PatternRecognizer(type, regexes, context, rule, options.MatchTimeoutMilliseconds));
            }
            types.Add(type);
        }
        return errors.Count > 0 ? BuiltIn : new RecognizerRegistry(denyLists, patterns, types, displayNames);
    }

    private static string CheckType(string? type, string key, List<string> seen, List<string> errors)
    {
        string name = type?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            errors.Add($"{key}:Type is missing: name the entity type the recognizer reports, e.g. TW_CASE_NUMBER.");
            return "?";
        }
        if (!IsTypeName(name))
            errors.Add($"{key}:Type is '{name}'; expected upper-case letters, digits and underscores starting with a letter, e.g. TW_CASE_NUMBER.");
        else if (BuiltIn.IsKnown(name))
            errors.Add($"{key}:Type is '{name}', a built-in entity type; configure its handling under DataGuard:Policy and name a new type here.");
        else if (seen.Contains(name))
            errors.Add($"{key}:Type '{name}' is configured twice; merge the two entries into one.");
        return name;
    }

    private static bool IsTypeName(string name)
    {
        if (name[0] is < 'A' or > 'Z') return false;
        foreach (char c in name) if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_')) return false;
        return true;
    }

    private static string[] Terms(List<string>? denyList, string key, List<string> errors)
    {
        var terms = new List<string>();
        for (int i = 0; i < (denyList?.Count ?? 0); i++)
        {
            var term = denyList![i]?.Trim();
            if (string.IsNullOrEmpty(term)) errors.Add($"{key}:DenyList:{i} is empty.");
            else if (!terms.Contains(term!)) terms.Add(term!);
        }
        return terms.ToArray();
    }

    private static (Regex Regex, double Score)[] Regexes(CustomRecognizerOptions options, string key, List<string> errors)
    {
        if (options.MatchTimeoutMilliseconds <= 0)
        {
            errors.Add($"{key}:{nameof(options.MatchTimeoutMilliseconds)} is {options.MatchTimeoutMilliseconds}; expected a positive number of milliseconds.");
            return Array.Empty<(Regex, double)>();
        }
        var timeout = TimeSpan.FromMilliseconds(options.MatchTimeoutMilliseconds);
        var flags = RegexOptions.CultureInvariant | (options.IgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        var regexes = new List<(Regex, double)>();
        for (int i = 0; i < options.Patterns.Count; i++)
        {
            string patternKey = $"{key}:Patterns:{i}";
            var pattern = options.Patterns[i];
            if (pattern is null || string.IsNullOrEmpty(pattern.Regex))
            {
                errors.Add($"{patternKey}:Regex is missing.");
                continue;
            }
            CheckScore(errors, $"{patternKey}:Score", pattern.Score);
            var regex = Compile(pattern.Regex!, flags, timeout, patternKey, errors);
            if (regex is null) continue;
            if (regex.IsMatch(string.Empty))
                errors.Add($"{patternKey}:Regex '{pattern.Regex}' matches the empty text; it must require at least one character.");
            else regexes.Add((regex, pattern.Score));
        }
        return regexes.ToArray();
    }

    // Without backtracking where .NET can (linear time whatever the pattern); otherwise backtracking under the match timeout.
    private static Regex? Compile(string pattern, RegexOptions flags, TimeSpan timeout, string key, List<string> errors)
    {
        try
        {
#if NET
            try
            {
                // Linear in the text whatever the pattern, so no timeout: a busy machine must not turn into refused texts.
                return new Regex(pattern, flags | RegexOptions.NonBacktracking);
            }
            catch (NotSupportedException)
            {
                // Lookarounds, back-references and atomic groups need the backtracking engine.
            }
#endif
            return new Regex(pattern, flags | RegexOptions.Compiled, timeout);
        }
        catch (ArgumentException e)
        {
            errors.Add($"{key}:Regex '{pattern}' is not a valid .NET regular expression: {e.Message}");
            return null;
        }
    }

    private static void CheckValueRule(CustomRecognizerOptions options, string key, List<string> errors)
    {
        if (options.MinLength is < 1) errors.Add($"{key}:{nameof(options.MinLength)} is {options.MinLength}; expected 1 or more.");
        if (options.MaxLength is < 1) errors.Add($"{key}:{nameof(options.MaxLength)} is {options.MaxLength}; expected 1 or more.");
        if (options.MinLength is { } min && options.MaxLength is { } max && min > max)
            errors.Add($"{key}:{nameof(options.MinLength)} ({min}) is greater than {nameof(options.MaxLength)} ({max}).");
        if (!string.IsNullOrWhiteSpace(options.Checksum) && Array.IndexOf(CustomValueRule.Checksums, options.Checksum!.Trim().ToLowerInvariant()) < 0)
            errors.Add($"{key}:{nameof(options.Checksum)} is '{options.Checksum}'; expected {string.Join(" or ", CustomValueRule.Checksums)}.");
    }

    private static void CheckScore(List<string> errors, string key, double value)
    {
        if (value is < 0 or > 1 || double.IsNaN(value)) errors.Add($"{key} is {value}; expected a score from 0 to 1.");
    }

    private static void AddOnce(List<string> types, string type)
    {
        if (!types.Contains(type)) types.Add(type);
    }
}
