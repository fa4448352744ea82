using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// The languages in which migrant workers and visitors write their numbers to the police (a LINE message to be translated,
/// a letter, a family member's number): each language's words for a phone or a call, and its script, say which
/// country's plan a national-form number is read in when no country is named ("hãy gọi chị Lan ở số 086…", "WhatsApp
/// adik: 0813-…", "มือถือของเขา 081-…", "連絡先：080-…").
/// </summary>
internal static class ForeignLanguages
{
    /// <summary>
    /// (libphonenumber region, that language's words for a phone or a call, its words for "number"). A word for "number"
    /// names a phone only beside a number that Taiwan's plan turns down and that language's country's plan accepts.
    /// </summary>
    private static readonly (string Region, string[] Phone, string[] Number)[] Languages =
    {
        ("VN", new[] { "gọi", "Zalo", "liên lạc", "liên hệ" }, new[] { "số" }), // điện thoại and SĐT are plain foreign phone words already
        // Round 26: the passive and active forms of hubungi (bisa dihubungi di 08…), and HP ("handphone") and WA in a phrase
        // only: alone they are a brand, horsepower and a state.
        ("ID", new[] { "telepon", "telp", "hubungi", "dihubungi", "menghubungi", "nomor HP", "no HP", "no. HP", "HP saya", "nomor WA", "WA saya",
            // Round 27: HP named by where it rings or whose it is (HP di kampung 08…, HP keluarga, HP suami).
            "HP di", "HP keluarga", "HP ibu", "HP bapak", "HP ayah", "HP suami", "HP istri", "HP adik", "HP kakak", "HP anak", "HP majikan", "HP agen" },
            new[] { "nomor", "nomer" }),
        ("PH", new[] { "tawagan", "tumawag", "cellphone", "cp number", "kontakin", "i-text" }, new[] { "numero" }),
        ("TH", new[] { "เบอร์", "โทร", "มือถือ", "ติดต่อ" }, Array.Empty<string>()),
        ("MY", new[] { "telefon" }, new[] { "nombor" }),
        ("JP", new[] { "携帯", "電話番号", "連絡先", "ケータイ" }, Array.Empty<string>()),
        ("KR", new[] { "전화", "휴대폰", "핸드폰", "휴대전화", "연락처" }, new[] { "번호" }), // 핸드폰 "hand phone", the everyday word
    };

    private static readonly (string Region, ContextWord Word)[] Flat = Flatten();

    /// <summary>Every language's words for a phone or a call: phone words for scoring and for naming a number a phone.</summary>
    public static readonly string[] PhoneWords = Collect(static language => language.Phone);

    /// <summary>
    /// What the word for "number" labels when it is no phone: an account, an invoice, an order, a parcel (Số tài khoản,
    /// nomor rekening, 계좌번호, 注文番号): look-alike labels, like 帳號 and 訂單.
    /// </summary>
    public static readonly string[] NotPhoneWords =
    {
        "tài khoản", "hóa đơn", "đơn hàng", "rekening", "pesanan", "resi", "faktur", "계좌", "주문", "注文", "口座", "บัญชี", "พัสดุ",
    };

    /// <summary>Every language's words for a phone, a call or a number.</summary>
    public static readonly ContextWord[] AllWords = Array.ConvertAll(Flat, static pair => pair.Word);

    /// <summary>
    /// Regions whose mobiles a number with no country named is tried in, most frequent in Taiwan police records first
    /// (workers from Vietnam, Indonesia, the Philippines, Thailand; visitors from Korea and Japan).
    /// </summary>
    public static readonly string[] Fallback = { "VN", "ID", "PH", "TH", "MY", "KR", "JP" };

    /// <summary>The phone and number words of every language, one list of the scan's one-pass word search (<see cref="ContextVocabulary"/>).</summary>
    private static readonly int WordsListId = ContextVocabulary.RegisterList(Array.ConvertAll(Flat, static pair => pair.Word));

