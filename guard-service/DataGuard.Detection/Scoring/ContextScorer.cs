using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Scoring;

/// <summary>Turns a recognizer's base score into a final score using the words around the value.</summary>
internal static class ContextScorer
{
    /// <summary>
    /// Final score (0–1, two decimals) for a value at [<paramref name="start"/>, <paramref name="end"/>) whose own evidence
    /// (format, checksum) is worth <paramref name="baseScore"/>. Returns early when the threshold cannot be reached.
    /// The windows are searched through <paramref name="words"/>, the scan's <see cref="ContextWordIndex"/>.
    /// </summary>
    public static double Score(ReadOnlySpan<char> text, int start, int end, ContextProfile profile, double baseScore, int window, double threshold, ContextWordIndex words)
    {
        double score = baseScore;
        if (CannotReach(score, profile, threshold)) return Clamp(score); // a label could only lower it further
        if (profile.Negative.Length > 0 && IsLabelled(text, start, profile, words))
        {
            score -= profile.NegativePenalty;
            if (profile.LabelDominates) return Clamp(score);
        }
        if (score >= 1.0 || score + profile.StrongBoost < threshold - 1e-9) return Clamp(score);

        int leftStart = Math.Max(0, start - window);
        int rightEnd = end + Math.Min(text.Length - end, window);
        if (words.AnyIn(profile.StrongListId, profile.Strong, text, leftStart, start) || words.AnyIn(profile.StrongListId, profile.Strong, text, end, rightEnd))
            score += profile.StrongBoost;
        else if (WeakCanReach(score, profile.WeakBoost, threshold)
                 && (words.AnyIn(profile.WeakListId, profile.Weak, text, leftStart, start) || words.AnyIn(profile.WeakListId, profile.Weak, text, end, rightEnd)))
            score += profile.WeakBoost;
        return Clamp(score);
    }

    /// <summary>
    /// Whether the value at <paramref name="start"/> carries one of <paramref name="labels"/>: a label within
    /// <paramref name="reach"/> characters before it, in the same clause, with no other number in between
    /// ("帳號：123，電話0912…" labels 123, not the phone).
    /// </summary>
    public static bool IsLabelled(ReadOnlySpan<char> text, int start, ContextWord[] labels, int reach, bool acrossValues = false)
    {
        int from = LabelStart(text, start, reach, acrossValues);
        return from < start && ContextWord.AnyIn(labels, text.Slice(from, start - from));
    }

    /// <summary>
    /// <see cref="IsLabelled(ReadOnlySpan{char}, int, ContextWord[], int, bool)"/> for labels registered as a list of the
    /// one-pass vocabulary (<paramref name="listId"/>): in a prompt the answer is read from the pass's occurrences (none
    /// anywhere: no clause is read at all) instead of searching the window for each label.
    /// </summary>
    public static bool IsLabelled(ReadOnlySpan<char> text, int start, ContextWord[] labels, int listId, int reach)
    {
        if (ContextWordIndex.TryOccursInScannedText(listId, text, out bool occurs) && !occurs) return false;
        int from = LabelStart(text, start, reach, acrossValues: false);
        if (!ContextWordIndex.TryAnyInScannedText(listId, text, from, start, out bool found))
            return from < start && ContextWord.AnyIn(labels, text.Slice(from, start - from));
#if DEBUG
        if (found != IsLabelled(text, start, labels, reach)) throw new InvalidOperationException("The one-pass label answer differs from the window search");
#endif
        return found;
    }

    /// <summary><see cref="IsLabelled(ReadOnlySpan{char}, int, ContextWord[], int, bool)"/> for a list filed by first character (a long one).</summary>
    public static bool IsLabelled(ReadOnlySpan<char> text, int start, WordsByChar labels, int reach)
    {
        int from = LabelStart(text, start, reach, acrossValues: false);
        return from < start && labels.AnyIn(text.Slice(from, start - from));
    }

