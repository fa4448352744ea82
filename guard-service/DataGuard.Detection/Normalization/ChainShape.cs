namespace DataGuard.Detection.Normalization;

/// <summary>
/// A chain summed up once for the scanner to choose recognizers by (<see cref="Recognizers.ChainRecognizer.Accepts"/>):
/// a chain of digits never reaches the ID recognizers, one that starts with a letter never reaches the card recognizer.
/// </summary>
internal readonly struct ChainShape
{
    public ChainShape(in Chain chain)
    {
        HasPlus = chain.HasPlus;
        First = chain.Length > 0 ? chain.Chars[0] : '\0';
        int i = 0;
        while (i < chain.Length && (uint)(chain.Chars[i] - 'A') <= 25) i++;
        LeadingLetters = i;
        int digits = 0;
        if (i == 0)
        {
            while (digits < chain.Length && (uint)(chain.Chars[digits] - '0') <= 9) digits++;
        }
        LeadingDigits = digits;
        bool hasLetter = i > 0, hasDigit = digits > 0;
        for (int k = digits + i; (!hasLetter || !hasDigit) && k < chain.Length; k++)
        {
            if ((uint)(chain.Chars[k] - 'A') <= 25) hasLetter = true;
            else if ((uint)(chain.Chars[k] - '0') <= 9) hasDigit = true;
        }
        HasLetter = hasLetter;
        HasDigit = hasDigit;
    }

    /// <summary>The first folded character, or '\0' for an empty chain.</summary>
    public char First { get; }

    /// <summary>Whether any character of the chain is a letter.</summary>
    public bool HasLetter { get; }

    /// <summary>
    /// Whether any character of the chain is a digit (look-alike letters such as O for 0 are letters here): a chain of
    /// letters alone is an English word or an acronym, which only a recognizer that reads letters as digits can take.
    /// </summary>
    public bool HasDigit { get; }

    /// <summary>The chain starts with a plus sign.</summary>
    public bool HasPlus { get; }

    /// <summary>Letters before the first digit.</summary>
    public int LeadingLetters { get; }

    /// <summary>Digits before the first letter (0 when the chain starts with a letter).</summary>
    public int LeadingDigits { get; }
}
