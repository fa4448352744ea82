namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 37 (categories of sets U31, U32): a value of any type typed backwards beside a note saying so (身分證倒過來寫是 …，
/// 手機號碼從後面念回來：…, 信箱倒著寫：…，從右往左讀, 信用卡 …（從後面念）) is turned round in the second reading of the text
/// (<see cref="HomophoneReading"/>), so every recognizer reads it forwards and validates it as usual (checksum, numbering
/// plan, Luhn, an address's domain). The run turned round is the text between the note and the clause mark beyond it — at
/// most <see cref="MaxRun"/> characters, holding at least <see cref="MinAlphanumerics"/> letters and digits — so a county
/// written after a reversed ID (…A個那市北臺) and a plus after a reversed phone (…八八+) are turned round with it.
/// </summary>
internal static class ReversedRuns
{
    /// <summary>Longest run turned round: a card with its spaces, an address, an ID with its county.</summary>
    private const int MaxRun = 48;

    /// <summary>Fewest letters and digits in a run: a plate's five; a shorter run is no value.</summary>
    private const int MinAlphanumerics = 5;

    /// <summary>Most characters between a note and the value after it: the note's verb and a colon (倒過來寫是 , 念回來：).</summary>
    private const int MaxLeadIn = 5;

    /// <summary>
    /// Turns round the run beside the note that starts at <paramref name="at"/> (if one does) in <paramref name="rewritten"/>,
    /// recording its span in <paramref name="runs"/>. A run is turned round once, whether a note stands before it, after it
    /// or both.
    /// </summary>
    public static void RewriteAt(string text, int at, ref char[]? rewritten, ref List<(int Start, int End)>? runs)
    {
        var span = text.AsSpan();
        int note = ReversalNotes.WordLengthAt(span, at);
        if (note > 0 && TryRunBeside(span, at, note, out int start, out int end)) Reverse(text, start, end, ref rewritten, ref runs);
    }

    /// <summary>
    /// The run a note of <paramref name="length"/> characters at <paramref name="at"/> speaks of: after it, before it, or after
    /// a colon further on in its clause. Shared with the notes of digits shifted by one (<see cref="DigitShiftNotes"/>, round 41).
    /// </summary>
    internal static bool TryRunBeside(ReadOnlySpan<char> text, int at, int length, out int start, out int end) =>
        TryRunAfter(text, at + length, out start, out end) || TryRunBefore(text, at, out start, out end)
        || TryRunAfterColon(text, at + length, out start, out end);

    /// <summary>Most characters between a note and a colon that opens its value in the next clause.</summary>
    private const int MaxColonReach = 20;

    // Round 38 (categories of sets U33, U34): "我用倒著寫的，避免被過濾：…" — the note, a clause saying why, then a colon
    // and the value; the colon must stand in the same sentence, within reach.
    private static bool TryRunAfterColon(ReadOnlySpan<char> text, int from, out int start, out int end)
    {
        (start, end) = (from, from);
        for (int i = from; i < text.Length && i - from < MaxColonReach && text[i] is not ('。' or '\n' or '\r' or '；'); i++)
        {
            if (text[i] is '：' or ':') return TryRunAfter(text, i + 1, out start, out end);
        }
        return false;
    }

    // "倒過來寫是 172…K，": past the note's verb (Han characters that are no digits) and a colon or space, to the clause mark.
    private static bool TryRunAfter(ReadOnlySpan<char> text, int from, out int start, out int end)
    {
        int i = from;
        // Round 38 (categories of sets U33, U34): a sound-alike digit typed first (倒著寫是吧3…) is the value's, not the verb's.
        while (i < text.Length && i - from < MaxLeadIn && (IsLeadIn(text[i]) || CharFolding.IsHan(text[i]) && !IsValueChar(text[i]) && HomophoneDigits.DigitOf(text[i]) is null)) i++;
        start = i;
        end = i;
        if (i == from && i < text.Length && CharFolding.IsHan(text[i])) return false;
        while (end < text.Length && end - start < MaxRun && !EndsRun(text[end])) end++;
        return Trimmed(text, ref start, ref end);
    }

    // "2614 0180 3243 5737（從後面念）", "moc.…，從右往左讀": back over the marks before the note, then to the clause mark before the run.
    private static bool TryRunBefore(ReadOnlySpan<char> text, int noteStart, out int start, out int end)
    {
        end = NoteOpening(text, noteStart);
        int marksEnd = end;
        while (end > 0 && marksEnd - end < ReversalNotes.MaxMarks && ReversalNotes.IsMark(text[end - 1])) end--;
        start = end;
        while (start > 0 && end - start < MaxRun && !EndsRun(text[start - 1])) start--;
        // 信用卡2607…: the words before the value are no part of it (a county after an ID is: it ends the written run)
        while (start < end && (IsLeadIn(text[start]) || CharFolding.IsHan(text[start]) && !IsValueChar(text[start]))) start++;
        return Trimmed(text, ref start, ref end);
    }

    // "…（用倒的寫）", "…（我倒寫的）" (Round 38, categories of set U34): up to two Han characters of the note's verb may open
    // the brackets before its word; where they do, the note starts at them.
    private static int NoteOpening(ReadOnlySpan<char> text, int noteStart)
    {
        int lead = noteStart;
        while (lead > 0 && noteStart - lead < ReversalNotes.MaxVerb && CharFolding.IsHan(text[lead - 1]) && !IsValueChar(text[lead - 1])) lead--;
        return lead < noteStart && lead > 0 && ReversalNotes.IsMark(text[lead - 1]) ? lead : noteStart;
    }

    private static bool Trimmed(ReadOnlySpan<char> text, ref int start, ref int end)
    {
        while (end > start && text[end - 1] is ' ' or '\u3000' or '\t') end--;
        int alphanumerics = 0;
        for (int k = start; k < end; k++) alphanumerics += IsValueChar(text[k]) ? 1 : 0;
        return alphanumerics >= MinAlphanumerics;
    }

    private static void Reverse(string text, int start, int end, ref char[]? rewritten, ref List<(int Start, int End)>? runs)
    {
        runs ??= new List<(int Start, int End)>();
        if (runs.Count > 0 && runs[runs.Count - 1].End > start) return; // turned round already, from its other note
        rewritten ??= text.ToCharArray();
        Array.Reverse(rewritten, start, end - start);
        // a character outside the BMP (𝟜) keeps its two halves in order
        for (int k = start; k + 1 < end; k++)
        {
            if (char.IsLowSurrogate(rewritten[k]) && char.IsHighSurrogate(rewritten[k + 1]))
            {
                (rewritten[k], rewritten[k + 1]) = (rewritten[k + 1], rewritten[k]);
                k++;
            }
        }
        runs.Add((start, end));
    }

    private static bool IsValueChar(char c) => CharFolding.KindOf(c) is CharKind.Digit or CharKind.Letter || char.IsSurrogate(c);

    // Round 41: an opening double quote too (就是原號碼："…"): the closing one ends the run.
    private static bool IsLeadIn(char c) => c is ' ' or '\u3000' or '：' or ':' or '「' or '【' or '[' or '→' or '"' or '“';

    // A clause mark or a line break ends a run; the marks inside a value (- . @ + _ : /) do not.
    private static bool EndsRun(char c) =>
        c is '，' or '。' or '；' or ';' or '、' or ',' or '（' or '(' or '）' or ')' or '「' or '」' or '【' or '】' or '！' or '？' or '!' or '?' or '\n' or '\r' or '"' or '“' or '”';
}
