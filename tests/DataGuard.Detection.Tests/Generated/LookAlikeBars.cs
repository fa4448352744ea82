namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 35 (categories of sets U27, U28): a bar typed for a 1 where staff put it to get a value past a filter — opening a
/// group right after its hyphen, or glued to a letter typed for another digit (O for 0, Z for 2, S for 5, B for 8) — in a
/// Taiwan mobile or an ID or resident certificate, the ID's letters in Cyrillic or Greek half the time.
/// </summary>
internal static class LookAlikeBars
{
    /// <summary>The letter typed for each digit besides the bar's 1.</summary>
    private static readonly Dictionary<char, char> Letters = new() { ['0'] = 'O', ['2'] = 'Z', ['5'] = 'S', ['8'] = 'B' };

    /// <summary>The value with one or two of its 1s as bars and one more digit as a letter, or null where it holds no 1 to bar.</summary>
    public static string? Typed(PlantedValue v, Random r)
    {
        var value = v.Canonical;
        bool id = v.Spoken && v.Groups.Length == 1 && value.Length == 10 && char.IsAsciiLetterUpper(value[0]);
        bool mobile = !v.IsMail && value.StartsWith("09", StringComparison.Ordinal) && value.Length <= 12 && value.All(c => char.IsAsciiDigit(c) || c == '-');
        if (!id && !mobile) return null;
        // An ID's letters and its first digit (the sex or form digit, read by rules of its own) stay as they are.
        int from = id ? (char.IsAsciiLetterUpper(value[1]) ? 3 : 2) : 2;
        var chars = value.ToCharArray();
        var bars = Enumerable.Range(from, value.Length - from - 1).Where(i => value[i] == '1' && char.IsAsciiDigit(value[i + 1])).ToList();
        if (bars.Count == 0) return null;
        int bar = bars[r.Next(bars.Count)];
        chars[bar] = '|';
        if (id && bars.Count > 1 && r.Next(2) == 0) chars[bars.First(i => i != bar)] = '|';
        // The other letter beside the bar where a digit it stands for is there, else anywhere after the first digits.
        var letters = Enumerable.Range(from, value.Length - from).Where(i => chars[i] != '|' && Letters.ContainsKey(value[i])).ToList();
        if (letters.Count > 0)
        {
            var beside = letters.Where(i => Math.Abs(i - bar) == 1).ToList();
            int at = beside.Count > 0 ? beside[r.Next(beside.Count)] : letters[r.Next(letters.Count)];
            chars[at] = Letters[value[at]];
        }
        var typed = new string(chars);
        if (!id || r.Next(2) == 0) return typed;
        int prefix = char.IsAsciiLetterUpper(typed[1]) ? 2 : 1;
        return (SurfaceVariants.LookAlike(typed[..prefix]) ?? typed[..prefix]) + typed[prefix..];
    }
}