    private static bool IsLabelled(ReadOnlySpan<char> text, int start, ContextProfile profile, ContextWordIndex words)
    {
        int from = LabelStart(text, start, profile.NegativeWindow, profile.LabelReachesAcrossValues);
        return from < start && words.AnyIn(profile.NegativeListId, profile.Negative, text, from, start)
            && profile.NegativeReleasedBy?.Invoke(text, from, start) != true;
    }

    // Where the clause of the value at start begins, looking back at most reach chars. A label that reaches across values
    // still stops at a number in an earlier cell of the row ("04-2317755 分機215|6082-TK": 分機 labels 215, not the plate).
    private static int LabelStart(ReadOnlySpan<char> text, int start, int reach, bool acrossValues)
    {
        int from = start;
        int limit = Math.Max(0, start - reach);
        bool crossedCell = false;
        while (from > limit)
        {
            char c = text[from - 1];
            if (acrossValues ? c is '，' or '。' or '；' or ';' or '\n' or '\r' || crossedCell && (uint)(c - '0') <= 9 : IsClauseBreak(c) || (uint)(c - '0') <= 9) break;
            crossedCell |= CellBreaks.Is(c);
            from--;
        }
        return from;
    }

    /// <summary>
    /// Whether one of <paramref name="labels"/> ends right before <paramref name="start"/>, with at most a colon, spaces
    /// 是/為 or an opening quote or bracket in between ("市話：2345-6789", "市話\":\"2345 6789", not "電話費2345-6789").
    /// </summary>
    public static bool IsLabelledImmediately(ReadOnlySpan<char> text, int start, ContextWord[] labels)
    {
        int end = LabelEnd(text, start);
        return end > 0 && (EndsWithLabel(text, end, labels) || KeyEndsWithLabel(text, end, labels));
    }

    private static bool EndsWithLabel(ReadOnlySpan<char> text, int end, ContextWord[] labels)
    {
        int last = TextSignature.Fold(text[end - 1]); // folded once, not once per label
        foreach (var label in labels)
        {
            if (WordsByChar.MayMatchFolded(label.LastChar, last) && EndsAt(text, end, label)) return true;
        }
        return false;
    }

    // A program's key ending in a qualifier (plateNo, mobile_no): the label ends before it (ProgramKey).
    private static bool KeyEndsWithLabel(ReadOnlySpan<char> text, int end, ContextWord[] labels)
    {
        int keyEnd = AsciiChars.IsLetter(text[end - 1]) ? ProgramKey.BeforeQualifier(text, end) : -1;
        return keyEnd > 0 && EndsWithLabel(text, keyEnd, labels);
    }

    /// <summary>
    /// <see cref="IsLabelledImmediately(ReadOnlySpan{char}, int, ContextWord[])"/> for a list filed by last character: only
    /// the labels that may end with the character before the value are compared, not every label's last character.
    /// </summary>
    public static bool IsLabelledImmediately(ReadOnlySpan<char> text, int start, WordsByChar labels)
    {
        int end = LabelEnd(text, start);
        bool found = end > 0 && (EndsWithLabel(text, end, labels) || KeyEndsWithLabel(text, end, labels.Words));
#if DEBUG
        if (found != IsLabelledImmediately(text, start, labels.Words)) throw new InvalidOperationException("The filed immediate-label search differs from the label-by-label one");
#endif
        return found;
    }

    private static bool EndsWithLabel(ReadOnlySpan<char> text, int end, WordsByChar labels)
    {
        if (!labels.MayHave(text[end - 1])) return false;
        int last = TextSignature.Fold(text[end - 1]);
        foreach (var (w, folded) in labels.At(text[end - 1]))
        {
            if (WordsByChar.MayMatchFolded(folded, last) && EndsAt(text, end, labels.Word(w))) return true;
        }
        return false;
    }

