namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 40 (issue 9, det-pieces40): the word naming the kind of value a message asks for or a sentence announces
/// (車牌給一下, 那個證號給我, 下面是身分證號) — the type pieces given after it are joined as, and the word the joined reading
/// is labelled with so the recognizers score it as they would the value written whole after its label.
/// </summary>
internal static class AskedValues
{
    // The nearest word wins, a longer one at the same place (統一證號 over its 證號). 證號 alone may be either an ID or a
    // certificate (null).
    private static readonly (string Word, string? Type)[] Words =
    {
        ("統一證號", EntityTypes.ResidentCertificate), ("居留證", EntityTypes.ResidentCertificate),
        ("身分證", EntityTypes.NationalId), ("身份證", EntityTypes.NationalId), ("證號", null),
        ("車牌", EntityTypes.LicensePlate), ("車號", EntityTypes.LicensePlate),
        ("卡號", EntityTypes.CreditCard), ("信用卡", EntityTypes.CreditCard),
        ("手機", EntityTypes.PhoneNumber), ("電話", EntityTypes.PhoneNumber), ("門號", EntityTypes.PhoneNumber),
        // Numbers that are no personal value, asked for the same way (案號給一下): their pieces are none of the types.
        ("案號", NotPersonal), ("單號", NotPersonal), ("訂單", NotPersonal), ("金額", NotPersonal), ("統編", NotPersonal),
        ("發票", NotPersonal), ("時間", NotPersonal),
    };

    /// <summary>The "type" of a number asked for that is no personal value: no finding is of it.</summary>
    public const string NotPersonal = "";

    /// <summary>
    /// Round 42 (det-pieces42, U44): the "type" of a value named only as a number (幫我組一個號碼): any personal type, the
    /// joined value's own validator deciding (a checksum, Luhn, the numbering plan).
    /// </summary>
    public const string AnyPersonal = "*";

    /// <summary>Words naming a value only as a number, no kind said.</summary>
    private static readonly string[] NumberWords = { "號碼" };

    /// <summary>
    /// The last word in <paramref name="span"/> that names a value only as a number (號碼), with <see cref="AnyPersonal"/>;
    /// false where none stands. Asked only after <see cref="TryFindLast"/> found no kind (訂單號碼 is an order's).
    /// </summary>
    public static bool TryFindNumberWord(ReadOnlySpan<char> span, out string word, out string? type)
    {
        word = "";
        type = null;
        foreach (var candidate in NumberWords)
        {
            if (span.LastIndexOf(candidate.AsSpan()) < 0) continue;
            word = candidate;
            type = AnyPersonal;
            return true;
        }
        return false;
    }

    /// <summary>
    /// The last value word in <paramref name="span"/> (the nearest to what follows it): its text and type (null for 證號,
    /// an ID or a certificate). False where the span names none.
    /// </summary>
    public static bool TryFindLast(ReadOnlySpan<char> span, out string word, out string? type)
    {
        word = "";
        type = null;
        int best = -1;
        foreach (var (candidate, candidateType) in Words)
        {
            int at = span.LastIndexOf(candidate.AsSpan());
            // A longer word found at the same place or later wins (統一證號 over its 證號).
            if (at < 0 || at + candidate.Length <= best + word.Length) continue;
            best = at;
            word = candidate;
            type = candidateType;
        }
        return best >= 0;
    }

    /// <summary>Whether a finding of <paramref name="found"/> is the kind asked for (<paramref name="asked"/>; null: an ID or a certificate).</summary>
    public static bool IsAsked(string found, string? asked) =>
        asked is null ? found is EntityTypes.NationalId or EntityTypes.ResidentCertificate : asked == AnyPersonal || found == asked;
}
