using DataGuard.Detection.Normalization;
using DataGuard.Detection.Pipeline;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers.Anchored;

/// <summary>
/// Taiwan street addresses (臺北市中正區重慶南路一段122號3樓), anchored on a county/city name or an address label
/// (住址、地址、戶籍…), parsed in the order the postal format uses: 縣市 → 區鄉鎮市 → 村里/鄰 → 路街 → 段 → 巷 → 弄 → 號 → 樓.
/// An address down to the house number stands on its own; a street without a number needs context.
/// </summary>
internal sealed class AddressRecognizer : AnchoredRecognizer
{
    private const double WithNumberScore = 0.85;
    private const double StreetOnlyScore = 0.4;
    private const string Fillers = " \u3000:：為是在於設";

    /// <summary>The 22 special municipalities, cities and counties (with the common 台/臺 variants).</summary>
    private static readonly string[] Counties =
    {
        "臺北市", "台北市", "新北市", "桃園市", "臺中市", "台中市", "臺南市", "台南市", "高雄市", "基隆市", "新竹市", "新竹縣",
        "苗栗縣", "彰化縣", "南投縣", "雲林縣", "嘉義市", "嘉義縣", "屏東縣", "宜蘭縣", "花蓮縣", "臺東縣", "台東縣", "澎湖縣",
        "金門縣", "連江縣",
    };

    private static readonly string[] Labels = { "住址", "地址", "戶籍地", "戶籍", "居住於", "住於", "現住", "住所", "居所", "址設", "通訊處" };

    private static readonly ContextProfile AddressContext = new(
        strong: new[] { "住址", "地址", "戶籍", "居住", "住所", "通訊處", "寄送", "address" },
        weak: new[] { "門牌", "寄到", "送達" });

    public override string Type => EntityTypes.Address;

    /// <summary>County names are anchored on their last character (市/縣), which is rarer in running text than their first.</summary>
    public override string[] Anchors { get; } = Concat(new[] { "市", "縣" }, Labels);

    public override void OnAnchor(ReadOnlySpan<char> text, int anchorStart, int anchorEnd, ref CandidateSink sink, int priority)
    {
        if (anchorEnd - anchorStart == 1)
        {
            if (anchorStart >= 2 && IsCounty(text.Slice(anchorStart - 2, 3))) TryOffer(text, anchorStart - 2, anchorEnd, ref sink, priority, out _);
            return;
        }
        int start = LabelSearch.SkipFiller(text, anchorEnd, Fillers, 3);
        if (!HasCountyNear(text, start)) TryOffer(text, start, start, ref sink, priority, out _);
    }


    private bool TryOffer(ReadOnlySpan<char> text, int start, int afterCounty, ref CandidateSink sink, int priority, out int end)
    {
        end = ParseAfterCounty(text, afterCounty, out bool hasNumber, out bool hasStreet);
        if (!hasStreet) return false;
        double baseScore = hasNumber ? WithNumberScore : StreetOnlyScore;
        if (!sink.TryScore(text, Type, start, end, AddressContext, baseScore, out double score)) return false;
        sink.Add(new Candidate(Type, start, end, score, Evasions.None, text.Slice(start, end - start).ToString(), priority));
        return true;
    }

    // Labelled addresses that name their county are found from the county (戶籍地高雄市…), not from the label.
    private static bool HasCountyNear(ReadOnlySpan<char> text, int start)
    {
        for (int i = start; i < Math.Min(start + 4, text.Length - 2); i++) if (IsCounty(text.Slice(i, 3))) return true;
        return false;
    }

    /// <summary>Whether the three characters are a county's or city's name (臺北市, 高雄市, 宜蘭縣…).</summary>
    internal static bool IsCounty(ReadOnlySpan<char> name)
    {
        foreach (var county in Counties) if (county[0] == name[0] && name.SequenceEqual(county.AsSpan())) return true;
        return false;
    }

    /// <summary>Parses district … floor after the county; returns the end of the address.</summary>
    private static int ParseAfterCounty(ReadOnlySpan<char> text, int i, out bool hasNumber, out bool hasStreet)
    {
        hasNumber = false;
        hasStreet = false;
        i = NamedPart(text, i, 3, "區鄉鎮市");
        i = NamedPart(text, i, 3, "里村");
        i = NumberedPart(text, i, "鄰");
        int street = StreetEnd(text, i);
        if (street == i) return i;
        hasStreet = true;
        i = street;
        i = NumberedPart(text, i, "段");
        i = NumberedPart(text, i, "巷");
        i = NumberedPart(text, i, "弄");
        int number = NumberedPart(text, i, "號");
        if (number == i) return i;
        hasNumber = true;
        i = number;
        i = SubNumber(text, i);
        int floor = NumberedPart(text, i, "樓F");
        if (floor > i) i = SubNumber(text, floor);
        return i;
    }

    // 1–max ideographs followed by one of the suffixes (中正區, 大安里).
    private static int NamedPart(ReadOnlySpan<char> text, int i, int max, string suffixes)
    {
        for (int k = 1; k <= max && i + k < text.Length; k++)
        {
            if (!LabelSearch.IsIdeograph(text[i + k - 1]) || "路街段號巷弄".IndexOf(text[i + k - 1]) >= 0) return i;
            if (suffixes.IndexOf(text[i + k]) >= 0) return i + k + 1;
        }
        return i;
    }

    // A road or street: up to six ideographs (numerals allowed: 中山北路, 八德路) ending in 路, 街 or 大道.
    private static int StreetEnd(ReadOnlySpan<char> text, int i)
    {
        for (int k = 1; k <= 6 && i + k < text.Length; k++)
        {
            char c = text[i + k - 1];
            if (!LabelSearch.IsIdeograph(c) || "號巷弄樓".IndexOf(c) >= 0) return i;
            char next = text[i + k];
            if (next is '路' or '街') return i + k + 1;
            if (next == '大' && i + k + 1 < text.Length && text[i + k + 1] == '道') return i + k + 2;
        }
        return i;
    }

    // A number (ASCII, full-width or Chinese numerals, 十 allowed) followed by one of the suffixes.
    private static int NumberedPart(ReadOnlySpan<char> text, int i, string suffixes)
    {
        int j = i;
        while (j < text.Length && j - i < 6 && (CharFolding.KindOf(text[j]) == CharKind.Digit || text[j] == '十' || text[j] == '-')) j++;
        if (j == i) return i;
        if (suffixes == "號") j = SubNumber(text, j); // 100之1號
        if (j >= text.Length || suffixes.IndexOf(text[j]) < 0) return i;
        return j + 1;
    }

    // 之1 after a number or floor.
    private static int SubNumber(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length || text[i] != '之') return i;
        int j = i + 1;
        while (j < text.Length && CharFolding.KindOf(text[j]) == CharKind.Digit) j++;
        return j > i + 1 ? j : i;
    }
}