    /// <summary>
    /// <see cref="RegionOf(ReadOnlySpan{char})"/> of the window [<paramref name="from"/>, <paramref name="to"/>) of
    /// <paramref name="text"/>, the text being scanned: where the scan's one pass over a prompt found none of the languages'
    /// words anywhere in it, none is in the window, and only the script is read (dense prompts name a number's language
    /// almost never, and searching the window for each of the words was most of a foreign reading's cost).
    /// </summary>
    public static string? RegionOf(ReadOnlySpan<char> text, int from, int to)
    {
        var window = text.Slice(from, to - from);
        if (ContextWordIndex.MayOccurInScannedText(WordsListId, text)) return RegionOf(window);
        var region = ScriptRegion(window);
        AssertSameRegion(window, region);
        return region;
    }

    // Debug builds (the test runs) compare every answer read from the script alone with the full search.
    [System.Diagnostics.Conditional("DEBUG")]
    private static void AssertSameRegion(ReadOnlySpan<char> window, string? region)
    {
        if (region != RegionOf(window)) throw new InvalidOperationException("ForeignLanguages: the script-only region differs from the word search's.");
    }

    /// <summary>
    /// The region of the language <paramref name="window"/> is written in: a phone word of that language (the last one
    /// wins), else its script (Thai, kana, Hangul, Vietnamese letters); null when it does not say.
    /// </summary>
    public static string? RegionOf(ReadOnlySpan<char> window)
    {
        string? region = null;
        int bestEnd = -1;
        foreach (var (code, word) in Flat)
        {
            int at = LastOccurrence(window, word);
            if (at >= 0 && at + word.Text.Length > bestEnd)
            {
                region = code;
                bestEnd = at + word.Text.Length;
            }
        }
        return region ?? ScriptRegion(window);
    }

    // Where word last occurs in window as ContextWord would match it, or -1. The places the word's text occurs are found
    // by the vectorised search ContextWord.OccursIn uses and only they are checked: a comparison at every position of the
    // window for each of the languages' words was a third of the scan of dense prompts.
    private static int LastOccurrence(ReadOnlySpan<char> window, ContextWord word)
    {
        var text = word.Text.AsSpan();
        var comparison = word.IsAscii ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        int last = -1;
        int from = 0;
        while (from <= window.Length - text.Length)
        {
            int at = window.Slice(from).IndexOf(text, comparison);
            if (at < 0) break;
            at += from;
            if (word.OccursAt(window, at)) last = at;
            from = at + 1;
        }
        AssertLastOccurrence(window, word, last);
        return last;
    }

    // Debug builds (the test runs) compare with a check at every position, as OccursAt counts an occurrence.
    [System.Diagnostics.Conditional("DEBUG")]
    private static void AssertLastOccurrence(ReadOnlySpan<char> window, ContextWord word, int found)
    {
        int at = window.Length - word.Text.Length;
        while (at >= 0 && !word.OccursAt(window, at)) at--;
        if (at != found) throw new InvalidOperationException("ForeignLanguages.LastOccurrence disagrees with ContextWord.OccursAt.");
    }

    // Letters only one of the languages uses: Thai, Japanese kana, Hangul, and the Vietnamese vowels with stacked marks.
    private static string? ScriptRegion(ReadOnlySpan<char> window)
    {
        foreach (char c in window)
        {
            if (c is >= '\u0E00' and <= '\u0E7F') return "TH";
            if (c is >= '\u3040' and <= '\u30FF') return "JP";
            if (c is >= '\uAC00' and <= '\uD7AF') return "KR";
            if (c is >= '\u1EA0' and <= '\u1EF9' or 'ơ' or 'ư' or 'ă' or 'đ' or 'Ơ' or 'Ư' or 'Ă' or 'Đ') return "VN";
        }
        return null;
    }

    private static string[] Collect(Func<(string Region, string[] Phone, string[] Number), string[]> words)
    {
        var all = new List<string>();
        foreach (var language in Languages) all.AddRange(words(language));
        return all.ToArray();
    }

    private static (string, ContextWord)[] Flatten()
    {
        var all = new List<(string, ContextWord)>();
        foreach (var (region, phone, number) in Languages)
        {
            foreach (var word in phone) all.Add((region, new ContextWord(word)));
            foreach (var word in number) all.Add((region, new ContextWord(word)));
        }
        return all.ToArray();
    }
}
