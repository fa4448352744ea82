namespace DataGuard.Detection;

/// <summary>
/// Finds personal data in text. Thread-safe and meant to be reused: create one per configuration and share it.
/// </summary>
public sealed class PersonalDataScanner
{
    private static readonly Finding[] NoFindings = Array.Empty<Finding>();

    /// <summary>A scanner with default options.</summary>
    public static PersonalDataScanner Default { get; } = new();

    /// <summary>Creates a scanner with default options.</summary>
    public PersonalDataScanner() : this(new ScannerOptions()) { }

    /// <summary>Creates a scanner.</summary>
    public PersonalDataScanner(ScannerOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>The options this scanner was built with.</summary>
    public ScannerOptions Options { get; }

    /// <summary>
    /// Scans <paramref name="text"/> and returns findings ordered by start offset, without overlaps.
    /// Clean text returns an empty list without allocating.
    /// </summary>
    public IReadOnlyList<Finding> Scan(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        // Bootstrap implementation: plain national IDs only. The full pipeline replaces this.
        List<Finding>? findings = null;
        for (int i = 0; i + 10 <= text.Length; i++)
        {
            var candidate = text.AsSpan(i, 10);
            if (IsPlainNationalId(candidate) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (i + 10 == text.Length || !char.IsLetterOrDigit(text[i + 10])) && !char.IsLower(text[i]))
            {
                (findings ??= new List<Finding>()).Add(new Finding(EntityTypes.NationalId, i, 10, 0.95, Evasions.None, candidate.ToString()));
                i += 9;
            }
        }
        return findings ?? (IReadOnlyList<Finding>)NoFindings;
    }

    private static bool IsPlainNationalId(ReadOnlySpan<char> s)
    {
        const string letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO";
        int code = letters.IndexOf(s[0]);
        if (code < 0 || (s[1] != '1' && s[1] != '2')) return false;
        code += 10;
        int sum = code / 10 + code % 10 * 9;
        for (int k = 1; k < 10; k++)
        {
            if (s[k] < '0' || s[k] > '9') return false;
            int weight = k == 9 ? 1 : 9 - k;
            sum += (s[k] - '0') * weight;
        }
        return sum % 10 == 0;
    }
}
