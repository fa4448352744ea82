namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 32 (categories of sets U23, U24): a correction the writer left visible inside a value, read as corrected. A
/// wrong character followed by a deletion mark — a backspace typed as "&lt;" or "←", "(x)", "（刪）" — is dropped with
/// its mark (0912345&lt;6678 reads 0912346678); a character an OCR pass misread, followed by the right one in brackets
/// ("B［8］", "?[7]", "O(0)"), is replaced by it. <see cref="TransportEscapes"/> calls <see cref="LengthAt"/> at the
/// wrong character, so the decoded text maps each finding back over the correction.
/// </summary>
internal static class Corrections
{
    /// <summary>
    /// Marks that delete the character before them. "&lt;" and "←" only between digits (a comparison "i&lt;5" or an
    /// arrow in an instruction has a word on one side); the written marks between letters or digits.
    /// </summary>
    private static readonly string[] DeletionMarks =
    {
        "<", "←", "(x)", "(X)", "（x）", "（X）", "(刪)", "（刪）", "(删)", "（删）",
    };

    /// <summary>The characters a correction's mark starts with: what the scanner searches for.</summary>
    internal const string MarkStarts = "<←(（[［";

    /// <summary>The fewest letters and digits a corrected value keeps around a deletion: a local number's eight.</summary>
    private const int MinValueChars = 8;

    /// <summary>How far either side of a deletion the value's letters and digits are counted (a card's nineteen).</summary>
    private const int MaxValueChars = 19;

    /// <summary>
    /// The length of the correction that starts with the wrong character at <paramref name="i"/> (the character and its
    /// mark), and the character that stands in its place: the bracketed one, or <see cref="TransportEscapes.Dropped"/>.
    /// 0 when no correction starts there.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int i, out char value)
    {
        value = TransportEscapes.Dropped;
        if (i + 1 >= text.Length || text[i] is not ('?' or '？') && !CharFolding.IsAlphanumeric(text[i])) return 0; // 說明（…）: a word before a bracket
        if (MarkStarts.IndexOf(text[i + 1]) < 0 || TrunkInBrackets.LengthAt(text, i + 1) > 0) return 0; // 886(0)9…: a trunk prefix, no retyped 6
        int deletion = DeletionLength(text, i);
        if (deletion > 0) return deletion;
        return Replacement(text, i, out value);
    }

    // "0912345<6678", "H2864513(x)702", "09371（刪）264518": a wrong letter or digit inside a value, then its mark.
    private static int DeletionLength(ReadOnlySpan<char> text, int i)
    {
        var rest = text.Slice(i + 1);
        foreach (var mark in DeletionMarks)
        {
            if (!rest.StartsWith(mark.AsSpan(), StringComparison.Ordinal)) continue;
            int after = i + 1 + mark.Length;
            bool arrow = mark.Length == 1;
            if (!IsValueChar(text, i, arrow) || i == 0 || !IsValueChar(text, i - 1, false) || after >= text.Length
                || !IsValueChar(text, after, arrow)) return 0;
            int kept = RunBefore(text, i) + RunAfter(text, after);
            return kept >= MinValueChars ? 1 + mark.Length : 0;
        }
        return 0;
    }

    // "09B[8]1", "0975-?［3］41", "P13592846?(1)": the misread character, then the right one in brackets. The misread one
    // is a question mark, or a letter read for a digit or a digit for a letter, glued to a digit of the value before it
    // (or to a group's separator after one): a list number (3(4), 第2[1]) has neither.
    // Round 34 (categories of sets U25, U26): a digit retyped as another digit (8[3]2, 1（7）7, 08-1[7]76) only with a digit
    // of the value glued after the bracket too — a footnote or list number (2023[1], 3(2)) ends there —, and a misread
    // character after a group's separator (0975-k[6]41, 04-Z（2）318) only inside a value of eight letters and digits.
    private static int Replacement(ReadOnlySpan<char> text, int i, out char value)
    {
        value = TransportEscapes.Dropped;
        if (i + 3 >= text.Length || ClosingOf(text[i + 1]) is not char close || text[i + 3] != close) return 0;
        var right = CharFolding.Fold(text[i + 2]);
        bool upper = right.Kind == CharKind.Letter && text[i + 2] is (>= 'A' and <= 'Z') or (>= 'Ａ' and <= 'Ｚ');
        if (right.Kind != CharKind.Digit && !upper) return 0;
        char wrong = text[i];
        bool unreadable = wrong is '?' or '？';
        var misread = CharFolding.Fold(wrong);
        if (!unreadable && misread.Kind is not (CharKind.Digit or CharKind.Letter)) return 0;
        bool retyped = !unreadable && misread.Kind == right.Kind;
        if (retyped && (right.Kind != CharKind.Digit || !IsDigitAt(text, i + 4))) return 0;
        bool afterDigit = FollowsValueDigit(text, i, unreadable);
        if (!afterDigit && !FollowsGroupSeparator(text, i)) return 0;
        if ((retyped || !afterDigit) && RunBefore(text, i) + 1 + RunAfter(text, i + 4) < MinValueChars) return 0;
        value = right.Value;
        return 4;
    }

    private static bool IsDigitAt(ReadOnlySpan<char> text, int at) => at < text.Length && CharFolding.KindOf(text[at]) == CharKind.Digit;

    // A group's space or hyphen right before the character, a digit before that (0975-k[6], 04-Z（2）).
    private static bool FollowsGroupSeparator(ReadOnlySpan<char> text, int i) =>
        i >= 2 && text[i - 1] is ' ' or '-' && CharFolding.KindOf(text[i - 2]) == CharKind.Digit;

    private static char? ClosingOf(char open) => open switch
    {
        '(' => ')',
        '（' => '）',
        '[' => ']',
        '［' => '］',
        _ => null,
    };

    // A digit right before the wrong character; before a question mark also a group's space or hyphen after a digit.
    private static bool FollowsValueDigit(ReadOnlySpan<char> text, int i, bool unreadable)
    {
        if (i == 0) return false;
        if (CharFolding.KindOf(text[i - 1]) == CharKind.Digit) return true;
        return unreadable && i >= 2 && text[i - 1] is ' ' or '-' && CharFolding.KindOf(text[i - 2]) == CharKind.Digit;
    }

    // Beside an arrow or '<' only a digit; beside a written mark a letter or digit.
    private static bool IsValueChar(ReadOnlySpan<char> text, int at, bool digitOnly)
    {
        var kind = CharFolding.KindOf(text[at]);
        return kind == CharKind.Digit || !digitOnly && kind == CharKind.Letter;
    }

    // The letters and digits of the value before the wrong character, across group separators (bounded).
    private static int RunBefore(ReadOnlySpan<char> text, int wrong) => CountValueChars(text, wrong - 1, -1);

    // The letters and digits of the value after the mark, across group separators (bounded).
    private static int RunAfter(ReadOnlySpan<char> text, int start) => CountValueChars(text, start, 1);

    /// <summary>Separators in a row between two of the value's groups ("(02) 2345", "555) 0104").</summary>
    private const int MaxGap = 2;

    private static int CountValueChars(ReadOnlySpan<char> text, int from, int step)
    {
        int count = 0, gap = 0;
        for (int k = from; k >= 0 && k < text.Length && count < MaxValueChars; k += step)
        {
            if (CharFolding.IsAlphanumeric(text[k])) (count, gap) = (count + 1, 0);
            else if (CharFolding.KindOf(text[k]) == CharKind.Separator && ++gap <= MaxGap) continue;
            else break;
        }
        return count;
    }
}
