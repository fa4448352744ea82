namespace DataGuard.Detection.Normalization;

/// <summary>
/// Letters typed in place of digits (O for 0, I and l for 1, inside a number B for 8 and S for 5: A242O6423O, Hl4l643O27,
/// O912-345-678, O94B B77642; and where a checksum guards the reading, the OCR set of <see cref="AsDigitOcr(char, bool)"/>). Read as digits only
/// where a recognizer expects a digit, and recorded as a homoglyph evasion.
/// </summary>
internal static class DigitLookalikes
{
    /// <summary>
    /// The most letters one value may type for its digits (every 0 and 1 of an ID: PlllO68351, ElO36lOl74; sets U1 and
    /// U2): at least four of an ID's or certificate's digits stay digits, and the checksum must pass.
    /// </summary>
    public const int MostInOneValue = 5;

    /// <summary>The digit a folded letter passes for, or the character itself.</summary>
    public static char AsDigit(char c) => c switch { 'O' => '0', 'I' or 'L' => '1', _ => c };

    /// <summary>
    /// <see cref="AsDigit"/>, and B for 8 and S for 5 (S2S795117S, O94B B77642): only inside a number, never as its first
    /// digit, where a letter is as often a code's (AB12345678 is an e-invoice number, not the certificate A812345678).
    /// </summary>
    public static char AsDigitInside(char c) => c switch { 'B' => '8', 'S' => '5', _ => AsDigit(c) };

    /// <summary>
    /// The most letters one value may type for its digits from the OCR set alone (<see cref="AsDigitOcr(char, bool)"/>): with the
    /// value's own letters they stay within what a chain reads (<see cref="ChainReader"/>).
    /// </summary>
    public const int MostOcrInOneValue = 3;

    /// <summary>
    /// <see cref="AsDigitInside"/>, and what an OCR pass or a hurried typist puts for a digit besides: D and Q for 0, Z and z
    /// for 2, G and a lower-case b for 6, T for 7, a lower-case g or q for 9 (E1O2TZ6b71, C2D9g5T4Q6). The case decides
    /// where it differs: b is 6 and B 8, g is 9 and G 6, q is 9 and Q 0. Read only inside the serial of a value a checksum
    /// guards (IDs, certificates, cards) and in a plate's digit group, which needs plate context; never as a first digit.
    /// </summary>
    public static char AsDigitOcr(char folded, bool lower) => (folded, lower) switch
    {
        ('B', true) => '6',
        ('G', true) or ('Q', true) => '9',
        ('D', false) or ('Q', false) => '0',
        ('Z', _) => '2',
        ('G', false) => '6',
        ('T', false) => '7',
        _ => AsDigitInside(folded),
    };

    /// <summary><see cref="AsDigitOcr(char, bool)"/> of chain character <paramref name="i"/>, its case read from its flags.</summary>
    public static char AsDigitOcr(in Chain chain, int i) => AsDigitOcr(chain.Chars[i], (chain.Flags[i] & (byte)Evasions.LowerCase) != 0);

    /// <summary>
    /// Chain character <paramref name="i"/> of a number read digit for digit (a phone number), whose first digit is at
    /// <paramref name="first"/>: that one as <see cref="AsDigit"/>, the others as <see cref="AsDigitOcr(in Chain, int)"/>.
    /// Scanned and hurriedly typed phone numbers take the whole OCR set as IDs do (0Z-3B61-47O8, 09T6-2Z5-81q); the
    /// numbering plan and a cap on the letters guard the reading where IDs have their checksum.
    /// </summary>
    public static char AsNumberDigit(in Chain chain, int i, int first) => i == first ? AsDigit(chain.Chars[i]) : AsDigitOcr(chain, i);

    /// <summary>Whether <paramref name="c"/> passes for a digit only in the OCR set (not as O, I, L, B or S do).</summary>
    public static bool IsOcrOnly(char c, char digit) => digit != c && AsDigitInside(c) == c;

    /// <summary>
    /// Copies the first <paramref name="count"/> chain characters into <paramref name="view"/>, reading look-alike letters
    /// as digits from <paramref name="digitsFrom"/> on; returns how many were read that way. The first digit takes the OCR
    /// set too (HZ…, Cg9…, DDB…: a scanned form's sex or form digit, set U8): the checksum guards it as the serial's, and
    /// <see cref="StartsCode"/> asks for a label where a capital is the only letter read.
    /// </summary>
    public static int Read(in Chain chain, int count, int digitsFrom, Span<char> view)
    {
        int swapped = 0, ocr = 0;
        for (int i = 0; i < count; i++)
        {
            char c = chain.Chars[i];
            view[i] = i >= digitsFrom ? AsDigitOcr(chain, i) : c;
            // Past the most OCR letters one value may hold, the letter stays a letter and the value is no number.
            if (IsOcrOnly(c, view[i]) && ++ocr > MostOcrInOneValue) view[i] = c;
            if (view[i] != c) swapped++;
        }
        return swapped;
    }

