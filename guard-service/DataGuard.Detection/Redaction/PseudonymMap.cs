namespace DataGuard.Detection.Redaction;

/// <summary>
/// Placeholder ↔ value map for one request (never share it across requests: that is how values leak between users).
/// The same (type, normalised value) always gets the same placeholder within one map.
/// </summary>
public sealed class PseudonymMap
{
    private readonly Dictionary<string, string> _placeholderByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _originalByPlaceholder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _countByType = new(StringComparer.Ordinal);

    /// <summary>Number of distinct placeholders.</summary>
    public int Count => _originalByPlaceholder.Count;

    /// <summary>Length of the longest placeholder issued so far (what a streaming restorer must hold back).</summary>
    public int MaxPlaceholderLength { get; private set; }

    /// <summary>Placeholders issued so far.</summary>
    public IEnumerable<string> Placeholders => _originalByPlaceholder.Keys;

    /// <summary>Returns the placeholder for a value, issuing a new one (<c>&lt;TYPE_n&gt;</c>) the first time.</summary>
    /// <param name="type">Entity type.</param>
    /// <param name="normalizedValue">Canonical value: decides identity.</param>
    /// <param name="originalText">The text as written in the original, restored in answers.</param>
    public string GetOrAdd(string type, string normalizedValue, string originalText)
    {
        var key = type + "\u0000" + normalizedValue;
        if (_placeholderByKey.TryGetValue(key, out var existing)) return existing;
        _countByType.TryGetValue(type, out var n);
        _countByType[type] = ++n;
        var placeholder = "<" + type + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ">";
        _placeholderByKey[key] = placeholder;
        _originalByPlaceholder[placeholder] = originalText;
        if (placeholder.Length > MaxPlaceholderLength) MaxPlaceholderLength = placeholder.Length;
        return placeholder;
    }

    /// <summary>Looks up the original text behind a placeholder.</summary>
    public bool TryGetOriginal(string placeholder, out string original)
    {
        if (_originalByPlaceholder.TryGetValue(placeholder, out var value)) { original = value; return true; }
        original = string.Empty;
        return false;
    }

    /// <summary>Replaces every placeholder in <paramref name="text"/> by its original value.</summary>
    public string Restore(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (Count == 0 || text.IndexOf('<') < 0) return text;
        var result = new System.Text.StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            int open = text.IndexOf('<', i);
            if (open < 0) { result.Append(text, i, text.Length - i); break; }
            int close = text.IndexOf('>', open + 1);
            if (close < 0) { result.Append(text, i, text.Length - i); break; }
            result.Append(text, i, open - i);
            var candidate = text.Substring(open, close - open + 1);
            if (_originalByPlaceholder.TryGetValue(candidate, out var original)) { result.Append(original); i = close + 1; }
            else { result.Append('<'); i = open + 1; }
        }
        return result.ToString();
    }
}
