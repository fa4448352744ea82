using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Whether an ID or certificate reading whose checksum failed is still reported. A mistyped ID points at a person when an
/// ID word names that value: its label earlier in its clause (身分證字號疑似誤植為…, 證號：…、…), an ID word right after it
/// (…（身分證）), the header of its column or the key of its field (national_id: …, &lt;id_no&gt;…, round 47) — and its
/// sentence does not disown it (<see cref="DisownedNumbers"/>). An ID word anywhere else in the context window names
/// another value or none: record, slip and file numbers (紀錄表編號…, 檔號…) a sentence or a clause away from 身分證 are no
/// one's (round 26).
/// </summary>
internal static class MistypedId
{
    /// <summary>How far before the value its label is looked for, across other values of the clause.</summary>
    private const int LabelReach = 24;

    /// <summary>How far after the value an ID word naming it may start (" (身分證)", "，身分證字號").</summary>
    private const int NameAfterReach = 4;

    /// <summary>
    /// The base score of a wrong-checksum reading that <see cref="Stays"/>: a field's name (national_id, id_no) raises it to
    /// <see cref="NamedScore"/> directly, as the context scorer reads no such name.
    /// </summary>
    public static double ScoreOf(ReadOnlySpan<char> text, int start, int end, double invalidScore, ContextWord[] idWords) =>
        IdFieldNames.NameTheField(text, start, end, idWords) ? Math.Max(invalidScore, NamedScore) : invalidScore;

    /// <summary>Whether the wrong-checksum reading at [<paramref name="start"/>, <paramref name="end"/>) is still reported.</summary>
    public static bool Stays(ReadOnlySpan<char> text, int start, int end, ContextWord[] idWords) =>
        IsNamed(text, start, end, idWords) && !DisownedNumbers.Say(text, start, end);

    /// <summary>What a mistyped value scores when its label names it (0.30 + strong context 0.30): the same for one sent alone or named by its field.</summary>
    internal const double NamedScore = 0.6;

    /// <summary>
    /// Round 47 (set U56): whether the wrong-checksum reading is the one code of its chat message ("09:06⇥大雄⇥這支 A9…",
    /// "[27.03.24 21:00] 張警員: U8…") in a chat whose other messages pass a valid ID, ARC or mobile: the chat is passing a
    /// person's details, so the message names the value as its label would (reported at <see cref="NamedScore"/>).
    /// </summary>
    public static bool SentAloneInChat(ReadOnlySpan<char> text, int start, int end) =>
        PersonRecord.SentInChatOfIdentifiers(text, start, end) && !DisownedNumbers.Say(text, start, end);

    private static bool IsNamed(ReadOnlySpan<char> text, int start, int end, ContextWord[] idWords) =>
        ContextScorer.IsLabelled(text, start, idWords, LabelReach, acrossValues: true)
        || IsNamedAfter(text, end, idWords)
        || ScannedAreaLetter.IsUnderIdColumn(text, start, end, idWords)
        || IdFieldNames.NameTheKeyBefore(text, start, idWords);

    // An ID word starting right after the value, past spaces and an opening bracket, that names it: "…（身分證）".
    private static bool IsNamedAfter(ReadOnlySpan<char> text, int end, ContextWord[] idWords)
    {
        int from = end;
        while (from < text.Length && from - end < NameAfterReach && text[from] is ' ' or '\u3000' or '(' or '（' or '[' or '【') from++;
        if (from == text.Length) return false;
        foreach (var word in idWords)
        {
            if (text.Slice(from).StartsWith(word.Text.AsSpan(), StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