    /// <summary>
    /// Whether the look-alikes read as digits in the first <paramref name="count"/> characters are the letters of a word:
    /// one glued to a lower-case letter that passes for no digit ("Call (206) 831…", "Bill 234567": the l of an English
    /// word, not a 1 in disguise), or a run of them glued to the value's letter and ending at a gap ("Flo 2345678",
    /// "BILL 234567"). A disguised value mixes them with capitals and digits, in runs too: Hl4l643O27, Rl8lOO4734.
    /// </summary>
    public static bool InWord(in Chain chain, int count, int digitsFrom)
    {
        if (RunEndsAtGap(chain, count, digitsFrom)) return true;
        for (int i = Math.Max(1, digitsFrom); i < count; i++)
        {
            if (AsDigitOcr(chain, i) == chain.Chars[i] || chain.Gaps[i] > 0) continue;
            if ((chain.Flags[i] & chain.Flags[i - 1] & (byte)Evasions.LowerCase) != 0 && IsWordLetter(chain.Chars[i - 1])
                && !AmongDigits(chain, i, count)) return true;
        }
        return false;
    }

    /// <summary>
    /// Round 43 (set U46: (+886)9bll46432): whether the look-alike at <paramref name="i"/> lies in a run of look-alikes glued
    /// between two digits of the value — a disguise inside the digit run, not a word's letters (a word has no digit glued
    /// before it: Bill 234567, Call (206)…).
    /// </summary>
    private static bool AmongDigits(in Chain chain, int i, int count)
    {
        int from = i, to = i;
        while (from > 0 && chain.Gaps[from] == 0 && IsLookalikeAt(chain, from - 1)) from--;
        while (to + 1 < count && chain.Gaps[to + 1] == 0 && IsLookalikeAt(chain, to + 1)) to++;
        return from > 0 && chain.Gaps[from] == 0 && (uint)(chain.Chars[from - 1] - '0') <= 9
               && to + 1 < count && chain.Gaps[to + 1] == 0 && (uint)(chain.Chars[to + 1] - '0') <= 9;
    }

    /// <summary>
    /// Round 43 (set U46): whether the letter at <paramref name="k"/> of a group read after a mark or a pause (the group from
    /// <paramref name="groupStart"/>) is a look-alike typed inside its digits — glued after a digit of the group, its run of
    /// look-alikes ending at a digit, a gap or the chain's end (0939=69B=737, 0939=597-39Z), or opening the group with one or
    /// two look-alikes and a digit glued after them (0930=l44-376) — not a word after the group (… 對 624，email; 624ok;
    /// 0980then121; 2345 678 Bill: no digit after it).
    /// </summary>
    public static bool TypedInGroup(in Chain chain, int k, int groupStart)
    {
        if (k < groupStart || !IsLookalikeAt(chain, k)) return false;
        int from = k, to = k;
        while (from > groupStart && chain.Gaps[from] == 0 && IsLookalikeAt(chain, from - 1)) from--;
        while (to + 1 < chain.Length && chain.Gaps[to + 1] == 0 && IsLookalikeAt(chain, to + 1)) to++;
        bool digitAfter = to + 1 < chain.Length && chain.Gaps[to + 1] == 0 && (uint)(chain.Chars[to + 1] - '0') <= 9;
        if (from == groupStart) return digitAfter && to - from < 2;
        if (chain.Gaps[from] != 0 || (uint)(chain.Chars[from - 1] - '0') > 9) return false;
        return digitAfter || to + 1 == chain.Length || chain.Gaps[to + 1] != 0;
    }

    private static bool IsLookalikeAt(in Chain chain, int i) =>
        (uint)(chain.Chars[i] - '0') > 9 && (uint)(AsDigitOcr(chain, i) - '0') <= 9;

    /// <summary>
    /// "AL12345678", "BL1234567", "AZ12345678", "ABD1234567": a capital letter other than O as the first digit, the only
    /// letter typed for one, is how e-invoice numbers (two letters, eight digits) and serial and part codes (three letters,
    /// seven digits) start, far more often than a disguised ID or certificate; such a reading needs a label.
    /// </summary>
    public static bool StartsCode(in Chain chain, int lookalikes, int digitsFrom) =>
        lookalikes == 1 && (uint)(chain.Chars[digitsFrom] - 'A') <= 'Z' - 'A' && chain.Chars[digitsFrom] != 'O'
        && (chain.Flags[digitsFrom] & (byte)Evasions.LowerCase) == 0 && !LettersDisguised(chain, digitsFrom);

    /// <summary>
    /// Round 35 (categories of set U28): the value's own letters typed in another script's look-alikes (ХАI52…, a Cyrillic Х
    /// and А): no code is written so; the capital read as a digit is a second disguise, as a look-alike digit is.
    /// </summary>
    private static bool LettersDisguised(in Chain chain, int digitsFrom)
    {
        for (int i = 0; i < digitsFrom; i++) if ((chain.Flags[i] & (byte)Evasions.Homoglyph) != 0) return true;
        return false;
    }

    // A lower-case letter of a word: one that passes for no digit (a lower-case i is no disguised 1 either).
    private static bool IsWordLetter(char folded) => folded is not ('O' or 'L');

    // Look-alike letters glued to the value's letter, up to a gap with no digit among them.
    private static bool RunEndsAtGap(in Chain chain, int count, int digitsFrom)
    {
        if (digitsFrom >= count || chain.Gaps[digitsFrom] > 0) return false;
        int i = digitsFrom;
        while (i < count && (uint)(chain.Chars[i] - 'A') <= 25 && (i == digitsFrom || chain.Gaps[i] == 0)) i++;
        return i > digitsFrom && i < count && chain.Gaps[i] > 0;
    }

    /// <summary>True when every character in [from, to) of <paramref name="view"/> is a digit.</summary>
    public static bool AllDigits(ReadOnlySpan<char> view, int from, int to)
    {
        if (to > view.Length) return false;
        for (int i = from; i < to; i++) if ((uint)(view[i] - '0') > 9) return false;
        return true;
    }
}
