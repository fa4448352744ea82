namespace DataGuard.Detection.Normalization;

/// <summary>
/// English labels typed straight onto the value with no space ("IDK151987967", "ARCt909022710", "TEL0912345678",
/// "Mobile0912…"): the value starts after the label, not at its first letter.
/// </summary>
internal static class GluedLabels
{
    /// <summary>Each label with what its value starts with: an ID or ARC with its letter, a phone with a digit.</summary>
    private static readonly (string Label, CharKind Value)[] Labels =
    {
        ("MOBILE", CharKind.Digit), ("PHONE", CharKind.Digit), ("CELL", CharKind.Digit), ("TEL", CharKind.Digit),
        ("MOB", CharKind.Digit), ("FAX", CharKind.Digit), ("IDNO", CharKind.Letter), ("ARC", CharKind.Letter),
        ("UID", CharKind.Letter), ("ID", CharKind.Letter),
    };

    /// <summary>Fewest letters and digits after the label (an ID or ARC has ten, a local number seven or eight).</summary>
    private const int MinValue = 7;

    /// <summary>
    /// Fewest after a label whose value starts with a letter: an ID's or ARC's ten. "IDO263l26o" is an old certificate (area
    /// I, D) with its first digit typed as O, not ID and eight characters.
    /// </summary>
    private const int MinLetterValue = 10;

    // The labels' first two letters, one bit per pair (first × 26 + second): most words that start a chain start no label.
    private static readonly ulong[] Openings = OpeningsOf();
    private static readonly int ShortestLabel = ShortestOf();

    /// <summary>
    /// The length of a label glued to a value at <paramref name="start"/>, or 0: the label in any case, then at least seven
    /// letters and digits (separators and invisible characters between them allowed: "IDK 1 5 1…", "IDI-145…"), an ID or
    /// ARC starting with its letter, a phone with a digit or a plus. "ID12345678" stays whole: that is an old ARC.
    /// A name in mixed case typed onto a value counts as such a label (<see cref="GluedNames"/>).
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int start)
    {
        // Labels and names both open with a Latin letter (ı and ſ fold to one): most tokens (digits, numerals) stop here,
        // before a call whose stack buffer costs more than the test.
        if ((uint)(Scoring.TextSignature.Fold(text[start]) - 'a') > 'z' - 'a') return 0;
        return LabelLengthAt(text, start) is int label and > 0 ? label : GluedNames.LengthAt(text, start);
    }

    private static int LabelLengthAt(ReadOnlySpan<char> text, int start)
    {
        if (start + ShortestLabel + MinValue > text.Length || !OpensALabel(text[start], text[start + 1])) return 0;
        foreach (var (label, value) in Labels)
        {
            int end = start + label.Length;
            if (end + MinValue > text.Length || !text.Slice(start, label.Length).Equals(label.AsSpan(), StringComparison.OrdinalIgnoreCase)) continue;
            // "TEL+886 912…": a phone label before the plus of an international number.
            if (value == CharKind.Digit && text[end] == '+') return label.Length;
            var kind = CharFolding.KindOf(text[end]);
            if (kind != value) return 0;
            int count = 0, between = 0, needed = value == CharKind.Letter ? MinLetterValue : MinValue;
            for (int i = end; i < text.Length && count < needed; i++)
            {
                kind = CharFolding.KindOf(text[i]);
                if (kind is CharKind.Digit or CharKind.Letter || text[i] == '|' && BarDigits.ReadsAsOne(text, i)) // IDJ|2345678
                {
                    count++;
                    between = 0;
                }
                else if (kind is not (CharKind.Separator or CharKind.Invisible) || ++between > 2) break;
            }
            return count >= needed ? label.Length : 0;
        }
        return 0;
    }

    // Whether a label may start with these two characters, folded as the ignore-case comparison folds them (ı and ſ too).
    private static bool OpensALabel(char first, char second)
    {
        int a = Scoring.TextSignature.Fold(first) - 'a', b = Scoring.TextSignature.Fold(second) - 'a';
        if ((uint)a >= 26 || (uint)b >= 26) return false;
        int pair = a * 26 + b;
        return (Openings[pair >> 6] & (1UL << pair)) != 0;
    }

    private static ulong[] OpeningsOf()
    {
        var openings = new ulong[(26 * 26 + 63) / 64];
        foreach (var (label, _) in Labels)
        {
            int pair = (char.ToLowerInvariant(label[0]) - 'a') * 26 + (char.ToLowerInvariant(label[1]) - 'a');
            openings[pair >> 6] |= 1UL << pair;
        }
        return openings;
    }

    private static int ShortestOf()
    {
        int shortest = int.MaxValue;
        foreach (var (label, _) in Labels) shortest = Math.Min(shortest, label.Length);
        return shortest;
    }
}
