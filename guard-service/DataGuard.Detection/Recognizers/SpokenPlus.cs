using DataGuard.Detection.Normalization;
using static DataGuard.Detection.Recognizers.ChainRecognizer;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// The plus of an international number said aloud: radio traffic and speech-to-text write 加號 or 加 for "+" before the
/// country code (加號八五二 六幺兩三…, 加六三 九幺七…, 加 81 90-…), in any numerals. 加 alone is an everyday verb (加一,
/// 增加), so after it only a number libphonenumber calls valid is read; after 加號 a merely possible one too, where the
/// words around it name it a phone, as after a typed plus.
/// </summary>
internal static class SpokenPlus
{
    /// <summary>Characters before 加 that make it part of another word (增加, 追加, 參加, 附加, 外加, 再加, 另加, 添加, 更加).</summary>
    private const string WordHeads = "增追參参附外再另添更";

    /// <summary>Reads the chain as a +CC number when the word for plus stands right before it (a space between them at most).</summary>
    public static bool TryRead(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        int word = WordBefore(text, chain.Start, out bool plusSign);
        // A country code never starts with 0; a chain that continues a number before it is that number's tail.
        if (word == 0 || chain.Chars[0] is < '1' or > '9' || ContinuesNumber(text, chain.Start)) return false;
        // 加 before a count or an amount with its unit (再加 123 4567 8901元) adds a quantity: turned down before
        // libphonenumber is asked.
        if (LocalNumberShape.EndsAsQuantity(text, chain.EndOf(chain.Length))) return false;
        if (!InternationalForm.TryInternational(chain, offset: 0, out match)) return false;
        bool valid = match.BaseScore >= InternationalForm.InternationalScore;
        if (!valid && !plusSign) return false;
        match.Start = chain.Start - word;
        InternationalForm.NamePossible(text, chain, offset: 0, ref match);
        return true;
    }

    /// <summary>
    /// det-spoken44 (set U48): the sign's name in the languages numbers are read aloud in (`plus one, five one four…`,
    /// `plus tám bốn…`, `plus 팔 이…`) — each names the sign itself, as 加號 does. An ASCII word must stand alone
    /// (surplus, Plus500 are other words).
    /// </summary>
    private static readonly string[] SignNames = { "plus", "tambah", "cộng", "más", "プラス", "플러스", "บวก" };

    // How many characters the word for plus and the space after it take right before start (0 for none); plusSign: 加號,
    // which names the sign itself.
    private static int WordBefore(ReadOnlySpan<char> text, int start, out bool plusSign)
    {
        plusSign = false;
        int at = start;
        if (at > 0 && text[at - 1] is ' ' or '\u3000') at--;
        if (SignNameEndingAt(text, at) is int name and > 0)
        {
            plusSign = true;
            return start - (at - name);
        }
        if (at >= 2 && text[at - 1] is '號' or '号' && text[at - 2] == '加')
        {
            plusSign = true;
            return start - (at - 2);
        }
        if (at < 1 || text[at - 1] != '加' || (at >= 2 && WordHeads.IndexOf(text[at - 2]) >= 0)) return 0;
        return start - (at - 1);
    }

    // The length of a sign name that ends at end and stands alone as a word (either case), or 0.
    private static int SignNameEndingAt(ReadOnlySpan<char> text, int end)
    {
        foreach (var name in SignNames)
        {
            int from = end - name.Length;
            if (from < 0 || !text.Slice(from, name.Length).Equals(name.AsSpan(), StringComparison.OrdinalIgnoreCase)) continue;
            if (from > 0 && char.IsLetterOrDigit(text[from - 1])) continue;
            return name.Length;
        }
        return 0;
    }
}