    // Where a label right before the value at start must end: before the colons, spaces, quotes and brackets between them
    // and an English " is" ("Phone is 2345 6789"); 0 when nothing can stand there.
    private static int LabelEnd(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        // (a key's = and an XML tag's > too: plate_no = '…', <CarPlate>…; and a form's bar between its key and value, 住家電話｜…)
        while (end > 0 && start - end < 5 && text[end - 1] is ':' or '：' or ' ' or '\u3000' or '是' or '為' or '"' or '\'' or '(' or '（'
                   or '「' or '[' or '{' or '<' or '`' or '*' or '=' or '>' or '｜') end--;
        // compared only after an s, as the ignore-case comparison folds it: most labels end otherwise
        if (end >= 3 && TextSignature.Fold(text[end - 1]) == 's' && text.Slice(end - 3, 3).Equals(" is".AsSpan(), StringComparison.OrdinalIgnoreCase)) end -= 3;
        return end;
    }

    // Whether label ends at end, not as the tail of an English word ("Hotel 2345678" holds no Tel).
    private static bool EndsAt(ReadOnlySpan<char> text, int end, ContextWord label)
    {
        int from = end - label.Text.Length;
        if (from < 0) return false;
        var slice = text.Slice(from, label.Text.Length);
        if (label.IsCaseless) return slice.SequenceEqual(label.Text.AsSpan());
        // The last characters first: the runtime's ignore-case comparison takes its slow path on any non-ASCII text, and
        // the character before a value is most often a CJK one, which equals no label's last character but itself.
        if (DifferIgnoringCase(slice[slice.Length - 1], label.Text[label.Text.Length - 1]))
        {
#if DEBUG
            if (slice.Equals(label.Text.AsSpan(), StringComparison.OrdinalIgnoreCase)) throw new InvalidOperationException("DifferIgnoringCase turned down an equal label");
#endif
            return false;
        }
        return slice.Equals(label.Text.AsSpan(), StringComparison.OrdinalIgnoreCase) && !(label.IsAscii && from > 0 && AsciiChars.IsLetter(text[from - 1]) && !StartsCamelCaseWord(text, from));
    }

    // "motoPlate", "homeTel": a capital after a small letter starts a word of a camel-case key.
    private static bool StartsCamelCaseWord(ReadOnlySpan<char> text, int from) => text[from] is >= 'A' and <= 'Z' && text[from - 1] is >= 'a' and <= 'z';

    // Whether two characters are certainly unequal under ordinal ignore-case comparison: a CJK character (symbol, kana,
    // ideograph) has no case variant and equals only itself; an ASCII one equals another character when their folds
    // are equal (TextSignature.Fold: ı and ſ are the only others it equals). Two other characters are left to the
    // runtime's comparison (false).
    private static bool DifferIgnoringCase(char a, char b)
    {
        if (a == b) return false;
        if (IsCjk(a) || IsCjk(b)) return true;
        return (a < 128 || b < 128) && TextSignature.Fold(a) != TextSignature.Fold(b);
    }

    private static bool IsCjk(char c) => c >= '\u3000' && c <= '\u9FFF';

    private static bool IsClauseBreak(char c) =>
        c is '，' or '。' or '；' or ';' or '\n' or '\r' or '、' or '！' or '？' or '!' or '?' or '|' or '\t';

    // Below the threshold even with a strong word, and a negative label would only lower it: the caller drops the value.
    private static bool CannotReach(double score, ContextProfile profile, double threshold) =>
        profile.NegativePenalty >= 0 && profile.StrongBoost >= 0 && score + profile.StrongBoost < threshold - 1e-9
        && Clamp(score) < threshold - 1e-9;

    // A weak word that cannot lift the value to its threshold leaves it below either way (the caller drops the value,
    // whatever its score), so its windows are not searched.
    private static bool WeakCanReach(double score, double weakBoost, double threshold) =>
        weakBoost < 0 || Clamp(score + weakBoost) >= threshold - 1e-9;

    private static double Clamp(double score) => Math.Round(Math.Max(0, Math.Min(1, score)), 2);
}
