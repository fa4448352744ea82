namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 20 (set S): codes in a plate's shape that the words glued to them name as something else — a software version
/// after its product's name (iOS 17.2), a make and its engine size (KTM 200), a word before an ROC date (REC 1xx/MM/DD), a
/// room (C2-315室) and a receipt's price with its tax code (x3  65TX).
/// </summary>
internal static class NonPlateCodes
{
    /// <summary>Operating systems and apps whose versions follow their name; the letters of a plate are issued at random and spell none.</summary>
    private static readonly string[] ProductNames = { "IOS", "IPADOS", "MACOS", "ANDROID", "WINDOWS", "LINUX", "CHROME", "VER" };

    /// <summary>Suffixes that name the code as a room (C2-315室, A3-118號房).</summary>
    private static readonly string[] RoomSuffixes = { "室", "號房", "房" };

    internal static bool NamesOther(ReadOnlySpan<char> text, int start, int end) =>
        SpellsMakeOrProduct(text, start) || OpensRocDate(text, end) || NamesRoom(text, end) || IsTaxedPrice(text, start, end);

    // "KTM 200 Adventure", "iOS 17.2": the value's letters are a make (its model's engine size follows) or a product (its version),
    // written apart from a number of at most three digits or a version's dot; a plate's four digits (BMW0377, BMW-0377) are
    // a plate whose letters happen to spell a make.
    private static bool SpellsMakeOrProduct(ReadOnlySpan<char> text, int start)
    {
        int length = 0;
        while (start + length < text.Length && length < 8 && PlateContext.IsAsciiLetter(text[start + length])) length++;
        if (length < 2 || !IsModelNumberAt(text, start + length)) return false;
        Span<char> letters = stackalloc char[length];
        for (int i = 0; i < length; i++) letters[i] = char.ToUpperInvariant(text[start + i]);
        if (PlateContext.IsMake(letters)) return true;
        foreach (var name in ProductNames) if (letters.SequenceEqual(name.AsSpan())) return true;
        return false;
    }

    private static bool IsModelNumberAt(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length || text[at] != ' ') return false;
        int digits = 0;
        while (at + 1 + digits < text.Length && char.IsDigit(text[at + 1 + digits])) digits++;
        bool version = at + 1 + digits < text.Length && text[at + 1 + digits] == '.';
        return digits is >= 1 and <= 3 || digits > 0 && version;
    }

    // "REC 1xx/MM/DD": the value's digits are an ROC year that a month and a day follow after slashes.
    private static bool OpensRocDate(ReadOnlySpan<char> text, int end) =>
        end + 6 <= text.Length && IsSlash(text[end]) && IsSlash(text[end + 3]) && IsTwoDigits(text, end + 4)
        && TwoDigitValue(text, end + 1) is >= 1 and <= 12;

    private static bool IsSlash(char c) => c is '/' or '／';

    // The value of two digits, plain or full-width; -1 when they are not both digits.
    private static int TwoDigitValue(ReadOnlySpan<char> text, int at) =>
        IsTwoDigits(text, at) ? (int)char.GetNumericValue(text[at]) * 10 + (int)char.GetNumericValue(text[at + 1]) : -1;

    private static bool NamesRoom(ReadOnlySpan<char> text, int end)
    {
        var rest = text.Slice(end);
        foreach (var suffix in RoomSuffixes) if (rest.StartsWith(suffix.AsSpan())) return true;
        return false;
    }

    // "茶葉蛋 x3  65TX": a price and the receipt's tax code right after an item's quantity, not a plate's digits and letters.
    private static bool IsTaxedPrice(ReadOnlySpan<char> text, int start, int end)
    {
        if (end - start < 3 || !text.Slice(end - 2, 2).Equals("TX".AsSpan(), StringComparison.OrdinalIgnoreCase)) return false;
        int i = start;
        while (i > 0 && text[i - 1] is ' ' or '\t' or '\u3000') i--;
        int digitsEnd = i;
        while (i > 0 && char.IsDigit(text[i - 1])) i--;
        return i < digitsEnd && i > 0 && text[i - 1] is 'x' or 'X' or '×' or '＊' or '*';
    }

    private static bool IsTwoDigits(ReadOnlySpan<char> text, int at) => char.IsDigit(text[at]) && char.IsDigit(text[at + 1]);
}
