using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 47 (det-code47): names that a table's header or a program's key gives a field of national IDs or resident
/// certificates (id_no, national_id, idNumber, 統一編號, arc_no, resident_cert…). Such a field names its value as a label
/// does, so a mistyped ID in it still points at a person (<see cref="MistypedId"/>). The whole name must be one of them:
/// log_id, order_id, case_id and 案號 name other records' numbers.
/// </summary>
internal static class IdFieldNames
{
    /// <summary>Whole names, folded to lower case without '_', '-', '.' and spaces (national_id → nationalid).</summary>
    private static readonly string[] FoldedNames =
    {
        "id", "idno", "idnumber", "idcard", "idcardno", "nationalid", "nationalidno", "nationalidnumber", "personalid", "personalidno",
        "citizenid", "twid", "identityno", "identitynumber", "arc", "arcno", "arcnumber", "arcid", "uino", "uinumber", "residentcert",
        "residentcertno", "residentcertificate", "residentid", "統一編號", "統一證號",
    };

    /// <summary>Longest name compared.</summary>
    private const int MaxName = 32;

    /// <summary>Whether the header cell or key (trimmed) is an ID field's name, or holds one of <paramref name="idWords"/>.</summary>
    public static bool Names(ReadOnlySpan<char> name, ContextWord[] idWords)
    {
        name = name.Trim();
        if (name.IsEmpty || name.Length > MaxName) return false;
        Span<char> folded = stackalloc char[MaxName];
        int length = 0;
        foreach (char c in name)
        {
            if (c is '_' or '-' or '.' or ' ') continue;
            folded[length++] = AsciiChars.IsUpper(c) ? (char)(c | 0x20) : c;
        }
        return WordLists.IsAny(folded.Slice(0, length), FoldedNames) || idWords.Length > 0 && ContextWord.AnyIn(idWords, name);
    }

    /// <summary>
    /// Whether the key before the value or the header over its cell is an ID field's English or 統一編號 name — a name the
    /// context scorer's ID words (<paramref name="idWords"/>: ARC, arc_no) do not hold, so it adds no context of its own.
    /// </summary>
    public static bool NameTheField(ReadOnlySpan<char> text, int start, int end, ContextWord[] idWords)
    {
        var name = FieldKey.Before(text, start, elementTag: true);
        if (name.IsEmpty)
        {
            name = TableCell.Header(text, start, end, out bool wholeCell);
            if (!wholeCell) return false;
        }
        return Names(name, Array.Empty<ContextWord>()) && !ContextWord.AnyIn(idWords, name);
    }

    /// <summary>Whether the key or element tag right before <paramref name="start"/> is an ID field's name.</summary>
    public static bool NameTheKeyBefore(ReadOnlySpan<char> text, int start, ContextWord[] idWords)
    {
        var key = FieldKey.Before(text, start, elementTag: true);
        return !key.IsEmpty && Names(key, idWords);
    }
}
